package dev.tmj.ticket;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.tmj.http.ApiException;
import dev.tmj.http.ApiSetupException;
import dev.tmj.http.HttpSettings;
import dev.tmj.threat.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every way a tracker fails: one line that names the request (and, for a step, the finding) and the service's own
 * text, never the token, not even in a stack trace; 429 and 5xx retried a bounded number of times, pausing as
 * {@code Retry-After} says within the total wait allowed (the pauses are recorded, not waited).
 */
class TicketErrorsTest {
    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final String ISSUES = GitHubDouble.ISSUES;
    private final List<Duration> pauses = new ArrayList<>();
    private final List<String> trace = new ArrayList<>();

    private HttpSettings settings() {
        return TrackerDouble.settings(pauses).withTrace(trace::add);
    }

    private TicketTracker github(HttpSettings settings) {
        return new GitHubDouble(SERVER).tracker(new GitHubDouble(SERVER).env(), settings);
    }

    private static ApiException checked(ApiException e) {
        assertThat(e).as("the request failed").isNotNull();
        StringWriter stack = new StringWriter();
        e.printStackTrace(new PrintWriter(stack));
        assertThat(stack.toString()).doesNotContain(TrackerDouble.TOKEN);
        assertThat(e.getMessage()).doesNotContain("\n");
        return e;
    }

    private ApiException listFails(int status, String body) {
        SERVER.stubFor(get(urlPathEqualTo(ISSUES)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
        TicketTracker tracker = github(settings());
        return checked(catchThrowableOfType(ApiException.class, tracker::tickets));
    }

    @Test
    void should_say_the_token_was_refused_on_401() {
        ApiException e = listFails(401, "{\"message\":\"Bad credentials\"}");

        assertThat(e.getMessage()).isEqualTo("GitHub refused the token in GITHUB_TOKEN (401 Unauthorized at GET "
                + ISSUES + "): it is invalid or expired: Bad credentials");
    }

    @Test
    void should_name_the_permission_on_403() {
        ApiException e = listFails(403, "{\"message\":\"Resource not accessible by integration\"}");

        assertThat(e.getMessage()).isEqualTo("GitHub denied GET " + ISSUES + " (403 Forbidden): the token in "
                + "GITHUB_TOKEN lacks permission; it needs issues: write on the repository: Resource not accessible "
                + "by integration");
    }

    @Test
    void should_say_what_was_not_found_on_404() {
        ApiException e = listFails(404, "{\"message\":\"Not Found\"}");

        assertThat(e.getMessage()).isEqualTo("GitHub found no issues labelled threat-model of octo/app (404 Not "
                + "Found at GET " + ISSUES + "): check the project and number, and that the token in GITHUB_TOKEN "
                + "can see it: Not Found");
    }

    @Test
    void should_name_the_finding_and_the_services_text_when_a_create_is_rejected_with_400_or_422() {
        for (int status : new int[] {400, 422}) {
            SERVER.resetAll();
            SERVER.stubFor(get(urlPathEqualTo(ISSUES)).willReturn(okJson("[]")));
            SERVER.stubFor(post(urlEqualTo(ISSUES)).willReturn(aResponse().withStatus(status).withBody(
                    "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"Issue\",\"code\":\"invalid\","
                            + "\"message\":\"label threat-model is not allowed\"}]}")));
            TicketTracker tracker = github(settings());

            TicketSync.Outcome outcome = new TicketSync(tracker, line -> { }).run(new TicketPlanner(Severity.HIGH)
                    .plan(Shop.model().check(), tracker.tickets()));

            assertThat(outcome.failure().orElseThrow()).isEqualTo("could not create the ticket for T01 on Web server ["
                    + Shop.fingerprint("T01") + "] in GitHub octo/app: GitHub rejected POST " + ISSUES + " ("
                    + status + "): Validation Failed; label threat-model is not allowed");
            SERVER.verify(1, postRequestedFor(urlEqualTo(ISSUES)));
        }
    }

    @Test
    void should_explain_jiras_410_for_the_removed_search_endpoint_with_jiras_own_text() {
        SERVER.stubFor(get(urlPathEqualTo("/rest/api/2/search")).willReturn(aResponse().withStatus(410)
                .withHeader("Content-Type", "application/json").withBody("{\"errorMessages\":[\"The requested API "
                        + "has been removed. Please migrate to the /rest/api/3/search/jql API.\"],\"errors\":{}}")));
        TicketTracker jira = new JiraDouble(SERVER, JiraDeployment.DATACENTER).tracker(
                Map.of("JIRA_PAT", TrackerDouble.TOKEN), settings());

        ApiException e = checked(catchThrowableOfType(ApiException.class, jira::tickets));

        assertThat(e.status()).isEqualTo(410);
        assertThat(e.getMessage()).isEqualTo("Jira has removed GET /rest/api/2/search (410 Gone): this API is no "
                + "longer served, check the deployment setting: The requested API has been removed. Please migrate "
                + "to the /rest/api/3/search/jql API.");
    }

    @Test
    void should_wait_as_retry_after_says_in_seconds_then_succeed() {
        SERVER.stubFor(get(urlPathEqualTo(ISSUES)).inScenario("limit").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")).willSetStateTo("ok"));
        SERVER.stubFor(get(urlPathEqualTo(ISSUES)).inScenario("limit").whenScenarioStateIs("ok")
                .willReturn(okJson("[]")));

        assertThat(github(settings()).tickets()).isEmpty();

        assertThat(pauses).containsExactly(Duration.ofSeconds(7));
        SERVER.verify(2, getRequestedFor(urlPathEqualTo(ISSUES)));
    }

    @Test
    void should_wait_until_the_http_date_of_retry_after_and_repeat_a_post_refused_with_429() {
        Instant now = Instant.parse("2026-12-05T00:00:00Z");
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(12).atOffset(ZoneOffset.UTC));
        SERVER.stubFor(get(urlPathEqualTo(ISSUES)).willReturn(okJson("[]")));
        SERVER.stubFor(post(urlEqualTo(ISSUES)).inScenario("limit").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", date)).willSetStateTo("ok"));
        SERVER.stubFor(post(urlEqualTo(ISSUES)).inScenario("limit").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(201).withBody(new GitHubDouble(SERVER).createdAnswer(1))));
        TicketTracker tracker = github(settings().withSleeper(pauses::add, Clock.fixed(now, ZoneOffset.UTC)));

        TicketPlan plan = new TicketPlanner(Severity.VERY_HIGH).plan(Shop.model().check(), tracker.tickets());
        TicketSync.Outcome outcome = new TicketSync(tracker, line -> { }).run(plan);

        assertThat(outcome.succeeded()).isTrue();
        assertThat(pauses).containsExactly(Duration.ofSeconds(12));
        SERVER.verify(2, postRequestedFor(urlEqualTo(ISSUES)));
    }

    @Test
    void should_fail_at_once_when_retry_after_asks_for_longer_than_the_wait_allowed() {
        ApiException e = listFails(429, "{\"message\":\"API rate limit exceeded\"}");
        assertThat(e.getMessage()).contains("429 Too Many Requests");
        SERVER.resetAll();
        pauses.clear();
        SERVER.stubFor(get(urlPathEqualTo(ISSUES)).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "3600").withBody("{\"message\":\"API rate limit exceeded\"}")));

        ApiException late = checked(catchThrowableOfType(ApiException.class, github(settings())::tickets));

        assertThat(late.getMessage()).isEqualTo("GitHub rate-limited GET " + ISSUES + " (429 Too Many Requests), "
                + "retry after 3600 s: API rate limit exceeded");
        assertThat(pauses).isEmpty();
        SERVER.verify(1, getRequestedFor(urlPathEqualTo(ISSUES)));
    }

    @Test
    void should_retry_a_read_after_server_errors_a_bounded_number_of_times_with_doubling_pauses() {
        ApiException e = listFails(502, "{\"message\":\"Bad Gateway\"}");

        assertThat(e.getMessage()).isEqualTo("GitHub failed at GET " + ISSUES + " (502 server error, also on 2 "
                + "retries): Bad Gateway");
        assertThat(pauses).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
        SERVER.verify(3, getRequestedFor(urlPathEqualTo(ISSUES)));
    }

    @Test
    @Timeout(60)
    void should_give_up_on_an_answer_that_does_not_come_within_the_timeout() {
        SERVER.stubFor(get(urlPathEqualTo(ISSUES)).willReturn(okJson("[]").withFixedDelay(3_000)));
        TicketTracker tracker = github(settings().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(1))
                .withAttempts(1, Duration.ZERO));

        ApiException e = checked(catchThrowableOfType(ApiException.class, tracker::tickets));

        assertThat(e.status()).isZero();
        assertThat(e.getMessage()).isEqualTo("could not reach GitHub at " + SERVER.baseUrl() + " for GET " + ISSUES
                + ": no answer within 1 s");
    }

    @Test
    void should_remove_the_token_and_basic_credentials_from_what_jira_echoes() {
        String basic = java.util.Base64.getEncoder().encodeToString((TrackerDouble.EMAIL + ":" + TrackerDouble.TOKEN)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SERVER.stubFor(get(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(aResponse().withStatus(401)
                .withBody("{\"errorMessages\":[\"bad token " + TrackerDouble.TOKEN + " in Basic " + basic + "\"]}")));
        TicketTracker jira = new JiraDouble(SERVER, JiraDeployment.CLOUD).tracker(
                Map.of("JIRA_EMAIL", TrackerDouble.EMAIL, "JIRA_API_TOKEN", TrackerDouble.TOKEN), settings());

        ApiException e = checked(catchThrowableOfType(ApiException.class, jira::tickets));

        assertThat(e.getMessage()).endsWith("bad token [JIRA_API_TOKEN] in Basic [JIRA_API_TOKEN]")
                .doesNotContain(basic);
        assertThat(String.join("\n", trace)).doesNotContain(TrackerDouble.TOKEN).doesNotContain(basic);
        SERVER.verify(getRequestedFor(urlPathEqualTo("/rest/api/3/search/jql"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Basic " + basic)));
    }

    @Test
    void should_refuse_bad_settings_before_any_request_without_naming_a_token() {
        Map<String, String> env = new HashMap<>(Map.of("GITHUB_TOKEN", TrackerDouble.TOKEN));
        assertThat(catchThrowableOfType(ApiSetupException.class, () -> TicketTrackers.github(env,
                Optional.of("not a repo"), Optional.of(SERVER.baseUrl()), settings())).getMessage())
                .isEqualTo("--github-repo must be owner/name, not 'not a repo'");
        assertThat(catchThrowableOfType(ApiSetupException.class, () -> TicketTrackers.github(env,
                Optional.of("octo/app"), Optional.of("http://tracker.example"), settings())).getMessage())
                .startsWith("--github-api must use https");
        assertThat(catchThrowableOfType(ApiSetupException.class, () -> TicketTrackers.jira(Map.of("JIRA_EMAIL",
                TrackerDouble.EMAIL), Optional.of("https://x.atlassian.net"), Optional.of("SEC"), "Task", "Done",
                Optional.empty(), settings())).getMessage())
                .startsWith("the environment variable JIRA_API_TOKEN is not set");
        assertThat(catchThrowableOfType(ApiSetupException.class, () -> TicketTrackers.gitlab(Map.of(),
                Optional.of("https://gitlab.example"), Optional.of("group/app"), settings())).getMessage())
                .startsWith("the environment variable GITLAB_TOKEN is not set");
        assertThat(catchThrowableOfType(ApiSetupException.class, () -> TicketTrackers.jira(Map.of("JIRA_PAT",
                TrackerDouble.TOKEN), Optional.of("https://jira.example"), Optional.of("sec lower"), "Task", "Done",
                Optional.empty(), settings())).getMessage()).startsWith("--jira-project must be a Jira project key");
        assertThat(SERVER.getAllServeEvents()).isEmpty();
    }
}
