package dev.tmj.cli;

import dev.tmj.check.CheckOutputs;
import dev.tmj.format.json.ProjectConfig;
import dev.tmj.format.json.TicketMapWriter;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.Gate;
import dev.tmj.gate.TicketLink;
import dev.tmj.http.ApiException;
import dev.tmj.http.ApiSetupException;
import dev.tmj.http.HttpSettings;
import dev.tmj.io.TerminalText;
import dev.tmj.threat.Severity;
import dev.tmj.ticket.JiraDeployment;
import dev.tmj.ticket.TicketPlan;
import dev.tmj.ticket.TicketPlanner;
import dev.tmj.ticket.TicketSync;
import dev.tmj.ticket.TicketTracker;
import dev.tmj.ticket.TicketTrackers;
import dev.tmj.ticket.TrackedTicket;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tmj sync MODEL... --to jira|github|gitlab}: one ticket per open finding at or above a threshold, found again
 * by its fingerprint, commented and closed when the finding is handled or gone, reopened when it is open again
 * (docs/tickets.md). Takes {@code tmj check}'s options; each setting here beats {@code sync:} in tmj.yaml. Writes
 * the ticket of each finding to {@code .tmj/tickets.json} and names it in the outputs asked for. Exits 0 when done,
 * 2 for bad setup before any request, 3 when the sync failed (the next run continues where it stopped). The gate's
 * verdict is not this command's business: it never exits 1.
 */
@Command(name = "sync", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Keeps one ticket per open finding at or above a threshold in Jira, GitHub Issues or GitLab "
                + "issues: creates, comments and closes, reopens. Tokens are read from JIRA_EMAIL and JIRA_API_TOKEN "
                + "or JIRA_PAT, GITHUB_TOKEN, GITLAB_TOKEN only (docs/tickets.md).",
        footer = {"", "Exit codes:%n"
                + "  0  the tickets are in sync (or --dry-run printed the plan)%n"
                + "  2  bad input: a model, option, setting or missing token (nothing was sent)%n"
                + "  3  the sync failed part-way (the next run continues from what exists), or an internal error"})
final class SyncCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    CheckOptions options;

    @Option(names = "--to", paramLabel = "TRACKER", description = "jira, github or gitlab (default: tmj.yaml's "
            + "sync.to).")
    String to;

    @Option(names = "--threshold", paramLabel = "SEVERITY", description = "The lowest severity of an open finding "
            + "that gets a ticket (default: high).")
    String threshold;

    @Option(names = "--jira-url", paramLabel = "URL", description = "The Jira site (https://example.atlassian.net).")
    String jiraUrl;

    @Option(names = "--jira-project", paramLabel = "KEY", description = "The Jira project's key (SEC).")
    String jiraProject;

    @Option(names = "--jira-issue-type", paramLabel = "NAME", description = "The type of new issues (default: Task).")
    String jiraIssueType;

    @Option(names = "--jira-done-transition", paramLabel = "NAME",
            description = "The transition that closes an issue, found by name (default: Done).")
    String jiraDoneTransition;

    @Option(names = "--jira-deployment", paramLabel = "KIND", description = "cloud or datacenter (default: cloud when "
            + "the host ends in .atlassian.net, else datacenter).")
    String jiraDeployment;

    @Option(names = "--github-repo", paramLabel = "OWNER/NAME",
            description = "The repository (default: GITHUB_REPOSITORY).")
    String githubRepo;

    @Option(names = "--github-api", paramLabel = "URL",
            description = "GitHub's REST API (default: GITHUB_API_URL or https://api.github.com).")
    String githubApi;

    @Option(names = "--gitlab-url", paramLabel = "URL",
            description = "The GitLab instance (default: CI_API_V4_URL or https://gitlab.com).")
    String gitlabUrl;

    @Option(names = "--gitlab-project", paramLabel = "ID",
            description = "The project's id or group/project path (default: CI_PROJECT_ID).")
    String gitlabProject;

    @Option(names = "--dry-run", description = "Print the plan (create, comment and close, reopen per finding) and "
            + "change nothing: the tickets are only read.")
    boolean dryRun;

    @Mixin
    NetworkOptions network;

    private final Map<String, String> env;
    private final Path workingDirectory;
    private final CheckOutputs outputs;
    private final HttpSettings http;

    /**
     * @param env the environment: the tokens and CI defaults
     * @param workingDirectory where relative paths start and {@code tmj.yaml} is looked for
     * @param outputs the check's outputs, written with the tickets named
     * @param http the network settings before this command's timeouts (tests give one that does not pause)
     */
    SyncCommand(Map<String, String> env, Path workingDirectory, CheckOutputs outputs, HttpSettings http) {
        this.env = Map.copyOf(env);
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
        this.outputs = Objects.requireNonNull(outputs, "outputs");
        this.http = Objects.requireNonNull(http, "http");
    }

    boolean debug() {
        return options != null && options.debug;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        network.check(spec);
        CheckOptions.Settings settings = options.settings(workingDirectory);
        Map<String, String> config = settings.config().map(ProjectConfig::sync).orElse(Map.of());
        Severity lowest = threshold(pick(threshold, config, "threshold").orElse("high"));
        // Everything about where the tickets are is checked here, before the models are read and any request.
        TicketTracker tracker = tracker(config, err);
        outputs.checkTargets(settings.outputs(), settings.check().modelCount());

        CheckResult result = settings.check().run();
        CheckCommand.printWarnings(result, err);
        TicketPlan plan;
        try {
            List<TrackedTicket> existing = tracker.tickets();
            plan = new TicketPlanner(lowest).plan(result, existing);
        } catch (ApiException e) {
            return failed("could not read the tickets of " + tracker.target() + ": " + e.getMessage(), e, err);
        }
        if (dryRun) {
            out.print(TerminalText.lines(plan.describe()));
            out.flush();
            return ExitCode.OK;
        }
        TicketSync.Outcome outcome = new TicketSync(tracker, line -> err.println("tmj: " + TerminalText.line(line)))
                .run(plan);
        Map<String, TicketLink> links = new LinkedHashMap<>();
        outcome.tickets().forEach((fp, t) -> links.put(fp, new TicketLink(t.key(), t.url(), t.open())));
        int code = write(result.withTickets(links), settings, links, err);
        if (outcome.failure().isPresent()) {
            err.println("tmj: " + TerminalText.line(outcome.failure().get()));
            err.println("tmj: sync stopped after " + outcome.done() + " of " + plan.steps().size() + " steps; the next "
                    + "run continues from what exists");
            return ExitCode.INTERNAL;
        }
        err.println("tmj: " + TerminalText.line("synced " + tracker.target() + ": " + plan.counts()));
        return code;
    }

    /** The tickets file and the outputs asked for, with the tickets named; 3 when one could not be written. */
    private int write(CheckResult result, CheckOptions.Settings settings, Map<String, TicketLink> links,
            PrintWriter err) {
        int code = ExitCode.OK;
        try {
            Path file = settings.ticketsFile();
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            TicketMapWriter.write(links, file);
            err.println("tmj: wrote " + TerminalText.line(file.toString()));
        } catch (IOException e) {
            ErrorHandling.report(e, "could not write " + settings.ticketsFile() + ": ", err, options.debug);
            code = ExitCode.INTERNAL;
        }
        if (WrittenOutputs.write(() -> outputs.writeTo(result, settings.outputs()), err, options.debug)
                != ExitCode.OK) {
            code = ExitCode.INTERNAL;
        }
        return code;
    }

    private int failed(String message, ApiException e, PrintWriter err) {
        if (options.debug) {
            e.printStackTrace(err);
        }
        err.println("tmj: " + TerminalText.line(message));
        return ExitCode.INTERNAL;
    }

    private TicketTracker tracker(Map<String, String> config, PrintWriter err) {
        String target = pick(to, config, "to").orElseThrow(() -> new ApiSetupException("--to is needed (or "
                + "sync.to in tmj.yaml): jira, github or gitlab"));
        HttpSettings settings = network.over(http, options.debug, err);
        return switch (target) {
            case "jira" -> TicketTrackers.jira(env, pick(jiraUrl, config, "jiraUrl"),
                    pick(jiraProject, config, "jiraProject"), pick(jiraIssueType, config, "jiraIssueType")
                            .orElse("Task"), pick(jiraDoneTransition, config, "jiraDoneTransition").orElse("Done"),
                    pick(jiraDeployment, config, "jiraDeployment").map(d -> JiraDeployment.parse(d).orElseThrow(
                            () -> new ApiSetupException("--jira-deployment must be cloud or datacenter, not '"
                                    + TerminalText.line(d) + "'"))), settings);
            case "github" -> TicketTrackers.github(env, pick(githubRepo, config, "githubRepo"),
                    pick(githubApi, config, "githubApi"), settings);
            case "gitlab" -> TicketTrackers.gitlab(env, pick(gitlabUrl, config, "gitlabUrl"),
                    pick(gitlabProject, config, "gitlabProject"), settings);
            default -> throw new ApiSetupException("--to must be jira, github or gitlab, not '"
                    + TerminalText.line(target) + "'");
        };
    }

    private static Optional<String> pick(String flag, Map<String, String> config, String key) {
        return flag != null ? Optional.of(flag) : Optional.ofNullable(config.get(key));
    }

    /** A {@code --threshold} of sync or notify: a severity, never {@code none} (bad setup, exit 2). */
    static Severity threshold(String text) {
        return Gate.threshold(text).orElseThrow(() -> new ApiSetupException("--threshold must be a severity "
                + "(very-high, high, medium, low, very-low, info), not none"));
    }
}
