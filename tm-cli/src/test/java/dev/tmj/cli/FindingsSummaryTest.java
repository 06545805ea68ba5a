package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.format.ModelFiles;
import dev.tmj.io.TerminalText;
import dev.tmj.model.SourceLocation;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.resolve.Resolver;
import dev.tmj.threat.ThreatLibrary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-line output's columns, padded by hand for speed, exactly as {@code String.format} pads them. */
class FindingsSummaryTest {
    @Test
    void should_pad_a_column_as_string_format_does() {
        // shorter, as long as and longer than the column; characters beyond the BMP count as two, as in format
        for (String text : List.of("", "a", "INP01", "INP016", "DS0001x", "é", "\uD83D\uDE00", "a b\tc",
                "a name longer than the column of 28 characters")) {
            for (int width : new int[] {1, 6, 10, 28}) {
                LineBlock line = new LineBlock().append(LineBlock.encoded("x"));
                assertThat(FindingsSummary.padded(line, text, width).cutFrom(0))
                        .as("%s in %d", text, width).isEqualTo("x" + String.format("%-" + width + "s", text));
            }
        }
    }

    @Test
    void should_write_a_location_as_its_text_escaped() {
        for (SourceLocation location : List.of(new SourceLocation("m.json", 1, 528684), new SourceLocation("m.py", 7, 0),
                new SourceLocation("m.yaml", 0, 3), new SourceLocation("m.yaml", -1, -1), SourceLocation.of("x", 9),
                new SourceLocation("a\u001b[31mé\n\u202e.py", Integer.MAX_VALUE, 10), new SourceLocation("", 100, 1))) {
            LineBlock line = new LineBlock().append(LineBlock.encoded("x"));
            byte[] file = LineBlock.encoded(TerminalText.controls(location.file()));

            assertThat(FindingsSummary.location(line, location, file).cutFrom(0)).as("%s", location)
                    .isEqualTo("x" + TerminalText.controls(location.toString()));
        }
    }

    @Test
    void should_write_numbers_as_their_decimal_text() {
        for (int n : new int[] {0, 1, 9, 10, 99, 100, 528684, 1_000_000_000, Integer.MAX_VALUE}) {
            assertThat(new LineBlock().decimal(n).cutFrom(0)).isEqualTo(Integer.toString(n));
        }
    }

    @Test
    void should_print_each_finding_as_its_formatted_line_escaped_whole_even_for_hostile_names() {
        String json = """
                {"name": "Hostile", "elements": [
                  {"__class__": "Server", "name": "::error file=x::owned"},
                  {"__class__": "Actor", "name": "User\\n##[warning]x \\u001b[31mred\\u202e"},
                  {"__class__": "Datastore", "name": "a name longer than the column of 28 characters"}],
                 "flows": [{"name": "f\\r\\u0085", "source": "User\\n##[warning]x \\u001b[31mred\\u202e",
                            "sink": "::error file=x::owned"}]}
                """;
        Findings findings = resolved("hostile.json", json);

        String text = printed(findings);

        List<String> lines = text.lines().toList();
        assertThat(findings.size()).isGreaterThan(3);
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(formatted(findings));
        assertThat(text).doesNotContain("\u001b", "\u202e", "\r", "\u0085").endsWith("\n");
    }

    @Test
    void should_print_the_texts_an_override_patches_on_its_finding_only() {
        String json = """
                {"name": "Patched", "elements": [
                  {"__class__": "Server", "name": "Web", "overrides": [{"threat_id": "INP03", "severity": "Lowish",
                   "description": "Patched \\u001b description", "target": "Other name"}]},
                  {"__class__": "Server", "name": "Api"}]}
                """;
        Findings findings = resolved("patched.json", json);

        List<String> lines = printed(findings).lines().toList();

        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(formatted(findings));
        assertThat(lines).anyMatch(l -> l.startsWith("INP03  Lowish     Other name                   Patched"))
                .anyMatch(l -> l.startsWith("INP03  High       Api                          SSI injection"));
    }

    @Test
    void should_print_the_same_bytes_to_stdout_as_to_any_writer_across_many_blocks() {
        StringBuilder flows = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            flows.append(i == 0 ? "" : ",").append("{\"name\": \"Flow é ").append(i)
                    .append("\", \"source\": \"User\", \"sink\": \"Web\"}");
        }
        String json = "{\"name\": \"Many\", \"elements\": [{\"__class__\": \"Server\", \"name\": \"Web\"},"
                + " {\"__class__\": \"Actor\", \"name\": \"User\"}], \"flows\": [" + flows + "]}";
        Findings findings = resolved("many.json", json);
        String text = printed(findings);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        PrintWriter stdout = Main.stdout(bytes, StandardCharsets.UTF_8);

        FindingsSummary.print(findings, stdout);
        stdout.flush();

        assertThat(text.length()).as("more than one block of output").isGreaterThan(1 << 16);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    }

    /** A pytm JSON model given as text, resolved against the built-in library. */
    private static Findings resolved(String file, String json) {
        return Resolver.resolve(ModelFiles.read(file, json.getBytes(StandardCharsets.UTF_8), false),
                ThreatLibrary.builtIn());
    }

    /** What the one-line output prints for these findings. */
    private static String printed(Findings findings) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        FindingsSummary.print(findings, out);
        out.flush();
        return text.toString();
    }

    /** Each finding's line as {@code String.format} pads it, escaped for a terminal: what the summary must print. */
    private static List<String> formatted(Findings findings) {
        List<String> lines = new ArrayList<>();
        for (Finding f : findings) {
            lines.add(TerminalText.line(String.format("%-6s %-10s %-28s %s%s", f.threatId(), f.severityText(),
                    f.target(), f.description(), f.location().map(l -> "  (" + l + ")").orElse(""))));
        }
        return lines;
    }
}
