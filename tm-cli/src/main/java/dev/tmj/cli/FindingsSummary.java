package dev.tmj.cli;

import dev.tmj.io.TerminalText;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/** What {@code tmj MODEL} prints when no output is asked for: the findings, one line each. */
final class FindingsSummary {
    private FindingsSummary() {
    }

    static void print(Findings findings, PrintWriter out) {
        Map<String, Integer> bySeverity = new TreeMap<>();
        findings.forEach(f -> bySeverity.merge(f.severityText().isEmpty() ? "none" : f.severityText(), 1,
                Integer::sum));
        // Names, descriptions and locations come from the model and the library: one escaped line each.
        out.println(TerminalText.line(String.format("%s: %d findings %s, %d excluded by assumptions (threat library: "
                + "%s)", findings.checkedModel().model().name(), findings.size(), bySeverity,
                findings.excluded().size(), findings.library().name())));
        // String.format("%-6s %-10s %-28s %s%s", ...) by hand: formatting dominated the output of large models.
        StringBuilder line = new StringBuilder(160);
        for (Finding f : findings) {
            line.setLength(0);
            padded(line, f.threatId(), 6).append(' ');
            padded(line, f.severityText(), 10).append(' ');
            padded(line, f.target(), 28).append(' ').append(f.description());
            f.location().ifPresent(l -> line.append("  (").append(l).append(')'));
            out.println(TerminalText.line(line));
        }
    }

    /** The text left-justified in at least {@code width} characters, as {@code %-<width>s} formats it. */
    static StringBuilder padded(StringBuilder line, String text, int width) {
        line.append(text);
        for (int i = text.length(); i < width; i++) {
            line.append(' ');
        }
        return line;
    }
}
