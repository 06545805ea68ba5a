package dev.tmj.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.tmj.check.CheckRenderers;
import dev.tmj.history.HistoryLocation;
import dev.tmj.history.HistoryStore;
import dev.tmj.http.HttpSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tmj notify}: new open findings at or above the threshold told once per channel across runs that share an
 * SQLite history (the default file when none is configured), a failed message told on the next run, exit codes 0, 2
 * and 3, the report link, and the webhook URL in nothing printed or written, not even under {@code --debug}.
 */
class NotifyCommandTest {
    @RegisterExtension
    static final WireMockExtension HOOKS = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final String SECRET = "T0CLI/B0CLI/cliHookSecretThatMustNeverBePrinted";
    private static final String SLACK = "/services/" + SECRET;
    private static final String TEAMS = "/workflows/77/triggers/manual/paths/invoke";
    private static final String SIG = "cliSigSecretThatMustNeverBePrinted";

    @TempDir
    Path dir;
    private CheckProject project;
    private Path model;
    private final List<Duration> pauses = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        project = new CheckProject(dir);
        model = project.model("models/tm.yaml", "- type: Server\n  name: Web", "- type: Datastore\n  name: Orders");
    }

    private Map<String, String> env() {
        return new HashMap<>(Map.of("SLACK_WEBHOOK_URL", HOOKS.baseUrl() + SLACK,
                "TEAMS_WEBHOOK_URL", HOOKS.baseUrl() + TEAMS + "?api-version=1&sv=1.0&sig=" + SIG));
    }

    private CliRun notify(Map<String, String> env, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("notify", "--threats", project.threats.toString()));
        all.addAll(List.of(args));
        all.add(model.toString());
        HttpSettings http = HttpSettings.DEFAULTS.withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10))
                .withSleeper(pauses::add, Clock.systemUTC());
        CliRun run = CliRun.in(env, dir, CheckRenderers.available(), http, all.toArray(String[]::new));
        assertThat(run.out() + run.err()).doesNotContain("CLI/B0CLI").doesNotContain("cliHookSecret")
                .doesNotContain(SIG);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(file.toString()).doesNotContain("cliHookSecret").doesNotContain(SIG);
            }
        }
        return run;
    }

    private static void slackAnswers(int status, String body) {
        HOOKS.stubFor(post(urlEqualTo(SLACK)).willReturn(aResponse().withStatus(status).withBody(body)));
    }

    private static List<LoggedRequest> slackPosts() {
        return HOOKS.findAll(postRequestedFor(urlEqualTo(SLACK)));
    }

    private static JsonNode payload(LoggedRequest request) throws IOException {
        return new ObjectMapper().readTree(request.getBodyAsString());
    }

    @Test
    void should_tell_slack_each_new_finding_once_across_runs_sharing_a_history() throws IOException {
        slackAnswers(200, "ok");
        Path history = dir.resolve("h.db");

        CliRun first = notify(env(), "--slack", "SLACK_WEBHOOK_URL", "--threshold", "high", "--history",
                history.toString());
        CliRun second = notify(env(), "--slack", "SLACK_WEBHOOK_URL", "--threshold", "high", "--history",
                history.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).contains("tmj: Slack (SLACK_WEBHOOK_URL): told 2 new threats in 1 message");
        assertThat(second.exitCode()).isZero();
        assertThat(second.err()).contains("tmj: Slack (SLACK_WEBHOOK_URL): nothing new");
        assertThat(slackPosts()).hasSize(1);
        String sections = payload(slackPosts().get(0)).get("blocks").get(2).get("text").get("text").asText();
        assertThat(sections).isEqualTo("*Very High* · TV Very high on datastores · Orders (Datastore) · "
                + "models/tm.yaml:6\n*High* · TH High on servers · Web (Server) · models/tm.yaml:4");
        assertThat(HistoryStore.open(HistoryLocation.sqlite(history), Map.of()).notified("slack:SLACK_WEBHOOK_URL"))
                .hasSize(2);
    }

    @Test
    void should_remember_in_the_default_history_file_and_tell_only_what_is_new() throws IOException {
        slackAnswers(200, "ok");
        CliRun first = notify(env(), "--slack", "SLACK_WEBHOOK_URL");
        model = project.model("models/tm.yaml", "- type: Server\n  name: Web", "- type: Datastore\n  name: Orders",
                "- type: Datastore\n  name: Archive");

        CliRun second = notify(env(), "--slack", "SLACK_WEBHOOK_URL");

        assertThat(first.err()).contains("told 1 new threat in 1 message");
        assertThat(second.err()).contains("told 1 new threat in 1 message");
        assertThat(Files.isRegularFile(dir.resolve(".tmj/history.db"))).isTrue();
        assertThat(slackPosts()).hasSize(2);
        assertThat(payload(slackPosts().get(1)).get("blocks").get(2).get("text").get("text").asText())
                .contains("Archive").doesNotContain("Orders");
    }

    @Test
    void should_exit_3_record_nothing_and_tell_on_the_next_run_after_a_failed_message() throws IOException {
        slackAnswers(500, "internal_error");
        CliRun failed = notify(env(), "--slack", "SLACK_WEBHOOK_URL");
        slackAnswers(200, "ok");

        CliRun retried = notify(env(), "--slack", "SLACK_WEBHOOK_URL");

        assertThat(failed.exitCode()).isEqualTo(3);
        assertThat(failed.err()).contains("tmj: Slack (SLACK_WEBHOOK_URL): failed after 0 of 1 messages (0 of 1 new "
                + "threats told; the rest are sent on the next run): Slack failed at POST [SLACK_WEBHOOK_URL] (500 "
                + "server error): internal_error");
        assertThat(retried.exitCode()).isZero();
        assertThat(retried.err()).contains("told 1 new threat in 1 message");
    }

    @Test
    void should_tell_teams_and_slack_apart_with_the_ci_runs_page_as_report() throws IOException {
        slackAnswers(200, "ok");
        HOOKS.stubFor(post(urlPathEqualTo(TEAMS)).willReturn(aResponse().withStatus(202)));
        Map<String, String> env = env();
        env.putAll(Map.of("GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY", "octo/app",
                "GITHUB_RUN_ID", "42"));

        CliRun run = notify(env, "--slack", "SLACK_WEBHOOK_URL", "--teams", "TEAMS_WEBHOOK_URL", "--debug");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("tmj: Slack (SLACK_WEBHOOK_URL): told 1 new threat in 1 message",
                "tmj: Teams (TEAMS_WEBHOOK_URL): told 1 new threat in 1 message",
                "tmj: debug: POST [SLACK_WEBHOOK_URL] -> 200", "tmj: debug: POST [TEAMS_WEBHOOK_URL] -> 202");
        JsonNode card = payload(HOOKS.findAll(postRequestedFor(urlPathEqualTo(TEAMS))).get(0));
        assertThat(card.get("attachments").get(0).get("content").get("actions").get(0).get("url").asText())
                .isEqualTo("https://github.com/octo/app/actions/runs/42");
        assertThat(payload(slackPosts().get(0)).get("blocks").get(1).get("elements").get(0).get("text").asText())
                .isEqualTo("models/tm.yaml · <https://github.com/octo/app/actions/runs/42|Open the report>");
    }

    @Test
    void should_exit_2_and_send_nothing_without_a_channel_or_its_variable() throws IOException {
        CliRun none = notify(env());
        CliRun unset = notify(Map.of(), "--slack", "SLACK_WEBHOOK_URL");
        CliRun badThreshold = notify(env(), "--slack", "SLACK_WEBHOOK_URL", "--threshold", "none");
        CliRun mailWithoutHost = notify(env(), "--email", "sec@example.org");

        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("tell tmj notify where to: --slack ENV_NAME, --teams ENV_NAME or --email "
                + "ADDRESSES");
        assertThat(unset.exitCode()).isEqualTo(2);
        assertThat(unset.err()).contains("the environment variable SLACK_WEBHOOK_URL is not set");
        assertThat(badThreshold.exitCode()).isEqualTo(2);
        assertThat(mailWithoutHost.exitCode()).isEqualTo(2);
        assertThat(mailWithoutHost.err()).contains("--email needs --smtp-host (or SMTP_HOST)");
        assertThat(HOOKS.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void should_announce_nothing_below_the_threshold() throws IOException {
        slackAnswers(200, "ok");
        model = project.model("models/tm.yaml", "- type: Server\n  name: Web");

        CliRun run = notify(env(), "--slack", "SLACK_WEBHOOK_URL");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("tmj: Slack (SLACK_WEBHOOK_URL): nothing new");
        assertThat(slackPosts()).isEmpty();
    }
}
