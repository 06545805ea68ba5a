package dev.tmj.cli;

import dev.tmj.check.Check;
import dev.tmj.check.CheckOutputs.Kind;
import dev.tmj.check.CheckSettings;
import dev.tmj.format.json.ProjectConfig;
import dev.tmj.history.HistoryLocation;
import dev.tmj.format.json.TicketMapReader;
import dev.tmj.gate.TicketLink;
import dev.tmj.model.SourceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of {@code tmj check}, shared as a picocli mixin with the commands built on a check ({@code tmj
 * comment}): the models, the project configuration, the gate, the threat libraries and the outputs.
 * {@link #settings(Path)} merges them with {@code tmj.yaml}: a flag beats the configuration, which beats tmj's
 * default (docs/ci.md).
 */
final class CheckOptions {
    /** Where {@code tmj sync} keeps the tickets unless told otherwise, beside tmj.yaml's history. */
    static final Path TICKETS = Path.of(".tmj", "tickets.json");

    @Parameters(arity = "0..*", paramLabel = "MODEL",
            description = "Models, one each (any format tmj reads; a folder of infrastructure code is one model); "
                    + "default: tmj.yaml's models.")
    List<Path> models = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "The project configuration (default: tmj.yaml at the top of the git work tree, if any).")
    Path config;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Fail on open findings at or above this severity: very-high, high, medium, low, very-low, "
                    + "info, or none (never fail). Default: high.")
    String failOn;

    @Option(names = "--fail-on-risk", paramLabel = "RISK",
            description = "Also fail on open findings at or above this risk level (likelihood x impact, "
                    + "docs/risk.md): critical, high, medium, low, or none. Either threshold fails. Default: none.")
    String failOnRisk;

    @Option(names = "--fail-on-new", negatable = true,
            description = "Fail only on findings the baseline does not hold (needs --baseline).")
    Boolean failOnNew;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "An earlier findings.json or SARIF file tmj wrote: findings are new, unchanged or fixed.")
    Path baseline;

    @Option(names = "--threats", paramLabel = "FILE",
            description = "A pytm-format threat library instead of the built-in one (repeatable: libraries combine).")
    List<Path> threats = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "SIDS", description = "Comma-separated threat SIDs to leave out.")
    String exclude;

    @Option(names = "--allow-model-threats", negatable = true,
            description = "Let a model name its own threat library (threatsFile), inside its repository; a check "
                    + "refuses that by default.")
    Boolean allowModelThreats;

    @Option(names = "--strict", negatable = true, description = "Refuse attributes that pytm does not define.")
    Boolean strict;

    @Option(names = "--overlay", paramLabel = "FILE",
            description = "A tmj YAML/JSON model or pytm script that refers to the model's elements by name and adds "
                    + "data, flows, descriptions and finding decisions (docs/iac.md); one model only.")
    Path overlay;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Write the findings as pytm's JSON with fingerprints (one model only): a baseline.")
    Path json;

    @Option(names = "--sarif", paramLabel = "FILE", description = "Write SARIF 2.1.0 (GitHub code scanning).")
    Path sarif;

    @Option(names = "--junit", paramLabel = "FILE", description = "Write JUnit XML (GitLab, Jenkins, Azure DevOps).")
    Path junit;

    @Option(names = "--gitlab-codequality", paramLabel = "FILE", description = "Write a GitLab Code Quality report.")
    Path gitlabCodequality;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "Write the Markdown summary (a pull request, $GITHUB_STEP_SUMMARY).")
    Path summary;

    @Option(names = "--history", paramLabel = "PATH_OR_JDBC_URL",
            description = "Record this run for audit: an SQLite file (created on first use) or "
                    + "jdbc:postgresql://HOST[:PORT]/DB (user and password from TMJ_HISTORY_USER and "
                    + "TMJ_HISTORY_PASSWORD, else PGUSER and PGPASSWORD). Default: tmj.yaml's history, else none.")
    String history;

    @Option(names = "--tickets", paramLabel = "FILE", description = "Where tmj sync keeps each finding's ticket, "
            + "named in the outputs when the file exists (default: tmj.yaml's sync.tickets, else .tmj/tickets.json "
            + "beside tmj.yaml or in the working directory).")
    Path tickets;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    /**
     * What a run does, after the flags and the configuration are merged.
     *
     * @param modelFiles the model files, in the check's order, as the history records them
     * @param history where the run is recorded, if anywhere
     * @param ticketsFile where {@code tmj sync} keeps the tickets
     * @param tickets the tickets that file names, read before the run (empty when it does not exist)
     */
    record Settings(Check check, Map<Kind, Path> outputs, Optional<ProjectConfig> config, List<Path> modelFiles,
            Optional<HistoryLocation> history, Path ticketsFile, Map<String, TicketLink> tickets) {
    }

    /**
     * The check and its outputs: each flag given, else the configuration's setting, else tmj's default.
     *
     * @param workingDirectory where tmj runs: relative flags are relative to it, and {@code tmj.yaml} is looked for
     *                         at the top of its git work tree
     * @throws dev.tmj.model.TmjException for a configuration tmj cannot read, an unknown severity or no model
     */
    Settings settings(Path workingDirectory) {
        Optional<ProjectConfig> project = CheckSettings.config(config, workingDirectory);
        CheckSettings given = new CheckSettings(models.isEmpty() ? null : models, failOn, failOnNew, baseline,
                threats.isEmpty() ? null : threats, exclude == null ? null : ExcludeOption.sids(exclude), allowModelThreats, strict,
                overlay, failOnRisk);
        if (given.modelsOver(project).isEmpty()) {
            throw new SourceException("tmj check", 0, 0, "give a MODEL file, or models in " + project
                    .map(c -> c.file().toString()).orElse(CheckSettings.CONFIG_FILE));
        }
        List<Path> files = given.modelsOver(project).stream().map(workingDirectory::resolve).toList();
        Path ticketsFile = ticketsFile(project, workingDirectory);
        Map<String, TicketLink> known = Files.isRegularFile(ticketsFile) ? TicketMapReader.read(ticketsFile) : Map.of();
        return new Settings(given.over(project, workingDirectory), outputs(project), project, files,
                history(project, workingDirectory), ticketsFile, known);
    }

    /** {@code --history}, relative to the working directory, else tmj.yaml's {@code history}; checked here. */
    private Optional<HistoryLocation> history(Optional<ProjectConfig> project, Path workingDirectory) {
        if (history != null) {
            return Optional.of(HistoryLocation.parse(history, workingDirectory));
        }
        return project.flatMap(ProjectConfig::history).map(spec -> HistoryLocation.parse(spec, workingDirectory));
    }

    private Path ticketsFile(Optional<ProjectConfig> project, Path workingDirectory) {
        if (tickets != null) {
            return workingDirectory.resolve(tickets);
        }
        return project.map(c -> c.sync().containsKey("tickets") ? Path.of(c.sync().get("tickets"))
                : c.file().toAbsolutePath().getParent().resolve(TICKETS))
                .orElse(workingDirectory.resolve(TICKETS));
    }

    private Map<Kind, Path> outputs(Optional<ProjectConfig> project) {
        Map<Kind, Path> flags = new EnumMap<>(Kind.class);
        putIfGiven(flags, Kind.JSON, json);
        putIfGiven(flags, Kind.SARIF, sarif);
        putIfGiven(flags, Kind.JUNIT, junit);
        putIfGiven(flags, Kind.GITLAB_CODEQUALITY, gitlabCodequality);
        putIfGiven(flags, Kind.SUMMARY, summary);
        Map<Kind, Path> files = new EnumMap<>(Kind.class);
        project.ifPresent(c -> c.outputs().forEach((key, file) -> Kind.ofConfigKey(key)
                .ifPresent(kind -> files.put(kind, file))));
        files.putAll(flags);
        files.forEach((kind, file) -> {
            if (OutputOption.isStdout(file)) {
                // stdout carries GitHub's annotations; a device works for those who want it: /dev/stdout
                throw new SourceException(kind.option(), 0, 0, "writes a file, not stdout ('-'); name a file, or"
                        + " /dev/stdout");
            }
        });
        return files;
    }

    private static void putIfGiven(Map<Kind, Path> files, Kind kind, Path file) {
        if (file != null) {
            files.put(kind, file);
        }
    }
}
