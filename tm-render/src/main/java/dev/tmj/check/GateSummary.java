package dev.tmj.check;

import dev.tmj.gate.Change;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.CheckedFinding;
import dev.tmj.gate.Gate;
import dev.tmj.gate.ModelCheck;
import dev.tmj.model.FindingStatus;
import dev.tmj.resolve.Finding;
import dev.tmj.threat.Severity;
import java.util.List;
import java.util.Locale;

/**
 * The gate's verdict in words, the same wherever a check runs (the command line prints it on stderr, the Maven
 * plugin fails the build with it): one line per failing finding, then a summary line.
 *
 * <pre>
 * INP02 very-high "Web Server" open src/tm.py:23
 * gate failed: 1 open finding at or above high (1 model, 40 findings, 12 open)
 * </pre>
 *
 * The text is not escaped: it holds a model's names, so each caller escapes it for where it goes (a terminal line,
 * a log).
 */
public final class GateSummary {
    private GateSummary() {
    }

    /** {@code SID severity "element" status file:line}: the element's name as a JSON string. */
    public static String findingLine(CheckedFinding checked) {
        return findingLine(checked, false);
    }

    /** {@link #findingLine(CheckedFinding)}, with {@code risk LEVEL} after the status when the gate reads risk. */
    public static String findingLine(CheckedFinding checked, boolean withRisk) {
        Finding f = checked.finding();
        return f.threatId() + " " + severityWord(f.severity()) + " " + quoted(f.target()) + " " + f.status().label()
                + (withRisk ? " risk " + f.risk().level().label() : "") + " " + checked.path() + ":" + checked.line();
    }

    /**
     * What the gate fails at, in words: {@code high}, {@code risk critical}, {@code high or risk critical}, or
     * {@code none}.
     */
    public static String thresholdWords(Gate gate) {
        String severity = gate.failOn().map(GateSummary::severityWord).orElse(null);
        String risk = gate.failOnRisk().map(r -> "risk " + r.label()).orElse(null);
        return severity == null ? risk == null ? "none" : risk : risk == null ? severity : severity + " or " + risk;
    }

    /**
     * The verdict, what made it, and the counts: {@code gate failed: 3 open findings at or above high (2 models,
     * 140 findings, 37 open)}, with {@code , 5 new, 2 fixed} when a baseline was compared.
     */
    public static String verdict(CheckResult result) {
        List<CheckedFinding> failing = result.failing();
        String threshold = thresholdWords(result.gate());
        String which = (result.gate().onlyNew() ? "new " : "") + "open";
        String why;
        if (!failing.isEmpty()) {
            why = "gate failed: " + count(failing.size(), which + " finding") + " at or above " + threshold;
        } else if (result.gate().failOn().isEmpty() && result.gate().failOnRisk().isEmpty()) {
            why = "gate passed: --fail-on none";
        } else {
            why = "gate passed: no " + which + " findings at or above " + threshold;
        }
        return why + " (" + counts(result) + ")";
    }

    /** A severity as {@code --fail-on} and {@code tmj.yaml} spell it: {@code very-high}. */
    public static String severityWord(Severity severity) {
        return severity.label().toLowerCase(Locale.ROOT).replace(' ', '-');
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

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The text in double quotes, with quotes and backslashes escaped as in JSON. */
    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
