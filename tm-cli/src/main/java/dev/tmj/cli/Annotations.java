package dev.tmj.cli;

import dev.tmj.check.GateSummary;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.CheckedFinding;
import dev.tmj.io.TerminalText;
import dev.tmj.resolve.Finding;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions workflow commands for the findings that fail the gate, on stdout, when {@code GITHUB_ACTIONS} is
 * {@code true}: {@code ::error file=…,line=…,title=…::…}. GitHub shows at most 10 error annotations of a step and
 * drops the rest silently, so after {@value #MAX_ERRORS} a notice says how many more there are.
 *
 * <p>Escaping follows the Actions toolkit ({@code command.ts}): in the message {@code %}, CR and LF become
 * {@code %25}, {@code %0D}, {@code %0A}; in a property also {@code :} and {@code ,} become {@code %3A}, {@code %2C}.
 * Other control characters (an ANSI escape, say) are then escaped by {@link TerminalText#line}, so a model's names
 * can neither end the command early nor start another.
 */
final class Annotations {
    static final int MAX_ERRORS = 10;

    private Annotations() {
    }

    /** Whether annotations are wanted: GitHub Actions sets {@code GITHUB_ACTIONS=true} in every step. */
    static boolean wanted(Map<String, String> env) {
        return "true".equals(env.get("GITHUB_ACTIONS"));
    }

    static void print(CheckResult result, PrintWriter out) {
        List<CheckedFinding> failing = result.failing();
        for (CheckedFinding checked : failing.subList(0, Math.min(MAX_ERRORS, failing.size()))) {
            out.println(error(checked, result));
        }
        if (failing.size() > MAX_ERRORS) {
            int more = failing.size() - MAX_ERRORS;
            out.println("::notice title=" + property("tmj gate") + "::" + message(more + " more finding"
                    + (more == 1 ? "" : "s") + " fail the gate than the " + MAX_ERRORS + " annotated here (GitHub"
                    + " shows at most 10 error annotations per step): see the job's log, SARIF or summary"));
        }
    }

    /** {@code ::error file=F,line=N,title=SID severity: element::description (status, at or above T)}. */
    static String error(CheckedFinding checked, CheckResult result) {
        Finding f = checked.finding();
        String title = f.threatId() + " " + GateSummary.severityWord(f.severity()) + ": " + f.target();
        String text = f.target() + ": " + f.description() + " (" + f.threatId() + ", " + f.status().label() + ", fails"
                + " the gate at " + GateSummary.thresholdWords(result.gate()) + ")";
        return "::error file=" + property(checked.path()) + ",line=" + checked.line() + ",title=" + property(title)
                + "::" + message(text);
    }

    /** A command's message (the data after {@code ::}). */
    static String message(String text) {
        return TerminalText.line(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    /** A command's property value. */
    static String property(String text) {
        return TerminalText.line(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
                .replace(":", "%3A").replace(",", "%2C"));
    }
}
