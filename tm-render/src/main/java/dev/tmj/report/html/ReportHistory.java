package dev.tmj.report.html;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the audit history (docs/history.md) adds to the HTML report, as plain values so that tm-render needs no
 * database: the open findings of the model's last runs by severity, drawn as a chart, and when each finding was
 * first seen. {@link HtmlReport#withHistory} takes it; the report has no history section without it.
 *
 * @param runs the last runs, oldest first
 * @param firstSeen the first run that had each finding, by fingerprint ({@code 2026-12-04 (#12)}, say)
 */
public record ReportHistory(List<Run> runs, Map<String, String> firstSeen) {
    public ReportHistory {
        runs = List.copyOf(runs);
        firstSeen = Map.copyOf(firstSeen);
    }

    /**
     * One run in the chart.
     *
     * @param label what the chart writes under its column ({@code #12}, say)
     * @param title the column's tooltip ({@code #12 2026-12-04 abc1234})
     * @param open how many findings were open, by severity label ({@code Very High} ... {@code Info})
     */
    public record Run(String label, String title, Map<String, Integer> open) {
        public Run {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(title, "title");
            open = Map.copyOf(open);
        }
    }
}
