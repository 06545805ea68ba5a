package dev.tmj.history;

import dev.tmj.model.FindingStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code tmj history} prints: a run per line and a finding's timeline, in plain text. The texts come from
 * models and git, so the caller escapes each line for the terminal.
 */
public final class HistoryText {
    private HistoryText() {
    }

    /**
     * One line for a run: {@code #12 2026-12-04T10:00:00.000Z 1a2b3c4d5e6f main shop (models/shop.yaml) passed
     * findings 12: Very High 1, High 3 | open 4, mitigated 8}. Severities from the highest, statuses in tmj's order;
     * a count of zero is left out.
     */
    public static String line(Run run) {
        StringBuilder line = new StringBuilder();
        line.append('#').append(run.id()).append(' ').append(Timestamps.format(run.time())).append(' ')
                .append(run.commit() == null ? "-" : shortCommit(run.commit())).append(' ')
                .append(run.branch() == null ? "-" : run.branch()).append(' ')
                .append(run.modelName()).append(" (").append(run.modelPath()).append(") ")
                .append(run.gatePassed() ? "passed" : "failed").append(" findings ").append(run.findingCount());
        List<String> severities = counted(RunQueries.severities(), run.bySeverity());
        List<String> statuses = counted(FindingStatus.labels(), run.byStatus());
        if (!severities.isEmpty()) {
            line.append(": ").append(String.join(", ", severities)).append(" | ").append(String.join(", ", statuses));
        }
        return line.toString();
    }

    /**
     * A finding's timeline, one line per event: {@code 2026-12-04T10:00:00.000Z #12 1a2b3c4d5e6f first seen:
     * INP05 on Web server (High) open}, with owner, justification, expiry and ticket when recorded; a last line
     * {@code not recorded} when no run had it.
     */
    public static List<String> timeline(FindingTimeline timeline) {
        List<String> lines = new ArrayList<>();
        for (FindingTimeline.Event e : timeline.events()) {
            RecordedFinding f = e.finding();
            StringBuilder line = new StringBuilder();
            line.append(Timestamps.format(e.time())).append(" #").append(e.runId()).append(' ')
                    .append(e.commit() == null ? "-" : shortCommit(e.commit())).append(' ').append(e.modelPath())
                    .append(' ').append(e.kind().label()).append(": ").append(f.sid()).append(" on ")
                    .append(f.element()).append(" (").append(f.severity()).append(')');
            if (e.kind() != FindingTimeline.Kind.FIXED) {
                line.append(' ').append(f.status());
                appendIfSet(line, "owner", f.owner());
                appendIfSet(line, "justification", f.justification());
                appendIfSet(line, "expires", f.expires());
                appendIfSet(line, "ticket", f.ticket());
                appendIfSet(line, "at", f.file() + ":" + f.line());
            } else {
                line.append(" no longer in the model");
            }
            lines.add(line.toString());
        }
        if (lines.isEmpty()) {
            lines.add("finding " + timeline.fingerprint() + " is in no recorded run");
        }
        return lines;
    }

    private static void appendIfSet(StringBuilder line, String name, String value) {
        if (value != null) {
            line.append(", ").append(name).append(' ').append(value.replace('\n', ' '));
        }
    }

    private static List<String> counted(List<String> order, Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (String label : order) {
            Integer n = counts.get(label);
            if (n != null && n > 0) {
                parts.add(label + " " + n);
            }
        }
        // labels tmj does not know (a newer tmj wrote them) last, sorted, so that nothing is hidden
        counts.keySet().stream().filter(label -> !order.contains(label)).sorted()
                .forEach(label -> parts.add(label + " " + counts.get(label)));
        return parts;
    }

    private static String shortCommit(String commit) {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }
}
