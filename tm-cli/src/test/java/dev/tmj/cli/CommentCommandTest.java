package dev.tmj.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.check.CheckRenderers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code tmj comment}: the check's verdict and exit code, and its summary posted to a pull request (merge request)
 * served by WireMock on loopback; bad input exits 2 before any request, a failed post exits 3 with the verdict
 * unchanged, and the token is never printed.
 */
class CommentCommandTest {
    @RegisterExtension
    static final WireMockExtension API = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final String TOKEN = "ghp_SeCrEt0TOKEN0that0must0never0be0printed";
    private static final String LIST = "/repos/octo/app/issues/7/comments";
    private static final String NOTES = "/api/v4/projects/42/merge_requests/3/notes";
    private static final String MARKER = "<!-- tmj:summary models/tm.yaml -->";
    private static final String VERDICT = "tmj: gate failed: 1 open finding at or above high (1 model, 2 findings, "
            + "2 open)";

    @TempDir
    Path dir;
    private CheckProject project;
    private Path model;

    @BeforeEach
    void setUp() throws IOException {
        project = new CheckProject(dir);
        model = project.model("models/tm.yaml", "- type: Server\n  name: Web");
    }

    private Map<String, String> github() {
        Map<String, String> env = new HashMap<>();
        env.put("GITHUB_TOKEN", TOKEN);
        env.put("GITHUB_REPOSITORY", "octo/app");
        env.put("GITHUB_REF", "refs/pull/7/merge");
        env.put("GITHUB_API_URL", API.baseUrl());
        return env;
    }

    private CliRun comment(Map<String, String> env, String... args) {
        List<String> all = new ArrayList<>(List.of("comment", "--threats", project.threats.toString()));
        all.addAll(List.of(args));
        all.add(model.toString());
        CliRun run = CliRun.in(env, dir, CheckRenderers.available(), all.toArray(String[]::new));
        assertThat(run.out() + run.err()).doesNotContain(TOKEN);
        return run;
    }

    private static String githubComment(long id, String body) {
        return "{\"id\":" + id + ",\"html_url\":\"https://github.com/octo/app/pull/7#issuecomment-" + id
                + "\",\"body\":" + json(body) + "}";
    }

    private static String json(String text) {
        try {
            return new ObjectMapper().writeValueAsString(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String bodyOf(LoggedRequest request) throws IOException {
        return new ObjectMapper().readTree(request.getBodyAsString()).get("body").asText();
    }

    @Test
    void should_create_the_comment_then_update_it_and_exit_with_the_gates_code() throws IOException {
        API.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")));
        API.stubFor(post(urlEqualTo(LIST)).willReturn(aResponse().withStatus(201).withBody(githubComment(501, "x"))));

        Path summary = dir.resolve("summary.md");
        CliRun first = comment(github(), "--github", "--summary", summary.toString());

        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.errLines()).containsExactly("tmj: TH high \"Web\" open models/tm.yaml:4", VERDICT,
                "tmj: wrote " + summary, "tmj: created comment https://github.com/octo/app/pull/7#issuecomment-501");
        String posted = bodyOf(API.findAll(postRequestedFor(urlEqualTo(LIST))).get(0));
        assertThat(posted).isEqualTo(MARKER + "\n" + Files.readString(summary));
        assertThat(posted).startsWith(MARKER + "\n## Threat model check: failed\n")
                .contains("**Gate failed:** 1 open finding of severity high or above fails the gate.")
                .contains("| models/tm.yaml:4 | TH | High | medium | Server 'Web' | High on servers | **open, fails the gate** |");

        API.resetAll();
        String page2 = API.baseUrl() + LIST + "?per_page=100&page=2";
        API.stubFor(get(urlPathEqualTo(LIST)).withQueryParam("page", absent()).willReturn(okJson("["
                + githubComment(1, "Nice") + "]").withHeader("Link", "<" + page2 + ">; rel=\"next\"")));
        API.stubFor(get(urlPathEqualTo(LIST)).withQueryParam("page", equalTo("2"))
                .willReturn(okJson("[" + githubComment(501, posted) + "]")));
        API.stubFor(patch(urlEqualTo("/repos/octo/app/issues/comments/501")).willReturn(okJson(githubComment(501, "x"))));

        CliRun second = comment(github(), "--github", "--fail-on", "none");

        assertThat(second.exitCode()).isZero();
        assertThat(second.errLines()).containsExactly(
                "tmj: gate passed: --fail-on none (1 model, 2 findings, 2 open)",
                "tmj: updated comment https://github.com/octo/app/pull/7#issuecomment-501");
        API.verify(0, postRequestedFor(urlPathEqualTo(LIST)));
        String updated = bodyOf(API.findAll(patchRequestedFor(urlEqualTo("/repos/octo/app/issues/comments/501")))
                .get(0));
        assertThat(updated).startsWith(MARKER + "\n## Threat model check: passed\n")
                .contains("**Gate passed:** the gate is off (fail on none).");
    }

    @Test
    void should_post_a_note_to_the_gitlab_merge_request() throws IOException {
        Map<String, String> env = Map.of("GITLAB_TOKEN", TOKEN, "CI_API_V4_URL", API.baseUrl() + "/api/v4",
                "CI_PROJECT_ID", "42", "CI_MERGE_REQUEST_IID", "3", "CI_PROJECT_URL", "https://gitlab.example/g/app");
        API.stubFor(get(urlPathEqualTo(NOTES)).willReturn(okJson("[{\"id\":9,\"body\":" + json(MARKER + "\nold")
                + ",\"system\":false}]")));
        API.stubFor(put(urlEqualTo(NOTES + "/9")).willReturn(okJson("{\"id\":9,\"body\":\"x\"}")));

        CliRun run = comment(env, "--gitlab");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).endsWith(VERDICT,
                "tmj: updated comment https://gitlab.example/g/app/-/merge_requests/3#note_9");
        assertThat(bodyOf(API.findAll(putRequestedFor(urlEqualTo(NOTES + "/9"))).get(0))).startsWith(MARKER + "\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "401|{\"message\":\"Bad credentials\"}|GitHub refused the token in GITHUB_TOKEN (401 Unauthorized at GET " + LIST + "): it is invalid or expired: Bad credentials",
        "403|{\"message\":\"Resource not accessible by integration\"}|GitHub denied GET " + LIST + " (403 Forbidden): the token in GITHUB_TOKEN lacks permission; it needs pull-requests: write",
        "404|{\"message\":\"Not Found\"}|GitHub found no pull request #7 of octo/app (404 Not Found at GET " + LIST + ")",
        "422|{\"message\":\"Validation Failed\"}|GitHub rejected GET " + LIST + " (422): Validation Failed",
        "500|<html>oops</html>|GitHub failed at GET " + LIST + " (500 server error, also on 2 retries)"})
    void should_exit_3_with_the_verdict_unchanged_when_github_refuses(int status, String body, String message) {
        API.stubFor(get(urlPathEqualTo(LIST)).willReturn(aResponse().withStatus(status).withBody(body)));

        CliRun run = comment(github(), "--github");

        assertThat(run.exitCode()).isEqualTo(3);
        String[] lines = run.errLines();
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).isEqualTo(VERDICT);
        assertThat(lines[2]).startsWith("tmj: could not comment on pull request #7 of octo/app: " + message);
        API.verify(0, postRequestedFor(urlPathEqualTo(LIST)));
    }

    @Test
    void should_keep_the_token_out_of_the_debug_trace_and_stack_trace() {
        API.stubFor(get(urlPathEqualTo(LIST)).willReturn(aResponse().withStatus(401)
                .withBody("{\"message\":\"Bad credentials " + TOKEN + "\"}")));

        CliRun run = comment(github(), "--github", "--debug");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("tmj: debug: GET " + API.baseUrl() + LIST + "?per_page=100 -> 401")
                .contains("dev.tmj.http.ApiException").contains("Bad credentials [GITHUB_TOKEN]");
    }

    @Test
    void should_exit_2_before_any_request_without_a_token() {
        Map<String, String> env = github();
        env.remove("GITHUB_TOKEN");

        CliRun run = comment(env, "--github");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("tmj: the environment variable GITHUB_TOKEN is not set: it must "
                + "hold the API token (tmj reads tokens only from the environment)");
        assertThat(API.getAllServeEvents()).isEmpty();
    }

    @Test
    void should_exit_2_before_any_request_outside_a_pull_request() {
        Map<String, String> env = github();
        env.put("GITHUB_REF", "refs/heads/main");

        CliRun run = comment(env, "--github");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("tmj: no pull request to comment on");
        assertThat(API.getAllServeEvents()).isEmpty();
    }

    @Test
    void should_exit_2_for_no_service_or_both() {
        CliRun neither = CliRun.in(github(), dir, CheckRenderers.available(), "comment", model.toString());
        CliRun both = comment(github(), "--github", "--gitlab");

        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("Error: Missing required argument");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
        assertThat(API.getAllServeEvents()).isEmpty();
    }

    @Test
    void should_exit_2_for_an_api_url_that_would_send_the_token_unencrypted() {
        CliRun run = comment(github(), "--github", "--api-url", "http://api.example.com");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("tmj: --api-url must use https: the token would travel "
                + "unencrypted to api.example.com (plain http is accepted for a loopback address only)");
    }

    @Test
    void should_exit_2_for_a_timeout_below_one_second() {
        CliRun run = comment(github(), "--github", "--timeout", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--connect-timeout and --timeout must be 1 second or more");
        assertThat(API.getAllServeEvents()).isEmpty();
    }
}
