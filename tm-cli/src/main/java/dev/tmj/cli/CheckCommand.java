package dev.tmj.cli;

import dev.tmj.check.CheckOutputs;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.ModelCheck;
import dev.tmj.io.TerminalText;
import dev.tmj.model.Model;
import dev.tmj.resolve.Findings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code tmj check MODEL...}: the CI gate. Resolves each model, prints each finding that fails the gate and a
 * verdict on stderr (GitHub annotations on stdout under {@code GITHUB_ACTIONS=true}), writes the outputs asked for,
 * and exits 0 when the gate holds, 1 when it fails, 2 for bad input (checked before anything is written), 3 for an
 * internal error or an output that could not be written after the gate ran.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Checks threat models in CI: fails when an open finding at or above --fail-on is left "
                + "(settings from tmj.yaml; flags win).",
        footer = {"", "Exit codes:%n"
                + "  0  the gate holds%n"
                + "  1  the gate failed: the findings above, one per line, then the verdict%n"
                + "  2  bad input: a model, tmj.yaml, baseline, severity or output path (nothing written)%n"
                + "  3  internal error, or an output or the history could not be written after the gate ran"})
final class CheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    CheckOptions options;

    private final Map<String, String> env;
    private final Path workingDirectory;
    private final CheckOutputs outputs;

    CheckCommand(Map<String, String> env, Path workingDirectory, CheckOutputs outputs) {
        this.env = Map.copyOf(env);
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
        this.outputs = Objects.requireNonNull(outputs, "outputs");
    }

    boolean debug() {
        return options != null && options.debug;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CheckOptions.Settings settings = options.settings(workingDirectory);
        outputs.checkTargets(settings.outputs(), settings.check().modelCount());
        int code = run(settings, outputs, env, workingDirectory, out, err, options.debug).exitCode();
        out.flush();
        return code;
    }

    /** A check that ran: its result, and the exit code it gives (0, 1, or 3 when an output failed). */
    record Ran(CheckResult result, int exitCode) {
    }

    /**
     * Runs the check and does all that {@code tmj check} does after its targets were checked: prints the warnings,
     * the failing findings and the verdict (and annotations), and writes the outputs. Shared with {@code tmj
     * comment}, which posts the summary afterwards.
     */
    static Ran run(CheckOptions.Settings settings, CheckOutputs outputs, Map<String, String> env,
            Path workingDirectory, PrintWriter out, PrintWriter err, boolean debug) {
        CheckResult result = settings.check().run().withTickets(settings.tickets());
        printWarnings(result, err);
        GateReport.print(result, err);
        if (Annotations.wanted(env)) {
            Annotations.print(result, out);
        }
        int code = result.passed() ? ExitCode.OK : ExitCode.FINDINGS;
        if (WrittenOutputs.write(() -> outputs.writeTo(result, settings.outputs()), err, debug) != ExitCode.OK) {
            // The gate ran and said its verdict; an output missing now is a failed step (3), not bad input.
            code = ExitCode.INTERNAL;
        }
        if (settings.history().isPresent() && !RunHistory.record(result, settings.modelFiles(),
                settings.history().get(), env, workingDirectory, err, debug)) {
            code = ExitCode.INTERNAL;
        }
        return new Ran(result, code);
    }

    /** What each model's script printed and the warnings of reading, checking and resolving it. */
    static void printWarnings(CheckResult result, PrintWriter err) {
        for (ModelCheck model : result.models()) {
            Findings findings = model.findings();
            Model read = findings.checkedModel().model();
            err.print(TerminalText.lines(read.printed()));
            read.warnings().forEach(w -> err.println("tmj: warning: " + TerminalText.line(w)));
            findings.checkedModel().warnings().forEach(w -> err.println("tmj: warning: " + TerminalText.line(w)));
            findings.warnings().forEach(w -> err.println("tmj: warning: " + TerminalText.line(w)));
        }
    }
}
