package dev.tmj.cli;

import dev.tmj.io.TerminalText;
import dev.tmj.model.SourceLocation;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** What {@code tmj MODEL} prints when no output is asked for: the findings, one line each. */
final class FindingsSummary {
    private FindingsSummary() {
    }

    static void print(Findings findings, PrintWriter out) {
        // Counted in a map of int[] rather than merged as Integers: 745,726 boxes at 50,000 flows.
        Map<String, int[]> counts = new HashMap<>();
        for (Finding f : findings) {
            counts.computeIfAbsent(f.severityText().isEmpty() ? "none" : f.severityText(), k -> new int[1])[0]++;
        }
        Map<String, Integer> bySeverity = new TreeMap<>();
        counts.forEach((severity, count) -> bySeverity.put(severity, count[0]));
        // Names, descriptions and locations come from the model and the library: one escaped line each.
        out.println(TerminalText.line(String.format("%s: %d findings %s, %d excluded by assumptions (threat library: "
                + "%s)", findings.checkedModel().model().name(), findings.size(), bySeverity,
                findings.excluded().size(), findings.library().name())));
        // String.format("%-6s %-10s %-28s %s%s", ...) by hand: formatting dominated the output of large models.
        StringBuilder line = new StringBuilder(160);
        // An element's findings follow each other and share its location: written as text once for all of them.
        SourceLocation lastLocation = null;
        String lastLocationText = null;
        for (Finding f : findings) {
            line.setLength(0);
            padded(line, f.threatId(), 6).append(' ');
            padded(line, f.severityText(), 10).append(' ');
            padded(line, f.target(), 28).append(' ').append(f.description());
            SourceLocation location = f.location().orElse(null);
            if (location != null) {
                if (location != lastLocation) {
                    lastLocation = location;
                    lastLocationText = location.toString();
                }
                line.append("  (").append(lastLocationText).append(')');
            }
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
