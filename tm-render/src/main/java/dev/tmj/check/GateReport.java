package dev.tmj.check;

import dev.tmj.gate.Change;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.CheckedFinding;
import dev.tmj.gate.ModelCheck;
import dev.tmj.io.TerminalText;
import dev.tmj.model.FindingStatus;
import dev.tmj.resolve.Finding;
import dev.tmj.threat.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code tmj check} prints on stderr, and the Maven plugin's failure message: one line per finding that fails
 * the gate, then the verdict.
 *
 * <pre>
 * tmj: INP02 very-high "Web Server" open src/tm.py:23
 * tmj: gate failed: 1 open finding at or above high (1 model, 40 findings, 12 open)
 * </pre>
 *
 * The element's name is quoted as a JSON string; every line is escaped by {@link TerminalText#line}.
 */
public final class GateReport {
    private GateReport() {
    }

    /** Prints {@link #lines} to {@code err}. */
    public static void print(CheckResult result, PrintWriter err) {
        lines(result).forEach(err::println);
    }

    /** The lines, each escaped by {@link TerminalText#line}: the failing findings, then the verdict. */
    public static List<String> lines(CheckResult result) {
        List<String> lines = new ArrayList<>();
        for (CheckedFinding failing : result.failing()) {
            lines.add(TerminalText.line(findingLine(failing)));
        }
        lines.add(TerminalText.line(verdict(result)));
        return lines;
    }

    /** {@code tmj: SID severity "element" status file:line}. */
    public static String findingLine(CheckedFinding checked) {
        Finding f = checked.finding();
        return "tmj: " + f.threatId() + " " + severityWord(f.severity()) + " " + quoted(f.target()) + " "
                + f.status().label() + " " + checked.path() + ":" + checked.line();
    }

    /** The summary line: the verdict, what made it, and the counts. */
    public static String verdict(CheckResult result) {
        List<CheckedFinding> failing = result.failing();
        String threshold = result.gate().failOn().map(GateReport::severityWord).orElse("none");
        String which = (result.gate().onlyNew() ? "new " : "") + "open";
        String why;
        if (!failing.isEmpty()) {
            why = "gate failed: " + count(failing.size(), which + " finding") + " at or above " + threshold;
        } else if (result.gate().failOn().isEmpty()) {
            why = "gate passed: --fail-on none";
        } else {
            why = "gate passed: no " + which + " findings at or above " + threshold;
        }
        return "tmj: " + why + " (" + counts(result) + ")";
    }

    private static String counts(CheckResult result) {
        int findings = 0;
        int open = 0;
        int added = 0;
        int fixed = 0;
        boolean compared = false;
        for (ModelCheck model : result.models()) {
            for (CheckedFinding checked : model.checked()) {
                findings++;
                open += checked.finding().status() == FindingStatus.OPEN ? 1 : 0;
                added += checked.change() == Change.NEW ? 1 : 0;
            }
            fixed += model.fixed().size();
            compared |= model.baseline().isPresent();
        }
        return count(result.models().size(), "model") + ", " + count(findings, "finding") + ", " + open + " open"
                + (compared ? ", " + added + " new, " + fixed + " fixed" : "");
    }

    /** A severity as {@code --fail-on} spells it: {@code very-high}. */
    public static String severityWord(Severity severity) {
        return severity.label().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The text in double quotes, with quotes and backslashes escaped as in JSON. */
    public static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
