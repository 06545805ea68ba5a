package dev.tmj.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** pytm's JSON bytes, written without Jackson for speed: the same escapes and separators as Python's json.dump. */
class PythonJsonOutputTest {
    /** Python's ensure_ascii, as tmj wrote it with Jackson before (and as its golden files pin it). */
    private static final EscapingJsonWriter JACKSON = EscapingJsonWriter.escaping("\u007f", true);

    private static String jackson(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JACKSON.open(out)) {
            g.writeString(text);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    private static String written(PythonJsonOutput.Body body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PythonJsonOutput json = new PythonJsonOutput(out);
        body.write(json);
        json.flush();
        return out.toString(StandardCharsets.US_ASCII);
    }

    @Property(tries = 2000)
    void should_escape_every_string_as_the_jackson_writer_did(@ForAll String text) throws IOException {
        String expected = jackson(text);
        assertThat(new String(PythonJsonOutput.literal(text), StandardCharsets.US_ASCII)).isEqualTo(expected);
        assertThat(written(json -> json.string(text))).isEqualTo(expected);
    }

    @Property(tries = 2000)
    void should_write_every_number_as_java_and_python_do(@ForAll long value) throws IOException {
        assertThat(written(json -> json.number(value))).isEqualTo(Long.toString(value));
    }

    @Property(tries = 2000)
    void should_write_a_fingerprint_as_the_literal_of_its_sixteen_hex_digits(@ForAll long bits) throws IOException {
        assertThat(written(json -> {
            json.beginValue();
            json.appendHexLiteral(bits);
        })).isEqualTo('"' + String.format("%016x", bits) + '"');
    }

    @Property(tries = 500)
    void should_write_a_running_id_as_the_literal_of_its_digits(@ForAll long value) throws IOException {
        assertThat(written(json -> {
            json.beginValue();
            json.appendQuotedNumber(value);
        })).isEqualTo(jackson(Long.toString(value)));
    }

    @Test
    void should_write_the_numbers_at_the_edges_of_each_digit_count() throws IOException {
        for (long power = 1; power > 0 && power <= Long.MAX_VALUE / 10; power *= 10) {
            for (long value : new long[] {power - 1, power, power + 1, -power, -power + 1, 10 * power - 1}) {
                assertThat(written(json -> json.number(value))).isEqualTo(Long.toString(value));
            }
        }
        for (long value : new long[] {0, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1}) {
            assertThat(written(json -> json.number(value))).isEqualTo(Long.toString(value));
        }
    }

    @Test
    void should_escape_controls_quotes_del_and_everything_beyond_ascii_as_python_does() throws IOException {
        assertThat(written(json -> json.string("a\"b\\c/\b\t\n\f\r\u0001\u001f\u007f caf\u00e9 \ud83d\ude00 ~")))
                .isEqualTo("\"a\\\"b\\\\c/\\b\\t\\n\\f\\r\\u0001\\u001f\\u007f caf\\u00e9 \\ud83d\\ude00 ~\"");
    }

    @Test
    void should_separate_values_and_keys_as_json_dump_does() throws IOException {
        assertThat(written(json -> {
            json.startObject();
            json.key(PythonJsonOutput.literal("a"));
            json.startArray();
            json.number(-5);
            json.bool(true);
            json.startObject();
            json.endObject();
            json.startArray();
            json.endArray();
            json.nullValue();
            json.endArray();
            json.key(PythonJsonOutput.literal("b"));
            json.raw(PythonJsonOutput.literal("x"));
            json.endObject();
        })).isEqualTo("{\"a\": [-5, true, {}, [], null], \"b\": \"x\"}");
    }

    @Test
    void should_grow_an_output_kept_in_memory_and_copy_it_out_as_the_next_values_of_a_list() throws IOException {
        PythonJsonOutput chunk = PythonJsonOutput.inMemory(new byte[4]);
        String text = "caf\u00e9 \"x\"".repeat(20_000);
        chunk.string(text);
        chunk.number(-7);
        chunk.beginValue();
        chunk.append(PythonJsonOutput.literal("{\"a\": "));
        chunk.appendString("b");
        chunk.append(new byte[] {'x', '}'}, 1);
        assertThat(chunk.bytes().length).isGreaterThanOrEqualTo(chunk.size());

        String expected = "[1, " + jackson(text) + ", -7, " + jackson("{\"a\": ") + "\"b\"}, 2]";
        assertThat(written(json -> {
            json.startArray();
            json.number(1);
            json.values(chunk);
            json.number(2);
            json.endArray();
        })).isEqualTo(expected);
    }

    @Test
    void should_write_strings_longer_than_its_buffer() throws IOException {
        String text = "\u00e9".repeat(100_000) + "a".repeat(70_000);
        assertThat(written(json -> {
            json.startArray();
            json.string(text);
            json.raw(PythonJsonOutput.literal(text));
            json.endArray();
        })).isEqualTo("[" + jackson(text) + ", " + jackson(text) + "]");
    }
}
