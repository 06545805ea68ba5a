package dev.tmj.cli;

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
        out.printf("%s: %d findings %s, %d excluded by assumptions (threat library: %s)%n",
                findings.checkedModel().model().name(), findings.size(), bySeverity,
                findings.excluded().size(), findings.library().name());
        for (Finding f : findings) {
            out.printf("%-6s %-10s %-28s %s%s%n", f.threatId(), f.severityText(), f.target(), f.description(),
                    f.location().map(l -> "  (" + l + ")").orElse(""));
        }
    }
}
