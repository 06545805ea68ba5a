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
        for (Finding f : findings) {
            out.println(TerminalText.line(String.format("%-6s %-10s %-28s %s%s", f.threatId(), f.severityText(),
                    f.target(), f.description(), f.location().map(l -> "  (" + l + ")").orElse(""))));
        }
    }
}
