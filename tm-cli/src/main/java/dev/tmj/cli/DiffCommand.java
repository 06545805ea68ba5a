package dev.tmj.cli;

import dev.tmj.diff.ModelDiff;
import dev.tmj.format.ModelFiles;
import dev.tmj.format.json.DiffJsonWriter;
import dev.tmj.io.TerminalText;
import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import dev.tmj.output.Renderer;
import dev.tmj.pipeline.ModelThreatsFile;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.pipeline.Resolution;
import dev.tmj.report.diff.DiffDiagram;
import dev.tmj.report.diff.DiffMarkdown;
import dev.tmj.report.diff.DiffText;
import dev.tmj.resolve.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tmj diff OLD NEW}: what a change did to a threat model (docs/diff.md). Each version is a model file, or
 * {@code REV:PATH} read from git ({@link GitRevisionFile}); both go through the one {@link Pipeline} with the same
 * threat library options, and a model may not choose its own library (as in a CI gate: the change under review
 * must not decide which threats count).
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpAutoWidth = true,
        description = {"Compares two versions of a threat model: elements, flows, boundaries and attributes added, "
                + "removed or changed; findings new, fixed or changed.",
                "A version is a model file, or REV:PATH read from git (origin/main:tm.py; PATH is relative to the "
                        + "repository's top, or to the current directory when it starts with ./). An existing "
                        + "file wins over REV:PATH."},
        footer = {"", "Exit codes:%n  0  done (whether or not the versions differ)%n"
                + "  1  the versions differ (only with --exit-code)%n"
                + "  2  bad input (the message names the file or REV:PATH)%n"
                + "  3  internal error (rerun with --debug for the stack trace)"})
final class DiffCommand implements Callable<Integer> {
    /** The output formats of {@code --format}. */
    enum Format { text, md, json }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The old version: a file or REV:PATH.")
    private String oldVersion;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new version: a file or REV:PATH.")
    private String newVersion;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one line per change), md (Markdown for a pull-request comment) or json "
                    + "(default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the diff to FILE instead of stdout (atomically; -: stdout).")
    private Path output;

    @Option(names = "--dfd-svg", paramLabel = "FILE",
            description = "Also draw both versions' data-flow diagram as SVG: added green, removed dashed red, "
                    + "changed amber.")
    private Path dfdSvg;

    @Option(names = "--exit-code", description = "Exit with 1 when the versions differ (as git diff does).")
    private boolean exitCode;

    @Option(names = "--threats", paramLabel = "FILE",
            description = "A pytm-format threat library to use instead of the built-in one (repeatable).")
    private List<Path> threats = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "SIDS", description = "Comma-separated threat SIDs to leave out.")
    private String exclude;

    @Option(names = "--strict", description = "Refuse attributes that pytm does not define.")
    private boolean strict;

    @ParentCommand
    private TmjCommand parent;

    /** {@code --debug} here as on {@code tmj}: the error handling reads the main command's switch. */
    @Option(names = "--debug", description = "Show stack traces of errors.")
    void debug(boolean on) {
        parent.debug = on;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // The two versions are independent: on two cores, resolving them side by side halves the wait.
        CompletableFuture<Resolution> old = CompletableFuture.supplyAsync(() -> resolve(oldVersion));
        Resolution after = null;
        RuntimeException newFailure = null;
        try {
            after = resolve(newVersion);
        } catch (RuntimeException e) {
            newFailure = e;
        }
        // OLD's error first when both are bad, as if they had been read one after the other.
        Resolution before = join(old);
        if (newFailure != null) {
            throw newFailure;
        }
        warnings(before, err);
        warnings(after, err);
        ModelDiff diff = ModelDiff.between(before, after);
        // The diagram first: if it cannot be drawn, no diff is printed as if all went well.
        byte[] text = renderer().render(diff);
        if (dfdSvg != null) {
            DiffDiagram.svg().writeTo(diff, dfdSvg);
        }
        if (output != null) {
            OutputOption.write(output, o -> o.write(text), out);
        } else {
            out.print(new String(text, StandardCharsets.UTF_8));
            out.flush();
        }
        return exitCode && !diff.isEmpty() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private static Resolution join(CompletableFuture<Resolution> resolution) {
        try {
            return resolution.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private Renderer<ModelDiff> renderer() {
        return switch (format) {
            case text -> new DiffText();
            case md -> new DiffMarkdown();
            case json -> new DiffJsonWriter();
        };
    }

    /**
     * One version through the pipeline, with its findings' fingerprints made on the same thread: the diff matches
     * by them, and making them is a third of its work at 5,000 flows, which the two threads then share.
     */
    private Resolution resolve(String version) {
        if (version.indexOf('\0') >= 0) {
            // Neither a file name nor a git path can hold one; Path.of and git would fail with no position.
            throw new SourceException(version, 0, 0, "a file name or REV:PATH cannot hold a NUL character");
        }
        Pipeline pipeline;
        if (GitRevisionFile.isRevisionPath(version)) {
            byte[] content = GitRevisionFile.read(version);
            // The path only names the model in errors; a threatsFile it names is refused (FORBID) before any use.
            pipeline = Pipeline.fromFile(Path.of(version), file -> ModelFiles.read(version, content, strict));
        } else {
            pipeline = Pipeline.fromFile(Path.of(version), file -> ModelFiles.read(file, strict));
        }
        pipeline = pipeline.threatFiles(threats).modelThreatsFile(ModelThreatsFile.FORBID);
        if (exclude != null && !exclude.isBlank()) {
            pipeline = pipeline.excluding(ExcludeOption.sids(exclude));
        }
        Resolution resolution = pipeline.run();
        resolution.findings().forEach(Finding::fingerprint);
        return resolution;
    }

    /** A version's reader and model-check warnings on stderr. */
    private static void warnings(Resolution resolution, PrintWriter err) {
        Model model = resolution.model();
        model.warnings().forEach(w -> err.println("tmj: warning: " + TerminalText.line(w)));
        resolution.findings().checkedModel().warnings()
                .forEach(w -> err.println("tmj: warning: " + TerminalText.line(w)));
    }
}
