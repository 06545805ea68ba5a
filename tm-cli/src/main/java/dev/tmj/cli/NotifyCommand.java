package dev.tmj.cli;

import dev.tmj.format.json.ProjectConfig;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.ModelCheck;
import dev.tmj.history.HistoryException;
import dev.tmj.history.HistoryLocation;
import dev.tmj.history.HistoryStore;
import dev.tmj.http.ApiSetupException;
import dev.tmj.http.HttpSettings;
import dev.tmj.io.TerminalText;
import dev.tmj.notify.Alert;
import dev.tmj.notify.AlertChannel;
import dev.tmj.notify.AlertDigest;
import dev.tmj.notify.MailChannel;
import dev.tmj.notify.MailSettings;
import dev.tmj.notify.NotificationLog;
import dev.tmj.notify.Notifier;
import dev.tmj.notify.SlackChannel;
import dev.tmj.notify.TeamsChannel;
import dev.tmj.pipeline.WorkTree;
import dev.tmj.threat.Severity;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tmj notify MODEL... --slack VAR --teams VAR --email ADDRESSES}: tells each channel about the open findings
 * at or above a threshold (default very-high) that it was never told about, remembered in the history store
 * (docs/notify.md). Takes {@code tmj check}'s options for the check itself; writes none of its outputs. Exits 0 when
 * every channel was told (or had nothing new), 2 for bad setup before any message, 3 when a channel failed (what
 * it was not told is sent on the next run). Like {@code tmj sync}, it never exits 1: the gate is {@code tmj check}'s.
 */
@Command(name = "notify", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Tells Slack, Teams and e-mail recipients about open findings at or above a threshold that "
                + "they were never told about, once each, remembered in the history (default .tmj/history.db). "
                + "Webhook URLs and the SMTP password are read from environment variables only (docs/notify.md).",
        footer = {"", "Exit codes:%n"
                + "  0  every channel was told what is new for it (or nothing was new)%n"
                + "  2  bad input: a model, option or missing environment variable (nothing was sent)%n"
                + "  3  a channel failed (what it was not told is sent on the next run), or an internal error"})
final class NotifyCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    CheckOptions options;

    @Option(names = "--slack", paramLabel = "ENV_NAME", description = "The environment variable holding a Slack "
            + "incoming webhook's URL (a secret: never give the URL itself).")
    String slack;

    @Option(names = "--teams", paramLabel = "ENV_NAME", description = "The environment variable holding a Teams "
            + "Workflows webhook's URL (a secret).")
    String teams;

    @Option(names = "--email", paramLabel = "ADDRESSES", split = ",", description = "Mail the alerts to these "
            + "addresses (comma-separated), over SMTP with STARTTLS (--smtp-host, --smtp-from).")
    List<String> email = new ArrayList<>();

    @Option(names = "--threshold", paramLabel = "SEVERITY", defaultValue = "very-high", description = "The lowest "
            + "severity announced (default: ${DEFAULT-VALUE}).")
    String threshold;

    @Option(names = "--report-url", paramLabel = "URL", description = "The report each message links (default: "
            + "the CI run: GitHub's GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID, GitLab's "
            + "CI_JOB_URL).")
    String reportUrl;

    @Option(names = "--smtp-host", paramLabel = "HOST", description = "The SMTP server (default: SMTP_HOST).")
    String smtpHost;

    @Option(names = "--smtp-port", paramLabel = "PORT", description = "Its port, which must offer STARTTLS "
            + "(default: SMTP_PORT, else 587).")
    Integer smtpPort;

    @Option(names = "--smtp-from", paramLabel = "ADDRESS", description = "The sender (default: SMTP_FROM).")
    String smtpFrom;

    @Option(names = "--smtp-user-env", paramLabel = "ENV_NAME", defaultValue = "SMTP_USERNAME", description = "The "
            + "environment variable holding the SMTP login; unset means no login (default: ${DEFAULT-VALUE}).")
    String smtpUserEnv;

    @Option(names = "--smtp-password-env", paramLabel = "ENV_NAME", defaultValue = "SMTP_PASSWORD", description =
            "The environment variable holding its password (default: ${DEFAULT-VALUE}).")
    String smtpPasswordEnv;

    @Mixin
    NetworkOptions network;

    private final Map<String, String> env;
    private final Path workingDirectory;
    private final HttpSettings http;
    private final UnaryOperator<MailSettings> mail;

    /**
     * @param env the environment: webhook URLs, SMTP credentials and CI defaults
     * @param workingDirectory where relative paths start and {@code tmj.yaml} is looked for
     * @param http the network settings before this command's timeouts (tests give one that does not pause); its
     *             sleeper also takes the pause between two messages
     * @param mail a last change to the mail settings (tests trust their SMTP server's certificate)
     */
    NotifyCommand(Map<String, String> env, Path workingDirectory, HttpSettings http, UnaryOperator<MailSettings> mail) {
        this.env = Map.copyOf(env);
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
        this.http = Objects.requireNonNull(http, "http");
        this.mail = Objects.requireNonNull(mail, "mail");
    }

    boolean debug() {
        return options != null && options.debug;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        network.check(spec);
        CheckOptions.Settings settings = options.settings(workingDirectory);
        Severity lowest = SyncCommand.threshold(threshold);
        // Every channel is checked here, before the models are read and any message is sent.
        List<AlertChannel> channels = channels(err);
        Optional<URI> report = report();
        HistoryLocation location = settings.history().orElseGet(() -> HistoryLocation.sqlite(
                WorkTree.topOf(workingDirectory).orElse(workingDirectory).resolve(ProjectConfig.DEFAULT_HISTORY)));

        CheckResult result = settings.check().run();
        CheckCommand.printWarnings(result, err);
        AlertDigest digest = new AlertDigest(result.models().stream().map(ModelCheck::path).toList(), lowest,
                report, Alert.of(result, lowest));
        HistoryStore store;
        try {
            store = HistoryStore.open(location, env);
        } catch (HistoryException e) {
            return ErrorHandling.report(e, "could not open the history " + location.display() + ": ", err,
                    options.debug);
        }
        Notifier notifier = new Notifier(log(store), http.sleeper(), Clock.systemUTC());
        int code = ExitCode.OK;
        for (Notifier.Outcome outcome : notifier.notify(digest, channels)) {
            err.println("tmj: " + TerminalText.line(outcome.describe()));
            if (outcome.failure().isPresent()) {
                code = ExitCode.INTERNAL;
            }
        }
        return code;
    }

    private List<AlertChannel> channels(PrintWriter err) {
        HttpSettings settings = network.over(http, options.debug, err);
        List<AlertChannel> channels = new ArrayList<>();
        if (slack != null) {
            channels.add(SlackChannel.fromEnvironment(env, slack, settings));
        }
        if (teams != null) {
            channels.add(TeamsChannel.fromEnvironment(env, teams, settings));
        }
        if (!email.isEmpty()) {
            String host = pick(smtpHost, "SMTP_HOST").orElseThrow(() -> new ApiSetupException("--email needs "
                    + "--smtp-host (or SMTP_HOST)"));
            String from = pick(smtpFrom, "SMTP_FROM").orElseThrow(() -> new ApiSetupException("--email needs "
                    + "--smtp-from (or SMTP_FROM)"));
            int port = smtpPort != null ? smtpPort : pick(null, "SMTP_PORT").map(NotifyCommand::port)
                    .orElse(MailSettings.SUBMISSION_PORT);
            List<String> to = email.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            MailSettings mailSettings = new MailSettings(host, port, from, to, smtpUserEnv, smtpPasswordEnv,
                    Duration.ofSeconds(network.connectTimeout), Duration.ofSeconds(network.timeout), Optional.empty());
            channels.add(MailChannel.of(mail.apply(mailSettings), env));
        }
        if (channels.isEmpty()) {
            throw new ApiSetupException("tell tmj notify where to: --slack ENV_NAME, --teams ENV_NAME or --email "
                    + "ADDRESSES");
        }
        return channels;
    }

    private static int port(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ApiSetupException("SMTP_PORT must be a port number, not '" + TerminalText.line(text) + "'");
        }
    }

    /** {@code --report-url}, else the CI run's page (GitHub Actions, GitLab CI), else none. */
    private Optional<URI> report() {
        if (reportUrl != null) {
            return Optional.of(AlertDigest.reportUrl(reportUrl, "--report-url"));
        }
        String server = env.get("GITHUB_SERVER_URL");
        String repository = env.get("GITHUB_REPOSITORY");
        String run = env.get("GITHUB_RUN_ID");
        if (server != null && repository != null && run != null) {
            return Optional.of(AlertDigest.reportUrl(server + "/" + repository + "/actions/runs/" + run,
                    "GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_RUN_ID"));
        }
        return Optional.ofNullable(env.get("CI_JOB_URL")).map(url -> AlertDigest.reportUrl(url, "CI_JOB_URL"));
    }

    private Optional<String> pick(String flag, String variable) {
        return flag != null ? Optional.of(flag) : Optional.ofNullable(env.get(variable)).filter(s -> !s.isBlank());
    }

    /** The history store as the notifier's log: a notification is not tied to a recorded run. */
    private static NotificationLog log(HistoryStore store) {
        return new NotificationLog() {
            @Override
            public Set<String> notified(String channel) {
                return store.notified(channel);
            }

            @Override
            public void record(String channel, Collection<String> fingerprints, Instant time) {
                store.recordNotified(channel, null, fingerprints, time);
            }
        };
    }
}
