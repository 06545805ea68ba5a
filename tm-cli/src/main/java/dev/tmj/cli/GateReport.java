package dev.tmj.cli;

import dev.tmj.check.GateSummary;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.CheckedFinding;
import dev.tmj.io.TerminalText;
import java.io.PrintWriter;

/**
 * What {@code tmj check} prints on stderr: one line per finding that fails the gate, then the verdict, each as
 * {@link GateSummary} words it, after {@code tmj: } and escaped by {@link TerminalText#line}.
 *
 * <pre>
 * tmj: INP02 very-high "Web Server" open src/tm.py:23
 * tmj: gate failed: 1 open finding at or above high (1 model, 40 findings, 12 open)
 * </pre>
 */
final class GateReport {
    private GateReport() {
    }

    static void print(CheckResult result, PrintWriter err) {
        // One write for all the lines: stderr flushes on every println, and a large model fails the gate with
        // tens of thousands of findings (a write system call each took a quarter of a second at 34,561).
        StringBuilder lines = new StringBuilder();
        for (CheckedFinding failing : result.failing()) {
            lines.append(TerminalText.line("tmj: " + GateSummary.findingLine(failing,
                    result.gate().failOnRisk().isPresent()))).append(System.lineSeparator());
        }
        err.print(lines);
        err.println(TerminalText.line("tmj: " + GateSummary.verdict(result)));
    }
}
