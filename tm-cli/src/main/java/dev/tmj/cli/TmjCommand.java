package dev.tmj.cli;

import dev.tmj.check.CheckOutputs;
import dev.tmj.check.CheckRenderers;
import dev.tmj.dfd.DfdOptions;
import dev.tmj.dfd.DfdRenderer;
import dev.tmj.format.ModelFiles;
import dev.tmj.format.Overlay;
import dev.tmj.format.json.PytmJsonWriter;
import dev.tmj.format.json.TmjModelWriter;
import dev.tmj.http.HttpSettings;
import dev.tmj.io.AtomicFiles;
import dev.tmj.io.TerminalText;
import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import dev.tmj.notify.MailSettings;
import dev.tmj.output.Renderer;
import dev.tmj.pipeline.ModelThreatsFile;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.pipeline.Resolution;
import dev.tmj.render.Outputs;
import dev.tmj.report.html.HtmlReport;
import dev.tmj.report.html.MarkdownReport;
import dev.tmj.report.pytm.PytmTemplate;
import dev.tmj.resolve.Findings;
import dev.tmj.sequence.SequenceRenderer;
import dev.tmj.threat.Threat;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tmj MODEL [pytm's flags]}: what {@code python3 model.py [flags]} does, for pytm scripts, pytm JSON
 * models and tmj models, with pytm's flag names and meanings.
 */
final class TmjCommand implements Callable<Integer> {
    // MODEL and the options, as TmjCommandSpec declares them (there with their help texts), set by picocli
    List<Path> models = new ArrayList<>();
    Path overlay;
    Path json;
    Path saveModel;
    List<String> exports = new ArrayList<>();
    Path outDir;
    boolean dfd;
    boolean seq;
    Path report;
    String boundary;
    String around;
    int radius;
    Path htmlTemplate;
    String history;
    Path markdownTemplate;
    boolean list;
    String describe;
    boolean listElements;
    List<Integer> levels = new ArrayList<>();
    boolean colormap;
    String exclude;
    Integer staleDays;
    List<Path> threats = new ArrayList<>();
    boolean noModelThreats;
    boolean strict;
    boolean debug;

    /** This command's specification, which sets the fields above. */
    private final CommandSpec spec = TmjCommandSpec.of(this);

    /** The command line with tmj's error handling and exit codes, in this process's environment. */
    static CommandLine commandLine() {
        return commandLine(System.getenv(), Path.of("").toAbsolutePath());
    }

    /**
     * The command line for these arguments, in this process's environment, with only the subcommands they can use:
     * picocli builds a subcommand's whole specification from its annotations when it is added (about 0.2 s of a cold
     * start for all of them). {@code tmj check ...} gets {@code check} alone, {@code tmj MODEL ...} (a file that names
     * no subcommand) none, unless it asks for help, which lists them all. Arguments that name no subcommand anywhere
     * ({@code --version}, a mistyped file name) get none either when they parse without one and ask for no usage
     * help; anything else ({@code --help}, an unknown option, no arguments) gets them all, so parsing, help, errors
     * and suggestions are unchanged.
     */
    static CommandLine commandLine(String[] args) {
        if (args.length > 0 && SUBCOMMANDS.contains(args[0])) {
            return commandLine(args[0]::equals);
        }
        if (args.length > 0 && isFile(args[0]) && !names(args, HELP)) {
            return commandLine(name -> false);
        }
        if (args.length > 0 && !names(args, SUBCOMMANDS)) {
            CommandLine alone = commandLine(name -> false);
            if (parsesAlone(alone, args)) {
                return alone;
            }
        }
        return commandLine(name -> true);
    }

    /**
     * The subcommands {@code wanted}, in this process's environment. The check outputs (every CI format's renderer)
     * and the network settings are made only for a subcommand that uses them: a run on a model spent 0.03-0.06 s of
     * its start on outputs it never wrote.
     */
    private static CommandLine commandLine(Predicate<String> wanted) {
        return commandLine(System.getenv(), Path.of("").toAbsolutePath(), CheckRenderers::available,
                () -> HttpSettings.DEFAULTS, UnaryOperator.identity(), wanted);
    }

    /**
     * Whether the command line without subcommands parses these arguments as it would with them: without an error
     * (whose message or suggestions might name a subcommand) and without a request for the usage help, which lists
     * them. Parsing sets nothing but the fresh command's fields, which the run's own parse sets again.
     */
    private static boolean parsesAlone(CommandLine line, String[] args) {
        try {
            return !line.parseArgs(args).isUsageHelpRequested();
        } catch (CommandLine.ParameterException e) {
            return false;
        }
    }

    private static boolean isFile(String argument) {
        try {
            return Files.exists(Path.of(argument));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** The options that ask for the usage help, which lists every subcommand. */
    static final Set<String> HELP = Set.of("-h", "--help");
    /** The options that ask for the version. */
    static final Set<String> VERSION = Set.of("-V", "--version");

    /** Whether any of the arguments is one of these words (an option or a subcommand's name). */
    static boolean names(String[] args, Collection<String> words) {
        return Arrays.stream(args).anyMatch(words::contains);
    }

    /** The subcommands' names, in the order help lists them. */
    static final List<String> SUBCOMMANDS = List.of("diff", "import", "check", "comment", "history", "sync",
            "notify");

    /**
     * The command line with its subcommands ({@code check}), which see this environment (GITHUB_ACTIONS ...) and
     * working directory instead of the process's: tests give their own.
     */
    static CommandLine commandLine(Map<String, String> env, Path workingDirectory) {
        return commandLine(env, workingDirectory, CheckRenderers.available());
    }

    /** {@link #commandLine(Map, Path)} with these check outputs (a test's renderers). */
    static CommandLine commandLine(Map<String, String> env, Path workingDirectory,
            CheckOutputs checkOutputs) {
        return commandLine(env, workingDirectory, checkOutputs, HttpSettings.DEFAULTS);
    }

    /** {@link #commandLine(Map, Path, CheckOutputs)} with these network settings. */
    static CommandLine commandLine(Map<String, String> env, Path workingDirectory,
            CheckOutputs checkOutputs, HttpSettings http) {
        return commandLine(env, workingDirectory, checkOutputs, http, UnaryOperator.identity());
    }

    /** {@link #commandLine(Map, Path, CheckOutputs, HttpSettings)} with a last
     * change to {@code tmj notify}'s mail settings (a test's SMTP server's certificate). */
    static CommandLine commandLine(Map<String, String> env, Path workingDirectory,
            CheckOutputs checkOutputs, HttpSettings http,
            UnaryOperator<MailSettings> mail) {
        return commandLine(env, workingDirectory, () -> checkOutputs, () -> http, mail, name -> true);
    }

    /**
     * The command line with the subcommands {@code wanted}; the check outputs and network settings are made (once)
     * only if one of them uses them.
     */
    static CommandLine commandLine(Map<String, String> env, Path workingDirectory,
            Supplier<CheckOutputs> checkOutputsMade,
            Supplier<HttpSettings> httpMade,
            UnaryOperator<MailSettings> mail,
            Predicate<String> wanted) {
        CheckOutputs checkOutputs = wanted.test("check") || wanted.test("comment")
                || wanted.test("sync") ? checkOutputsMade.get() : null;
        HttpSettings http = wanted.test("sync") || wanted.test("notify") ? httpMade.get() : null;
        TmjCommand command = new TmjCommand();
        CommandLine line = new CommandLine(command.spec);
        List<BooleanSupplier> debug = new ArrayList<>(List.of(() -> command.debug));
        if (wanted.test("diff")) {
            line.addSubcommand("diff", new DiffCommand());
        }
        if (wanted.test("import")) {
            line.addSubcommand("import", new ImportCommand());
        }
        if (wanted.test("check")) {
            CheckCommand check = new CheckCommand(env, workingDirectory, checkOutputs);
            line.addSubcommand("check", check);
            debug.add(check::debug);
        }
        if (wanted.test("comment")) {
            CommentCommand comment = new CommentCommand(env, workingDirectory, checkOutputs);
            line.addSubcommand("comment", comment);
            debug.add(comment::debug);
        }
        if (wanted.test("history")) {
            HistoryCommand history = new HistoryCommand(env, workingDirectory);
            line.addSubcommand("history", history);
            debug.add(history::debug);
        }
        if (wanted.test("sync")) {
            SyncCommand sync = new SyncCommand(env, workingDirectory, checkOutputs, http);
            line.addSubcommand("sync", sync);
            debug.add(sync::debug);
        }
        if (wanted.test("notify")) {
            NotifyCommand notify = new NotifyCommand(env, workingDirectory, http, mail);
            line.addSubcommand("notify", notify);
            debug.add(notify::debug);
        }
        return ErrorHandling.install(line, () -> debug.stream().anyMatch(BooleanSupplier::getAsBoolean));
    }


    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean needsModel = json != null || saveModel != null || outDir != null || dfd || seq || report != null || staleDays != null
                || !exports.isEmpty();
        Map<Path, Renderer<Findings>> exportFiles = ExportOption.files(exports);
        Path model = models.isEmpty() ? null : models.get(0);
        if (model == null && (needsModel || !(list || describe != null || listElements))) {
            throw new SourceException("tmj", 0, 0, needsModel ? "these options need a MODEL file"
                    : "give a MODEL file, or --list, --describe or --list-elements (see tmj --help)");
        }
        if (radius < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--radius must be 0 or more, not " + radius);
        }
        int exitCode = ExitCode.OK;
        Resolution resolution = model == null ? null : pipeline(model).run();
        Model loaded = resolution == null ? null : resolution.model();
        ThreatLibrary library = resolution != null ? resolution.findings().library()
                : list ? Pipeline.threatLibrary(threats) : null;
        if (resolution != null) {
            Findings findings = resolution.findings();
            err.print(TerminalText.lines(loaded.printed()));
            loaded.warnings().forEach(w -> err.println("tmj: warning: " + TerminalText.line(w)));
            findings.checkedModel().warnings().forEach(w -> err.println("tmj: warning: " + TerminalText.line(w)));
            findings.warnings().forEach(w -> err.println("tmj: warning: " + TerminalText.line(w)));
            if (seq) {
                out.print(SequenceRenderer.plantUml().renderText(findings));
            }
            if (dfd) {
                out.print(DfdRenderer.dot(dfdOptions()).renderText(findings));
            }
            if (outDir != null) {
                exitCode = writeOutputs(findings, err);
            }
            if (report != null) {
                out.print(PytmTemplate.read(report).renderText(findings));
            }
            if (json != null) {
                OutputOption.write(json, o -> new PytmJsonWriter().writeTo(findings, o), out);
            }
            if (saveModel != null) {
                boolean asJson = saveModel.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
                OutputOption.write(saveModel, AtomicFiles.text(writer -> {
                    if (asJson) {
                        TmjModelWriter.writeJson(loaded, writer);
                    } else {
                        TmjModelWriter.writeYaml(loaded, writer);
                    }
                }), out);
            }
            if (!exportFiles.isEmpty()) {
                exitCode = Math.max(exitCode, ExportOption.write(findings, exportFiles, err, debug));
            }
            if (!hasAction()) {
                FindingsSummary.print(findings, out);
            }
        }
        if (describe != null) {
            Describer.describe(describe, out);
        }
        if (listElements) {
            Describer.listElements(out);
        }
        if (list) {
            for (Threat threat : library.threats()) {
                out.println(TerminalText.line(threat.id() + " - " + threat.description()));
            }
        }
        if (staleDays != null) {
            StaleCheck.run(loaded, model, staleDays, out, err);
        }
        out.flush();
        return exitCode;
    }

    /**
     * {@code --out}: every output that can be written is, and each one that failed is named on stderr.
     *
     * @return 0, or 2 when only the input was at fault (a template, a file in the way), else 3
     */
    private int writeOutputs(Findings findings, PrintWriter err) throws IOException {
        Outputs outputs = Outputs.of(dfdOptions(), htmlReport(), markdownReport());
        return WrittenOutputs.write(() -> outputs.writeTo(findings, outDir,
                warning -> err.println("tmj: warning: " + TerminalText.line(warning))), err, debug);
    }

    private DfdOptions dfdOptions() {
        DfdOptions options = DfdOptions.defaults().colormap(colormap);
        if (!levels.isEmpty()) {
            options = options.levels(new TreeSet<>(levels));
        }
        if (boundary != null) {
            options = options.onlyBoundary(boundary);
        }
        if (around != null) {
            options = options.neighbourhoodOf(around, radius);
        }
        return options;
    }

    private HtmlReport htmlReport() {
        HtmlReport report = htmlTemplate == null ? HtmlReport.standard() : HtmlReport.withTemplate(htmlTemplate);
        return history == null || models.isEmpty() ? report : report.withHistory(ReportHistoryOption.read(history,
                models.get(0),
                Path.of("").toAbsolutePath(), System.getenv()));
    }

    private MarkdownReport markdownReport() {
        return markdownTemplate == null ? MarkdownReport.standard() : MarkdownReport.withTemplate(markdownTemplate);
    }

    private boolean hasAction() {
        return json != null || saveModel != null || outDir != null || dfd || seq || report != null || list || describe != null || listElements || staleDays != null
                || !exports.isEmpty();
    }

    /**
     * The model (several infrastructure-code inputs make one), with the overlay; with --strict, the readers refuse
     * what they would warn about.
     */
    private Model readModel() {
        Model read = ModelFiles.read(models, strict);
        return overlay == null ? read : Overlay.apply(read, overlay, strict);
    }

    /** The model through tmj's one pipeline, with {@code --threats} and {@code --exclude}. */
    private Pipeline pipeline(Path model) {
        Pipeline pipeline = Pipeline.fromFile(model, file -> readModel()).threatFiles(threats)
                .modelThreatsFile(noModelThreats ? ModelThreatsFile.FORBID : ModelThreatsFile.INSIDE_REPOSITORY);
        if (exclude != null && !exclude.isBlank()) {
            pipeline = pipeline.excluding(ExcludeOption.sids(exclude));
        }
        return pipeline;
    }
}
