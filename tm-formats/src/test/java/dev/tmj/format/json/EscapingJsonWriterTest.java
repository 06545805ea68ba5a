package dev.tmj.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Jackson generators with more escapes than JSON needs, as pytm's JSON and the HTML report's script use them. */
class EscapingJsonWriterTest {

    private static String written(EscapingJsonWriter escapes, String value) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = escapes.open(out)) {
            g.writeString(value);
        }
        return out.toString();
    }

    private static String writtenAsBytes(EscapingJsonWriter escapes, String value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = escapes.open(out)) {
            g.writeString(value);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Characters and bytes give the same JSON. */
    private static void assertWrites(EscapingJsonWriter escapes, String value, String json) throws IOException {
        assertThat(written(escapes, value)).isEqualTo(json);
        assertThat(writtenAsBytes(escapes, value)).isEqualTo(json);
    }

    @Test
    void should_escape_the_chosen_characters_with_lower_case_hex_and_leave_the_others() throws IOException {
        assertWrites(EscapingJsonWriter.escaping("<\u007f\u2028", false), "a<b\u007fc\u2028d \u00e9 \ud83d\ude00 >\n\"",
                "\"a\\u003cb\\u007fc\\u2028d \u00e9 \ud83d\ude00 >\\n\\\"\"");
    }

    @Test
    void should_escape_every_non_ascii_character_as_python_does() throws IOException {
        assertWrites(EscapingJsonWriter.escaping("", true), "caf\u00e9 \ud83d\ude00 \ud800 ~",
                "\"caf\\u00e9 \\ud83d\\ude00 \\ud800 ~\"");
    }

    @Test
    void should_write_a_chosen_control_character_as_a_long_escape() throws IOException {
        assertThat(written(EscapingJsonWriter.escaping("\b", false), "\b\f\u0001")).isEqualTo("\"\\u0008\\f\\u0001\"");
    }

    @Test
    void should_escape_field_names_too() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = EscapingJsonWriter.escaping("<", false).open(out)) {
            g.writeStartObject();
            g.writeNumberField("<n>", 1);
            g.writeEndObject();
        }
        assertThat(out).hasToString("{\"\\u003cn>\":1}");
    }

    @Test
    void should_leave_the_target_open() throws IOException {
        StringWriter out = new StringWriter() {
            @Override
            public void close() {
                throw new AssertionError("closed");
            }
        };
        try (JsonGenerator g = EscapingJsonWriter.escaping("", false).open(out)) {
            g.writeNumber(1);
        }
        assertThat(out).hasToString("1");
    }
}
