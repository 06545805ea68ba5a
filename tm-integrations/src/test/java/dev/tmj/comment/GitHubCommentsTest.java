package dev.tmj.comment;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link CommentPlatform#GITHUB} against GitHub's issue-comment endpoints served on loopback. */
class GitHubCommentsTest {
    @RegisterExtension
    static final WireMockExtension GITHUB = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final String LIST = "/repos/octo/app/issues/7/comments";
    private static final SummaryMarker MARKER = SummaryMarker.of(List.of("tm.py"));

    static Map<String, String> env(String apiUrl) {
        return Map.of("GITHUB_TOKEN", Loopback.TOKEN, "GITHUB_REPOSITORY", "octo/app",
                "GITHUB_REF", "refs/pull/7/merge", "GITHUB_API_URL", apiUrl);
    }

    private static PullRequestComments comments() {
        return CommentPlatform.GITHUB.comments(env(GITHUB.baseUrl()), Optional.empty(), OptionalLong.empty(),
                Loopback.SETTINGS);
    }

    private static String comment(long id, String body) {
        return "{\"id\":" + id + ",\"node_id\":\"IC_x\",\"html_url\":\"https://github.com/octo/app/pull/7#issuecomment-"
                + id + "\",\"body\":" + Loopback.json(body) + ",\"user\":{\"login\":\"github-actions[bot]\"}}";
    }

    @Test
    void should_create_the_comment_on_the_first_run_and_update_the_same_one_found_on_page_two_later() {
        GITHUB.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[" + comment(1, "LGTM") + "]")));
        GITHUB.stubFor(post(urlEqualTo(LIST)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(comment(501, "ignored"))));

        PostedComment first = comments().post(MARKER, "## Threat model: gate passed\n");

        assertThat(first.created()).isTrue();
        assertThat(first.url()).isEqualTo("https://github.com/octo/app/pull/7#issuecomment-501");
        List<LoggedRequest> posts = GITHUB.findAll(postRequestedFor(urlEqualTo(LIST)));
        assertThat(posts).hasSize(1);
        String posted = Loopback.bodyOf(posts.get(0));
        assertThat(posted).isEqualTo(MARKER.text() + "\n## Threat model: gate passed\n");

        // Second run: the comment posted above sits on page 2 of the list, after a page of other comments.
        GITHUB.resetAll();
        String page2 = GITHUB.baseUrl() + LIST + "?per_page=100&page=2";
        GITHUB.stubFor(get(urlPathEqualTo(LIST)).withQueryParam("page", absent())
                .willReturn(okJson("[" + comment(1, "LGTM") + "," + comment(2, "<!-- tmj:summary other.py -->\nx")
                        + "]").withHeader("Link", "<" + page2 + ">; rel=\"next\", <" + page2 + ">; rel=\"last\"")));
        GITHUB.stubFor(get(urlPathEqualTo(LIST)).withQueryParam("page", equalTo("2"))
                .willReturn(okJson("[" + comment(501, posted) + "]")
                        .withHeader("Link", "<" + GITHUB.baseUrl() + LIST + "?per_page=100&page=1>; rel=\"prev\"")));
        GITHUB.stubFor(patch(urlEqualTo("/repos/octo/app/issues/comments/501"))
                .willReturn(okJson(comment(501, "ignored"))));

        PostedComment second = comments().post(MARKER, "## Threat model: gate failed\n");

        assertThat(second.created()).isFalse();
        assertThat(second.id()).isEqualTo("501");
        GITHUB.verify(0, postRequestedFor(urlPathEqualTo(LIST)));
        GITHUB.verify(0, patchRequestedFor(urlEqualTo("/repos/octo/app/issues/comments/2")));
        GITHUB.verify(1, patchRequestedFor(urlEqualTo("/repos/octo/app/issues/comments/501"))
                .withRequestBody(matchingJsonPath("$.body", equalTo(MARKER.text() + "\n## Threat model: gate failed\n"))));
    }

    @Test
    void should_send_the_token_as_a_bearer_with_githubs_media_type_and_api_version() {
        GITHUB.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")));
        GITHUB.stubFor(post(urlEqualTo(LIST)).willReturn(aResponse().withStatus(201).withBody(comment(9, "x"))));

        comments().post(MARKER, "summary");

        for (var pattern : List.of(getRequestedFor(urlPathEqualTo(LIST)), postRequestedFor(urlEqualTo(LIST)))) {
            GITHUB.verify(1, pattern.withHeader("Authorization", equalTo("Bearer " + Loopback.TOKEN))
                    .withHeader("Accept", equalTo("application/vnd.github+json"))
                    .withHeader("X-GitHub-Api-Version", equalTo("2022-11-28")));
        }
        GITHUB.verify(getRequestedFor(urlEqualTo(LIST + "?per_page=100")));
    }

    @Test
    void should_leave_the_comment_of_another_model_alone_and_create_its_own() {
        GITHUB.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[" + comment(3,
                SummaryMarker.of(List.of("other.py")).text() + "\nold") + "," + comment(4, "mentions " + MARKER.text())
                + "]")));
        GITHUB.stubFor(post(urlEqualTo(LIST)).willReturn(aResponse().withStatus(201).withBody(comment(5, "x"))));

        PostedComment posted = comments().post(MARKER, "summary");

        assertThat(posted.created()).isTrue();
        assertThat(GITHUB.findAll(patchRequestedFor(urlPathEqualTo("/repos/octo/app/issues/comments/3")))).isEmpty();
        assertThat(GITHUB.findAll(patchRequestedFor(urlPathEqualTo("/repos/octo/app/issues/comments/4")))).isEmpty();
    }

    @Test
    void should_cut_a_summary_longer_than_githubs_limit_with_a_note() {
        GITHUB.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")));
        GITHUB.stubFor(post(urlEqualTo(LIST)).willReturn(aResponse().withStatus(201).withBody(comment(6, "x"))));
        String row = "| TMJ-001 | Very High | web | open |\n";

        comments().post(MARKER, row.repeat(70_000 / row.length() + 1));

        String posted = Loopback.bodyOf(GITHUB.findAll(postRequestedFor(urlEqualTo(LIST))).get(0));
        assertThat(posted.length()).isLessThanOrEqualTo(GitHubComments.MAX_BODY);
        assertThat(posted).startsWith(MARKER.text() + "\n" + row).contains("**Cut here:**");
        assertThat(posted.substring(0, posted.indexOf("\n\n> **Cut here:**"))).endsWith("| open |");
    }
}
