package dev.tmj.comment;

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

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.tmj.http.ApiException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every way a post fails gives one {@link ApiException} that says what to check and never holds the token, not
 * even in its stack trace ({@code --debug}).
 */
class CommentErrorsTest {
    @RegisterExtension
    static final WireMockExtension GITHUB = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final String LIST = "/repos/octo/app/issues/7/comments";
    private static final SummaryMarker MARKER = SummaryMarker.of(List.of("tm.py"));

    private static ApiException postFails(String apiUrl) {
        PullRequestComments comments = CommentPlatform.GITHUB.comments(GitHubCommentsTest.env(apiUrl),
                Optional.empty(), OptionalLong.empty(), Loopback.SETTINGS);
        ApiException e = catchThrowableOfType(ApiException.class, () -> comments.post(MARKER, "summary"));
        assertThat(e).as("the post failed").isNotNull();
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(Loopback.TOKEN);
        assertThat(e.getMessage()).doesNotContain("\n");
        return e;
    }

    private static ApiException listAnswers(int status, String body) {
        GITHUB.stubFor(get(urlPathEqualTo(LIST)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
        return postFails(GITHUB.baseUrl());
    }

    @Test
    void should_say_the_token_was_refused_on_401() {
        ApiException e = listAnswers(401, "{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs\"}");

        assertThat(e.status()).isEqualTo(401);
        assertThat(e.getMessage()).isEqualTo("GitHub refused the token in GITHUB_TOKEN (401 Unauthorized at GET "
                + LIST + "): it is invalid or expired: Bad credentials");
    }

    @Test
    void should_name_the_permission_and_the_fork_limitation_on_403() {
        ApiException e = listAnswers(403, "{\"message\":\"Resource not accessible by integration\"}");

        assertThat(e.getMessage()).startsWith("GitHub denied GET " + LIST + " (403 Forbidden): the token in "
                + "GITHUB_TOKEN lacks permission; it needs pull-requests: write")
                .contains("a pull request from a fork gets a read-only GITHUB_TOKEN")
                .endsWith(": Resource not accessible by integration");
    }

    @Test
    void should_say_which_pull_request_was_not_found_on_404() {
        ApiException e = listAnswers(404, "{\"message\":\"Not Found\"}");

        assertThat(e.status()).isEqualTo(404);
        assertThat(e.getMessage()).startsWith("GitHub found no pull request #7 of octo/app (404 Not Found at GET "
                + LIST + ")");
    }

    @Test
    void should_give_githubs_validation_message_shortened_on_422() {
        GITHUB.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")));
        GITHUB.stubFor(post(urlEqualTo(LIST)).willReturn(aResponse().withStatus(422).withBody(
                "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"IssueComment\",\"code\":\"custom\","
                        + "\"field\":\"body\",\"message\":\"Body is too long (maximum is 65536 characters)\\n"
                        + "x".repeat(500) + "\"}],\"documentation_url\":\"https://docs\"}")));

        ApiException e = postFails(GITHUB.baseUrl());

        assertThat(e.status()).isEqualTo(422);
        assertThat(e.getMessage()).startsWith("GitHub rejected POST " + LIST + " (422): Validation Failed; Body is "
                + "too long (maximum is 65536 characters) xxx").endsWith("…");
        assertThat(e.getMessage().length()).isLessThan(300);
    }

    @Test
    void should_retry_a_read_once_after_a_server_error_then_fail() {
        ApiException e = listAnswers(500, "{\"message\":\"Server Error\"}");

        assertThat(e.getMessage()).isEqualTo("GitHub failed at GET " + LIST + " (500 server error, also on the "
                + "retry): Server Error");
        GITHUB.verify(2, getRequestedFor(urlPathEqualTo(LIST)));
    }

    @Test
    void should_never_repeat_a_post_after_a_server_error() {
        GITHUB.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")));
        GITHUB.stubFor(post(urlEqualTo(LIST)).willReturn(aResponse().withStatus(502)));

        ApiException e = postFails(GITHUB.baseUrl());

        assertThat(e.getMessage()).isEqualTo("GitHub failed at POST " + LIST + " (502 server error)");
        GITHUB.verify(1, postRequestedFor(urlEqualTo(LIST)));
    }

    @Test
    void should_succeed_when_the_retry_of_a_read_succeeds() {
        GITHUB.stubFor(get(urlPathEqualTo(LIST)).inScenario("flaky").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        GITHUB.stubFor(get(urlPathEqualTo(LIST)).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(okJson("[]")));
        GITHUB.stubFor(post(urlEqualTo(LIST)).willReturn(aResponse().withStatus(201)
                .withBody("{\"id\":8,\"html_url\":\"https://github.com/octo/app/pull/7#issuecomment-8\"}")));

        PostedComment posted = CommentPlatform.GITHUB.comments(GitHubCommentsTest.env(GITHUB.baseUrl()),
                Optional.empty(), OptionalLong.empty(), Loopback.SETTINGS).post(MARKER, "summary");

        assertThat(posted.created()).isTrue();
        GITHUB.verify(2, getRequestedFor(urlPathEqualTo(LIST)));
    }

    @Test
    void should_say_the_service_could_not_be_reached_when_nothing_listens() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        ApiException e = postFails("http://127.0.0.1:" + port);

        assertThat(e.status()).isZero();
        assertThat(e.getMessage()).isEqualTo("could not reach GitHub at http://127.0.0.1:" + port + " for GET "
                + LIST + ": connection refused (also on the retry)");
    }

    @Test
    void should_say_the_connection_broke_when_the_server_drops_it() {
        GITHUB.stubFor(get(urlPathEqualTo(LIST)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        ApiException e = postFails(GITHUB.baseUrl());

        assertThat(e.getMessage()).startsWith("could not reach GitHub at " + GITHUB.baseUrl() + " for GET " + LIST
                + ": ").endsWith("(also on the retry)");
    }

    @Test
    void should_remove_the_token_from_what_the_service_says() {
        ApiException e = listAnswers(422, "{\"message\":\"token " + Loopback.TOKEN + " is not valid here\"}");

        assertThat(e.getMessage()).endsWith("token [GITHUB_TOKEN] is not valid here");
    }

    @Test
    void should_refuse_to_follow_a_next_page_link_to_another_host() {
        GITHUB.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")
                .withHeader("Link", "<https://attacker.example/steal?page=2>; rel=\"next\"")));

        ApiException e = postFails(GITHUB.baseUrl());

        assertThat(e.getMessage()).contains("links its next page to another origin (https://attacker.example")
                .contains("tmj sends its token only to localhost:");
        GITHUB.verify(0, postRequestedFor(urlEqualTo(LIST)));
    }

    @Test
    void should_stop_when_the_next_page_link_points_back_to_a_page_already_read() {
        GITHUB.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")
                .withHeader("Link", "<" + GITHUB.baseUrl() + LIST + "?per_page=100>; rel=\"next\"")));

        ApiException e = postFails(GITHUB.baseUrl());

        assertThat(e.getMessage()).contains("links back to a page already read");
        GITHUB.verify(1, getRequestedFor(urlPathEqualTo(LIST)));
    }

    @Test
    void should_not_follow_a_redirect_with_the_token() {
        GITHUB.stubFor(get(urlPathEqualTo(LIST)).willReturn(aResponse().withStatus(301)
                .withHeader("Location", "https://elsewhere.example/comments")));

        ApiException e = postFails(GITHUB.baseUrl());

        assertThat(e.getMessage()).isEqualTo("GitHub redirected GET " + LIST + " (301) to "
                + "https://elsewhere.example/comments: tmj does not follow redirects with a token; check the API URL");
    }
}
