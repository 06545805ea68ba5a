package dev.tmj.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code tmj sync}: the plan printed by {@code --dry-run} with nothing sent, tickets created once and named in
 * {@code .tmj/tickets.json} and in {@code tmj check}'s outputs, exit codes 0, 2 and 3, settings from tmj.yaml, and
 * no token in anything printed or written.
 */
class SyncCommandTest {
    @RegisterExtension
    static final WireMockExtension API = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final String TOKEN = "tmjCLItoken0that0must0never0be0printed";
    private static final String ISSUES = "/repos/octo/app/issues";

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

    private CliRun tmj(Map<String, String> env, String... args) throws IOException {
        HttpSettings http = HttpSettings.DEFAULTS.withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10))
                .withSleeper(pauses::add, Clock.systemUTC());
        CliRun run = CliRun.in(env, dir, CheckRenderers.available(), http, args);
        assertThat(run.out() + run.err()).doesNotContain(TOKEN);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(TOKEN);
            }
        }
        for (LoggedRequest request : API.findAll(anyRequestedFor(anyUrl()))) {
            assertThat(request.getUrl() + request.getBodyAsString()).doesNotContain(TOKEN);
        }
        return run;
    }

    private CliRun sync(Map<String, String> env, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("sync", "--threats", project.threats.toString()));
        all.addAll(List.of(args));
        all.add(model.toString());
        return tmj(env, all.toArray(String[]::new));
    }

    private Map<String, String> github() {
        return new HashMap<>(Map.of("GITHUB_TOKEN", TOKEN, "GITHUB_REPOSITORY", "octo/app"));
    }

    private String[] toGitHub(String... more) {
        List<String> args = new ArrayList<>(List.of("--to", "github", "--github-api", API.baseUrl()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static long writes() {
        return API.findAll(anyRequestedFor(anyUrl())).stream().filter(r -> !r.getMethod().getName().equals("GET"))
                .count();
    }

    private String fingerprint(String sid) throws IOException {
        CliRun check = tmj(Map.of(), "check", "--threats", project.threats.toString(), "--fail-on", "none",
                "--json", dir.resolve("f.json").toString(), model.toString());
        assertThat(check.exitCode()).isZero();
        for (JsonNode f : new ObjectMapper().readTree(dir.resolve("f.json").toFile()).get("findings")) {
            if (f.get("threat_id").asText().equals(sid)) {
                return f.get("fingerprint").asText();
            }
        }
        throw new AssertionError(sid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"github", "gitlab", "jira"})
    void should_print_the_plan_and_send_nothing_with_dry_run(String tracker) throws IOException {
        API.stubFor(get(urlPathEqualTo(ISSUES)).willReturn(okJson("[]")));
        API.stubFor(get(urlPathEqualTo("/api/v4/projects/42/issues")).willReturn(okJson("[]")));
        API.stubFor(get(urlPathEqualTo("/rest/api/2/search")).willReturn(okJson("{\"startAt\":0,\"total\":0,"
                + "\"issues\":[]}")));
        Map<String, String> env = Map.of("GITHUB_TOKEN", TOKEN, "GITLAB_TOKEN", TOKEN, "JIRA_PAT", TOKEN);
        String[] where = switch (tracker) {
            case "github" -> new String[] {"--github-repo", "octo/app", "--github-api", API.baseUrl()};
            case "gitlab" -> new String[] {"--gitlab-url", API.baseUrl(), "--gitlab-project", "42"};
            default -> new String[] {"--jira-url", API.baseUrl(), "--jira-project", "SEC"};
        };
        List<String> args = new ArrayList<>(List.of("--to", tracker, "--dry-run"));
        args.addAll(List.of(where));

        CliRun run = sync(env, args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("create  TH on Web [" + fingerprint("TH") + "]\n"
                + "create  TV on Orders [" + fingerprint("TV") + "]\n"
                + "2 to create, 0 to comment and close, 0 to comment and reopen, 0 unchanged\n");
        assertThat(writes()).as("requests that change anything").isZero();
        assertThat(API.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
        assertThat(dir.resolve(".tmj")).doesNotExist();
    }

    @Test
    void should_create_once_write_the_tickets_file_and_let_check_name_the_ticket_in_sarif_and_json() throws IOException {
        API.stubFor(get(urlPathEqualTo(ISSUES)).willReturn(okJson("[]")));
        API.stubFor(post(urlEqualTo(ISSUES)).willReturn(aResponse().withStatus(201).withBody("{\"number\":7,"
                + "\"state\":\"open\",\"html_url\":\"https://github.com/octo/app/issues/7\"}")));

        CliRun first = sync(github(), toGitHub("--threshold", "very-high"));

        assertThat(first.exitCode()).as(first.err()).isZero();
        String tv = fingerprint("TV");
        assertThat(first.err()).contains("tmj: created #7 for TV on Orders [" + tv + "]")
                .contains("tmj: synced GitHub octo/app: 1 to create, 0 to comment and close, 0 to comment and "
                        + "reopen, 0 unchanged");
        assertThat(Files.readString(dir.resolve(".tmj/tickets.json"))).isEqualTo("{\n  \"tickets\": {\n    \""
                + tv + "\": {\n      \"key\": \"#7\",\n      \"open\": true,\n      \"url\": "
                + "\"https://github.com/octo/app/issues/7\"\n    }\n  }\n}\n");

        CliRun check = tmj(Map.of(), "check", "--threats", project.threats.toString(), "--sarif",
                dir.resolve("out.sarif").toString(), "--json", dir.resolve("out.json").toString(), "--summary",
                dir.resolve("summary.md").toString(), model.toString());

        assertThat(check.exitCode()).isEqualTo(ExitCode.FINDINGS);
        JsonNode results = new ObjectMapper().readTree(dir.resolve("out.sarif").toFile()).at("/runs/0/results");
        List<String> tickets = new ArrayList<>();
        results.forEach(r -> tickets.add(r.at("/properties/ticket").asText("-")));
        assertThat(tickets).containsExactly("-", "-", "#7");
        assertThat(results.get(2).at("/properties/ticketUrl").asText()).isEqualTo("https://github.com/octo/app/issues/7");
        assertThat(Files.readString(dir.resolve("out.json"))).contains("\"ticket\": {\"key\": \"#7\", \"open\": true, "
                + "\"url\": \"https://github.com/octo/app/issues/7\"}");

        assertThat(Files.readString(dir.resolve("summary.md"))).contains("| Status | Ticket |")
                .contains("| [\\#7](https://github.com/octo/app/issues/7) |");

        // The second run finds the issue by its marker and sends nothing.
        API.resetAll();
        API.stubFor(get(urlPathEqualTo(ISSUES)).willReturn(okJson("[{\"number\":7,\"state\":\"open\",\"html_url\":"
                + "\"https://github.com/octo/app/issues/7\",\"body\":\"<!-- tmj:" + tv + " -->\\nx\"}]")));

        CliRun second = sync(github(), toGitHub("--threshold", "very-high"));

        assertThat(second.exitCode()).isZero();
        assertThat(writes()).isZero();
        assertThat(second.err()).contains("0 to create, 0 to comment and close, 0 to comment and reopen, 1 unchanged");
    }

    @Test
    void should_exit_3_naming_the_finding_when_the_sync_fails_and_keep_what_was_done() throws IOException {
        API.stubFor(get(urlPathEqualTo(ISSUES)).willReturn(okJson("[]")));
        API.stubFor(post(urlEqualTo(ISSUES)).willReturn(aResponse().withStatus(500)
                .withBody("{\"message\":\"Server Error " + TOKEN + "\"}")));

        CliRun run = sync(github(), toGitHub());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL);
        assertThat(run.err()).contains("tmj: could not create the ticket for TH on Web [" + fingerprint("TH")
                + "] in GitHub octo/app: GitHub failed at POST " + ISSUES + " (500 server error): Server Error "
                + "[GITHUB_TOKEN]").contains("tmj: sync stopped after 0 of 2 steps");
        API.verify(1, postRequestedFor(urlEqualTo(ISSUES)));
        assertThat(Files.readString(dir.resolve(".tmj/tickets.json"))).contains("\"tickets\": {}");
    }

    @Test
    void should_exit_2_before_any_request_for_bad_setup() throws IOException {
        Map<String, String> noToken = Map.of("GITHUB_REPOSITORY", "octo/app");

        assertThat(sync(noToken, toGitHub()).err()).contains("tmj: the environment variable GITHUB_TOKEN is not set");
        assertThat(sync(noToken, toGitHub()).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(sync(github()).err()).contains("--to is needed");
        assertThat(sync(github(), "--to", "bugzilla").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(sync(github(), toGitHub("--threshold", "none")).err()).contains("--threshold must be a severity");
        assertThat(sync(github(), "--to", "jira", "--jira-url", "http://jira.example", "--jira-project", "SEC")
                .err()).contains("must use https");
        assertThat(API.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void should_take_its_settings_from_tmj_yaml_under_sync() throws IOException {
        project.write("tmj.yaml", "sync:\n  to: github\n  githubRepo: octo/app\n  githubApi: " + API.baseUrl()
                + "\n  threshold: very-high\n  tickets: build/tickets.json\n");
        API.stubFor(get(urlPathEqualTo(ISSUES)).willReturn(okJson("[]")));
        API.stubFor(post(urlEqualTo(ISSUES)).willReturn(aResponse().withStatus(201).withBody("{\"number\":3}")));

        CliRun run = sync(Map.of("GITHUB_TOKEN", TOKEN));

        assertThat(run.exitCode()).as(run.err()).isZero();
        API.verify(1, postRequestedFor(urlEqualTo(ISSUES)));
        assertThat(dir.resolve("build/tickets.json")).exists();
    }
}
