package dev.tmj.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.tmj.http.ApiException;
import dev.tmj.threat.Severity;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Teams Workflows webhook, against a loopback server: an Adaptive Card in the {@code message}/{@code attachments}
 * wrapper, cards under Teams' size limit, names escaped for the card's Markdown, 202 taken as success, the
 * signature in the URL's query never shown.
 */
class TeamsChannelTest {
    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private final List<Duration> pauses = new ArrayList<>();
    private final List<String> trace = new ArrayList<>();

    private TeamsChannel teams() {
        return TeamsChannel.fromEnvironment(Hooks.env(SERVER), "TEAMS_WEBHOOK_URL", Hooks.settings(pauses, trace));
    }

    @AfterEach
    void noSecretAnywhere() {
        assertThat(String.join("\n", trace)).doesNotContain(Hooks.TEAMS_SIG).doesNotContain("0a1b2c");
    }

    @Test
    void should_post_an_adaptive_card_in_the_attachments_wrapper() {
        SERVER.stubFor(post(urlPathEqualTo(Hooks.TEAMS_PATH)).willReturn(aResponse().withStatus(202)));
        TeamsChannel teams = teams();
        List<AlertChannel.Message> messages = teams.messages(Hooks.digest(Hooks.alerts(2)));

        teams.send(messages.get(0));

        List<LoggedRequest> requests = SERVER.findAll(postRequestedFor(urlPathEqualTo(Hooks.TEAMS_PATH)));
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).queryParameter("sig").firstValue()).isEqualTo(Hooks.TEAMS_SIG);
        assertThat(requests.get(0).getHeader("Content-Type")).startsWith("application/json");
        JsonNode payload = Hooks.tree(requests.get(0).getBodyAsString());
        assertThat(payload.get("type").asText()).isEqualTo("message");
        assertThat(payload.get("attachments")).hasSize(1);
        JsonNode attachment = payload.get("attachments").get(0);
        assertThat(attachment.get("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        JsonNode card = attachment.get("content");
        assertThat(card.get("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.get("version").asText()).isEqualTo("1.4");
        assertThat(card.get("$schema").asText()).isEqualTo("http://adaptivecards.io/schemas/adaptive-card.json");
        JsonNode body = card.get("body");
        assertThat(body).hasSize(4);
        body.forEach(block -> assertThat(block.get("type").asText()).isEqualTo("TextBlock"));
        assertThat(body.get(0).get("text").asText()).isEqualTo("tmj: 2 new threats at or above High in models/tm.py");
        assertThat(body.get(1).get("text").asText()).isEqualTo("models/tm.py");
        assertThat(body.get(2).get("text").asText()).isEqualTo(
                "**Very High** · INP02 Overflow Buffers · Web Server 0 (Server) · models/tm.py:10");
        assertThat(body.get(3).get("text").asText()).isEqualTo(
                "**High** · INP02 Overflow Buffers · Web Server 1 (Server) · models/tm.py:11");
        JsonNode action = card.get("actions").get(0);
        assertThat(action.get("type").asText()).isEqualTo("Action.OpenUrl");
        assertThat(action.get("url").asText()).isEqualTo("https://ci.example/runs/7?a=1&b=2");
    }

    @Test
    void should_escape_the_cards_markdown_in_names() {
        Alert hostile = new Alert("fpX", Severity.VERY_HIGH, "X1", "**bold** [link](https://evil.example)",
                "_web_ `srv`", "Server", "m/tm.py", 3);
        JsonNode body = Hooks.tree(teams().messages(Hooks.digest(List.of(hostile))).get(0).body())
                .get("attachments").get(0).get("content").get("body");

        assertThat(body.get(2).get("text").asText()).isEqualTo("**Very High** · X1 \\*\\*bold\\*\\* "
                + "\\[link\\]\\(https://evil.example\\) · \\_web\\_ \\`srv\\` (Server) · m/tm.py:3");
    }

    @Test
    void should_split_many_alerts_into_cards_under_the_size_limit() {
        List<AlertChannel.Message> messages = teams().messages(Hooks.digest(Hooks.alerts(1_000)));

        assertThat(messages).hasSizeGreaterThan(1);
        Set<String> told = new HashSet<>();
        for (int i = 0; i < messages.size(); i++) {
            AlertChannel.Message m = messages.get(i);
            assertThat(m.body().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(TeamsChannel.MAX_BYTES);
            JsonNode body = Hooks.tree(m.body()).get("attachments").get(0).get("content").get("body");
            assertThat(body.get(0).get("text").asText()).endsWith("\\(part " + (i + 1) + " of " + messages.size()
                    + "\\)");
            assertThat(body.size() - 2).isEqualTo(m.fingerprints().size());
            m.fingerprints().forEach(fp -> assertThat(told.add(fp)).as("told once: " + fp).isTrue());
        }
        assertThat(told).hasSize(1_000);
    }

    @Test
    void should_fail_on_a_refusal_without_showing_the_signature() {
        SERVER.stubFor(post(urlPathEqualTo(Hooks.TEAMS_PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"TriggerInputSchemaMismatch\",\"message\":\"The input body for "
                        + "trigger 'manual' of type 'Request' did not match its schema definition\"}}")));
        TeamsChannel teams = teams();
        AlertChannel.Message message = teams.messages(Hooks.digest(Hooks.alerts(1))).get(0);

        ApiException e = catchThrowableOfType(ApiException.class, () -> teams.send(message));

        assertThat(e.getMessage()).startsWith("Teams rejected POST [TEAMS_WEBHOOK_URL] (400): ")
                .contains("did not match its schema definition").doesNotContain(Hooks.TEAMS_SIG);
    }
}
