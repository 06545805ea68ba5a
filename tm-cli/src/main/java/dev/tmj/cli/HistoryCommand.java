package dev.tmj.cli;

import dev.tmj.check.CheckSettings;
import dev.tmj.format.json.ProjectConfig;
import dev.tmj.history.HistoryException;
import dev.tmj.history.HistoryExport;
import dev.tmj.history.HistoryLocation;
import dev.tmj.history.HistoryStore;
import dev.tmj.history.HistoryText;
import dev.tmj.io.TerminalText;
import dev.tmj.model.SourceException;
import dev.tmj.pipeline.WorkTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tmj history}: what the audit history holds (docs/history.md). The runs one per line, one finding's
 * timeline ({@code --finding}), an export ({@code --since}, {@code --format}) or a recorded model as it was
 * ({@code --model RUN}). It only reads: a history that does not exist yet is an error, never created.
 */
@Command(name = "history", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Shows the runs tmj check recorded (--history or tmj.yaml's history): one line per run, a "
                + "finding's timeline, an export for an auditor, or a recorded model file.",
        footer = {"", "Exit codes:%n"
                + "  0  printed%n"
                + "  2  bad input: an option, a missing history file, an unknown run%n"
                + "  3  the history database could not be read, or an internal error"})
final class HistoryCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--history", paramLabel = "PATH_OR_JDBC_URL", description = "The history: an SQLite file or "
            + "jdbc:postgresql://HOST[:PORT]/DB (TMJ_HISTORY_USER, TMJ_HISTORY_PASSWORD). Default: tmj.yaml's "
            + "history, else .tmj/history.db at the top of the work tree.")
    String history;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The project configuration (default: tmj.yaml at the top of the git work tree, if any).")
    Path config;

    @Option(names = "--finding", paramLabel = "FINGERPRINT",
            description = "One finding's timeline: first seen, each change of status, owner, justification or "
                    + "ticket, fixed (gone from a later run).")
    String finding;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only runs from this day (yyyy-MM-dd, UTC) on.")
    String since;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Export every finding of the runs as csv (RFC 4180) or json, instead of the list.")
    String format;

    @Option(names = "--model", paramLabel = "RUN",
            description = "Print the model file run RUN recorded, as it was (for tmj diff: "
                    + "tmj history --model 12 > old.yaml).")
    Long model;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    private final Map<String, String> env;
    private final Path workingDirectory;

    HistoryCommand(Map<String, String> env, Path workingDirectory) {
        this.env = Map.copyOf(env);
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    boolean debug() {
        return debug;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int modes = (finding != null ? 1 : 0) + (format != null ? 1 : 0) + (model != null ? 1 : 0);
        if (modes > 1) {
            throw new SourceException("tmj history", 0, 0, "give one of --finding, --format and --model");
        }
        HistoryExport.Format exportFormat = null;
        if (format != null) {
            try {
                exportFormat = HistoryExport.Format.of(format);
            } catch (IllegalArgumentException e) {
                throw new SourceException("--format", 0, 0, "csv or json, not " + format);
            }
        }
        Instant from = since == null ? Instant.EPOCH : day(since);
        HistoryLocation location = location();
        try {
            HistoryStore store = HistoryStore.open(location, env);
            if (model != null) {
                byte[] bytes = store.model(model).orElseThrow(() -> new SourceException("--model", 0, 0,
                        "no run #" + model + " in " + location.display()));
                // a model is UTF-8 text to tmj (every reader decodes it so)
                out.print(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            } else if (finding != null) {
                HistoryText.timeline(store.timeline(finding)).forEach(line -> out.println(TerminalText.line(line)));
            } else if (exportFormat != null) {
                HistoryExport.write(exportFormat, store.export(from), out);
            } else {
                store.runs(from).forEach(run -> out.println(TerminalText.line(HistoryText.line(run))));
            }
            out.flush();
            return ExitCode.OK;
        } catch (HistoryException e) {
            if (debug) {
                e.printStackTrace(err);
            }
            err.println("tmj: " + TerminalText.line(e.getMessage()));
            return ExitCode.INTERNAL;
        }
    }

    private static Instant day(String text) {
        try {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new SourceException("--since", 0, 0, "a day as yyyy-MM-dd, not " + text);
        }
    }

    /** The flag, else tmj.yaml's history, else the default file; an SQLite file must exist (this only reads). */
    private HistoryLocation location() {
        HistoryLocation location;
        if (history != null) {
            location = HistoryLocation.parse(history, workingDirectory);
        } else {
            Optional<String> configured = CheckSettings.config(config, workingDirectory)
                    .flatMap(ProjectConfig::history);
            location = configured.map(spec -> HistoryLocation.parse(spec, workingDirectory))
                    .orElseGet(() -> HistoryLocation.sqlite(WorkTree.topOf(workingDirectory).orElse(workingDirectory)
                            .resolve(ProjectConfig.DEFAULT_HISTORY)));
        }
        if (location.kind() == HistoryLocation.Kind.SQLITE && !Files.isRegularFile(location.file())) {
            throw new SourceException(location.display(), 0, 0, "no history here yet (tmj check --history "
                    + "records runs)");
        }
        return location;
    }
}
