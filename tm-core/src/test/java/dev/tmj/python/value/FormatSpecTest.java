package dev.tmj.python.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Python's format-spec mini-language, against CPython 3.11's {@code format(value, spec)} for ints, bools and strings
 * (python/format-specs.json, produced by format-specs.py beside it).
 */
class FormatSpecTest {
    @Test
    void should_format_like_cpython() throws IOException {
        JsonNode cases;
        try (InputStream in = FormatSpecTest.class.getResourceAsStream("/python/format-specs.json")) {
            cases = new ObjectMapper().readTree(in);
        }
        List<String> wrong = new ArrayList<>();
        for (JsonNode c : cases) {
            String kind = c.get("kind").asText();
            String spec = c.get("spec").asText();
            Object value = switch (kind) {
                case "int" -> c.get("value").asLong();
                case "bool" -> c.get("value").asBoolean();
                default -> c.get("value").asText();
            };
            String actual;
            try {
                actual = Py.format(value, spec);
            } catch (PyError e) {
                actual = "ERROR " + e.kind() + ": " + e.getMessage();
            }
            String expected = c.has("out") ? c.get("out").asText() : "ERROR " + c.get("error").asText();
            if (!actual.equals(expected)) {
                wrong.add(kind + " " + c.get("value") + " '" + spec + "': expected <" + expected + "> but was <"
                        + actual + ">");
            }
        }
        assertThat(cases.size()).isGreaterThan(1000);
        assertThat(wrong).isEmpty();
    }

    @Test
    void should_refuse_specs_on_objects_as_python_does() {
        assertThatThrownBy(() -> Py.format(List.of(), "5")).isInstanceOf(PyError.class)
                .hasMessage("unsupported format string passed to list.__format__");
        assertThatThrownBy(() -> Py.format(null, "x")).hasMessage(
                "unsupported format string passed to NoneType.__format__");
        assertThat(Py.format(dev.tmj.model.TLSVersion.TLSv12, ">20")).isEqualTo("   TLSVersion.TLSv12");
    }

    @Test
    void should_refuse_a_width_or_precision_beyond_tmjs_limit_before_building_anything() {
        // CPython would build a 2 GB string; tmj refuses before allocating (a JVM would run out of memory).
        assertThatThrownBy(() -> Py.format("name", ">2000000000")).isInstanceOf(PyError.class)
                .hasMessage("format width 2000000000 is larger than tmj's limit of 100000");
        assertThatThrownBy(() -> Py.format(7L, ".200001f"))
                .hasMessage("format precision 200001 is larger than tmj's limit of 100000");
        assertThatThrownBy(() -> Py.format(7L, "0200000,d"))
                .hasMessage("format width 200000 is larger than tmj's limit of 100000");
        assertThat(Py.format("x", ">100000")).hasSize(FormatSpec.MAX_WIDTH).endsWith(" x");
    }
}
