package dev.tmj.format.ci;

import dev.tmj.gate.BaselineFinding;
import dev.tmj.gate.CheckedFinding;
import dev.tmj.gate.ModelCheck;
import dev.tmj.gate.TicketLink;
import dev.tmj.io.MarkdownText;
import dev.tmj.model.FindingStatus;
import dev.tmj.resolve.Finding;
import dev.tmj.threat.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The Markdown summary's tables, each list cut after a number of rows with a "… and N more" line. */
final class SummaryTables {
    private static final List<Severity> HIGH_TO_LOW = Arrays.stream(Severity.values())
            .sorted(java.util.Comparator.reverseOrder()).toList();

    private final StringBuilder md;
    private final int rows;

    SummaryTables(StringBuilder md, int rows) {
        this.md = md;
        this.rows = rows;
    }

    /** Findings by severity (rows, highest first, only those with findings) and status (columns). */
    void counts(List<CheckedFinding> findings) {
        md.append("\n### Findings by severity and status\n\n");
        if (findings.isEmpty()) {
            md.append("No findings.\n");
            return;
        }
        FindingStatus[] statuses = FindingStatus.values();
        int[][] counts = new int[Severity.values().length][statuses.length];
        for (CheckedFinding f : findings) {
            counts[f.finding().severity().ordinal()][f.finding().status().ordinal()]++;
        }
        md.append("| Severity |");
        for (FindingStatus status : statuses) {
            md.append(' ').append(capitalized(status.label())).append(" |");
        }
        md.append(" Total |\n|---|").append("---:|".repeat(statuses.length + 1)).append('\n');
        int[] totals = new int[statuses.length];
        for (Severity severity : HIGH_TO_LOW) {
            int[] row = counts[severity.ordinal()];
            int sum = Arrays.stream(row).sum();
            if (sum > 0) {
                md.append("| ").append(severity.label()).append(" |");
                for (int i = 0; i < row.length; i++) {
                    md.append(' ').append(row[i]).append(" |");
                    totals[i] += row[i];
                }
                md.append(' ').append(sum).append(" |\n");
            }
        }
        md.append("| **Total** |");
        for (int total : totals) {
            md.append(' ').append(total).append(" |");
        }
        md.append(" **").append(findings.size()).append("** |\n");
    }

    /** One row per model: its findings, open ones, those failing the gate, its verdict. */
    void models(List<ModelCheck> models) {
        md.append("\n### Models\n\n| Model | Findings | Open | Fail the gate | Verdict |\n|---|---:|---:|---:|---|\n");
        int shown = 0;
        for (ModelCheck model : models) {
            if (shown++ == rows) {
                break;
            }
            long open = model.checked().stream().filter(f -> f.finding().status() == FindingStatus.OPEN).count();
            md.append("| ").append(cell(model.path())).append(" | ").append(model.checked().size()).append(" | ")
                    .append(open).append(" | ").append(model.failing().size()).append(" | ")
                    .append(model.passed() ? "passed" : "**failed**").append(" |\n");
        }
        more(models.size());
    }

    /**
     * Findings with their location, SID, severity, risk level, element, threat, status (and change, when compared, and ticket,
     * when {@code tmj sync} keeps any).
     */
    void findings(List<CheckedFinding> findings, boolean withChange, Map<String, TicketLink> tickets) {
        if (findings.isEmpty()) {
            md.append("None.\n");
            return;
        }
        boolean withTicket = !tickets.isEmpty();
        md.append("| Location | SID | Severity | Risk | Element | Threat | Status |").append(withChange ? " Change |" : "")
                .append(withTicket ? " Ticket |" : "").append("\n|---|---|---|---|---|---|---|")
                .append(withChange ? "---|" : "").append(withTicket ? "---|" : "").append('\n');
        int shown = 0;
        for (CheckedFinding checked : findings) {
            if (shown++ == rows) {
                break;
            }
            Finding f = checked.finding();
            md.append("| ").append(cell(checked.path() + ":" + checked.line())).append(" | ").append(cell(f.threatId()))
                    .append(" | ").append(f.severity().label()).append(" | ").append(f.risk().level().label())
                    .append(" | ").append(cell(CiText.subject(f)))
                    .append(" | ").append(cell(CiText.title(f.threat()))).append(" | ")
                    .append(failing(checked)).append(" |");
            if (withChange) {
                md.append(' ').append(checked.change().label()).append(" |");
            }
            if (withTicket) {
                md.append(' ').append(ticket(tickets.get(checked.fingerprint()))).append(" |");
            }
            md.append('\n');
        }
        more(findings.size());
    }

    /** The baseline's findings this run no longer has, where they were then. */
    void fixed(List<BaselineFinding> fixed) {
        if (fixed.isEmpty()) {
            md.append("None.\n");
            return;
        }
        md.append("| Was at | SID | Severity | Element | Status then |\n|---|---|---|---|---|\n");
        int shown = 0;
        for (BaselineFinding f : fixed) {
            if (shown++ == rows) {
                break;
            }
            String at = f.path().isEmpty() ? "(unknown)" : f.line() > 0 ? f.path() + ":" + f.line() : f.path();
            md.append("| ").append(cell(at)).append(" | ").append(cell(f.sid())).append(" | ")
                    .append(f.severity().label()).append(" | ").append(cell(f.element())).append(" | ")
                    .append(cell(f.status())).append(" |\n");
        }
        more(fixed.size());
    }

    /** The status, in bold with "fails the gate" when it does. */
    private static String failing(CheckedFinding checked) {
        String status = checked.finding().status().label();
        return checked.failsGate() ? "**" + status + ", fails the gate**" : status;
    }

    private void more(int total) {
        if (total > rows) {
            md.append(CiText.ELLIPSIS).append(" and ").append(total - rows).append(" more\n");
        }
    }

    /** Model text for a table cell: on one line, cut to {@value MarkdownSummary#MAX_CELL} characters, escaped. */
    /** The ticket as a link when its URL is a plain http(s) URL that cannot end the link early, else its key. */
    private static String ticket(TicketLink ticket) {
        if (ticket == null) {
            return "";
        }
        boolean plainUrl = ticket.url().matches("https?://[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+")
                && !ticket.url().contains("'");
        return plainUrl ? "[" + cell(ticket.key()) + "](" + ticket.url() + ")" : cell(ticket.key());
    }

    static String cell(String text) {
        return MarkdownText.escape(CiText.truncate(CiText.oneLine(text), MarkdownSummary.MAX_CELL));
    }

    private static String capitalized(String label) {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
