package dev.tmj.comment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.tmj.http.ApiException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link CommentPlatform#GITLAB} against GitLab's merge request notes endpoints served on loopback. */
class GitLabNotesTest {
    @RegisterExtension
    static final WireMockExtension GITLAB = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final String NOTES = "/api/v4/projects/42/merge_requests/3/notes";
    private static final SummaryMarker MARKER = SummaryMarker.of(List.of("models/shop.yaml", "tm.py"));

    private static PullRequestComments notes() {
        Map<String, String> env = Map.of("GITLAB_TOKEN", Loopback.TOKEN, "CI_API_V4_URL", GITLAB.baseUrl() + "/api/v4",
                "CI_PROJECT_ID", "42", "CI_MERGE_REQUEST_IID", "3", "CI_PROJECT_URL", "https://gitlab.example/g/shop");
        return CommentPlatform.GITLAB.comments(env, Optional.empty(), OptionalLong.empty(), Loopback.SETTINGS);
    }

    private static String note(long id, String body, boolean system) {
        return "{\"id\":" + id + ",\"type\":null,\"body\":" + Loopback.json(body) + ",\"system\":" + system
                + ",\"noteable_iid\":3,\"author\":{\"username\":\"project_42_bot\"}}";
    }

    @Test
    void should_create_the_note_on_the_first_run_and_put_the_same_one_found_on_page_two_later() {
        GITLAB.stubFor(get(urlPathEqualTo(NOTES)).willReturn(okJson("[" + note(1, "added 1 commit", true) + "]")
                .withHeader("X-Next-Page", "")));
        GITLAB.stubFor(post(urlEqualTo(NOTES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(note(77, "ignored", false))));

        PostedComment first = notes().post(MARKER, "## Threat model: gate passed\n");

        assertThat(first.created()).isTrue();
        assertThat(first.url()).isEqualTo("https://gitlab.example/g/shop/-/merge_requests/3#note_77");
        String posted = Loopback.bodyOf(GITLAB.findAll(postRequestedFor(urlEqualTo(NOTES))).get(0));
        assertThat(posted).isEqualTo("<!-- tmj:summary models/shop.yaml tm.py -->\n## Threat model: gate passed\n");

        GITLAB.resetAll();
        GITLAB.stubFor(get(urlPathEqualTo(NOTES)).withQueryParam("page", absent())
                .willReturn(okJson("[" + note(1, "added 1 commit", true) + "," + note(2, "Looks fine", false) + "]")
                        .withHeader("X-Next-Page", "2").withHeader("X-Page", "1")));
        GITLAB.stubFor(get(urlPathEqualTo(NOTES)).withQueryParam("page", equalTo("2"))
                .willReturn(okJson("[" + note(77, posted, false) + "]").withHeader("X-Next-Page", "")));
        GITLAB.stubFor(put(urlEqualTo(NOTES + "/77")).willReturn(okJson(note(77, "ignored", false))));

        PostedComment second = notes().post(MARKER, "## Threat model: gate failed\n");

        assertThat(second.created()).isFalse();
        assertThat(second.url()).isEqualTo("https://gitlab.example/g/shop/-/merge_requests/3#note_77");
        GITLAB.verify(getRequestedFor(urlEqualTo(NOTES + "?sort=asc&order_by=created_at&per_page=100&page=2")));
        GITLAB.verify(0, postRequestedFor(urlPathEqualTo(NOTES)));
        GITLAB.verify(1, putRequestedFor(urlEqualTo(NOTES + "/77"))
                .withHeader("PRIVATE-TOKEN", equalTo(Loopback.TOKEN))
                .withRequestBody(matchingJsonPath("$.body", equalTo(MARKER.text() + "\n## Threat model: gate failed\n"))));
    }

    @Test
    void should_send_the_token_in_the_private_token_header_only() {
        GITLAB.stubFor(get(urlPathEqualTo(NOTES)).willReturn(okJson("[]")));
        GITLAB.stubFor(post(urlEqualTo(NOTES)).willReturn(aResponse().withStatus(201).withBody(note(5, "x", false))));

        notes().post(MARKER, "summary");

        GITLAB.verify(1, getRequestedFor(urlPathEqualTo(NOTES)).withHeader("PRIVATE-TOKEN", equalTo(Loopback.TOKEN))
                .withoutHeader("Authorization"));
        GITLAB.verify(1, postRequestedFor(urlEqualTo(NOTES)).withHeader("PRIVATE-TOKEN", equalTo(Loopback.TOKEN))
                .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8")));
    }

    @Test
    void should_not_take_a_system_note_that_quotes_the_marker_for_tmjs() {
        GITLAB.stubFor(get(urlPathEqualTo(NOTES)).willReturn(okJson("[" + note(9, MARKER.text() + "\nx", true) + "]")));
        GITLAB.stubFor(post(urlEqualTo(NOTES)).willReturn(aResponse().withStatus(201).withBody(note(10, "x", false))));

        assertThat(notes().post(MARKER, "summary").created()).isTrue();
    }

    @Test
    void should_name_the_merge_request_on_404_and_the_scope_on_403() {
        GITLAB.stubFor(get(urlPathEqualTo(NOTES)).willReturn(aResponse().withStatus(404)
                .withBody("{\"message\":\"404 Not found\"}")));
        ApiException notFound = catchThrowableOfType(ApiException.class, () -> notes().post(MARKER, "summary"));
        assertThat(notFound.getMessage()).startsWith("GitLab found no merge request !3 of project 42 (404 Not Found");

        GITLAB.stubFor(get(urlPathEqualTo(NOTES)).willReturn(aResponse().withStatus(403)
                .withBody("{\"message\":\"403 Forbidden\"}")));
        ApiException forbidden = catchThrowableOfType(ApiException.class, () -> notes().post(MARKER, "summary"));
        assertThat(forbidden.getMessage()).contains("lacks permission; it needs the api scope")
                .doesNotContain(Loopback.TOKEN);
    }

    @Test
    void should_read_gitlabs_field_errors_on_400() {
        GITLAB.stubFor(get(urlPathEqualTo(NOTES)).willReturn(okJson("[]")));
        GITLAB.stubFor(post(urlEqualTo(NOTES)).willReturn(aResponse().withStatus(400)
                .withBody("{\"message\":{\"note\":[\"is too long (maximum is 1000000 characters)\"]}}")));

        ApiException e = catchThrowableOfType(ApiException.class, () -> notes().post(MARKER, "summary"));

        assertThat(e.getMessage()).isEqualTo("GitLab rejected POST " + NOTES + " (400): note is too long "
                + "(maximum is 1000000 characters)");
    }
}
