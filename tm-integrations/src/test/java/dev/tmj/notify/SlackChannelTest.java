package dev.tmj.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.tmj.http.ApiException;
import dev.tmj.http.ApiSetupException;
import dev.tmj.threat.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slack's incoming webhook contract, against a loopback server: a Block Kit payload with a {@code text} fallback,
 * within 50 blocks and 3,000 characters a section; success only as 200 {@code ok}; Slack's own error text on a
 * refusal; a 429 waited out as {@code Retry-After} says; a 5xx not repeated; never the URL in any message or trace.
 */
class SlackChannelTest {
    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private final List<Duration> pauses = new ArrayList<>();
    private final List<String> trace = new ArrayList<>();

    private SlackChannel slack() {
        return SlackChannel.fromEnvironment(Hooks.env(SERVER), "SLACK_WEBHOOK_URL", Hooks.settings(pauses, trace));
    }

    private void answer(int status, String body) {
        SERVER.stubFor(post(urlEqualTo(Hooks.SLACK_PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "text/plain").withBody(body)));
    }

    @AfterEach
    void noSecretAnywhere() {
        assertThat(String.join("\n", trace)).doesNotContain("SECRET").doesNotContain("HookSecret");
    }

    private ApiException failure(Runnable send) {
        ApiException e = catchThrowableOfType(ApiException.class, send::run);
        assertThat(e).as("the send failed").isNotNull();
        StringWriter stack = new StringWriter();
        e.printStackTrace(new PrintWriter(stack));
        assertThat(stack.toString()).doesNotContain("SECRET").doesNotContain("HookSecret");
        assertThat(e.getMessage()).doesNotContain("\n");
        return e;
    }

    @Test
    void should_post_block_kit_with_a_text_fallback_naming_file_and_line() {
        answer(200, "ok");
        SlackChannel slack = slack();
        List<AlertChannel.Message> messages = slack.messages(Hooks.digest(Hooks.alerts(3)));

        slack.send(messages.get(0));

        assertThat(messages).hasSize(1);
        List<LoggedRequest> requests = SERVER.findAll(postRequestedFor(urlEqualTo(Hooks.SLACK_PATH)));
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).getHeader("Content-Type")).startsWith("application/json");
        JsonNode payload = Hooks.tree(requests.get(0).getBodyAsString());
        assertThat(payload.get("text").asText()).isEqualTo("tmj: 3 new threats at or above High in models/tm.py");
        JsonNode blocks = payload.get("blocks");
        assertThat(blocks.get(0).get("type").asText()).isEqualTo("header");
        assertThat(blocks.get(0).get("text").get("type").asText()).isEqualTo("plain_text");
        assertThat(blocks.get(1).get("type").asText()).isEqualTo("context");
        assertThat(blocks.get(1).get("elements").get(0).get("text").asText())
                .isEqualTo("models/tm.py · <https://ci.example/runs/7?a=1&amp;b=2|Open the report>");
        assertThat(blocks.get(2).get("type").asText()).isEqualTo("section");
        assertThat(blocks.get(2).get("text").get("type").asText()).isEqualTo("mrkdwn");
        assertThat(blocks.get(2).get("text").get("text").asText()).isEqualTo(
                "*Very High* · INP02 Overflow Buffers · Web Server 0 (Server) · models/tm.py:10\n"
                + "*Very High* · INP02 Overflow Buffers · Web Server 2 (Server) · models/tm.py:12\n"
                + "*High* · INP02 Overflow Buffers · Web Server 1 (Server) · models/tm.py:11");
        assertThat(messages.get(0).fingerprints()).containsExactly("fp0000", "fp0002", "fp0001");
    }

    @Test
    void should_escape_what_slack_reads_as_links_and_mentions() {
        Alert hostile = new Alert("fpX", Severity.VERY_HIGH, "X1", "Spoof <https://evil.example|click> & more",
                "<!channel>\nline two", "Server", "m/tm.py", 3);
        String body = slack().messages(Hooks.digest(List.of(hostile))).get(0).body();

        String section = Hooks.tree(body).get("blocks").get(2).get("text").get("text").asText();
        assertThat(section).isEqualTo("*Very High* · X1 Spoof &lt;https://evil.example|click&gt; &amp; more · "
                + "&lt;!channel&gt; line two (Server) · m/tm.py:3");
    }

    @Test
    void should_split_many_alerts_into_digests_within_slacks_limits() {
        List<Alert> many = Hooks.alerts(1_500);
        List<AlertChannel.Message> messages = slack().messages(Hooks.digest(many));

        assertThat(messages).hasSizeGreaterThan(1);
        Set<String> told = new HashSet<>();
        for (int i = 0; i < messages.size(); i++) {
            JsonNode payload = Hooks.tree(messages.get(i).body());
            JsonNode blocks = payload.get("blocks");
            assertThat(blocks.size()).isLessThanOrEqualTo(SlackChannel.MAX_BLOCKS);
            assertThat(blocks.get(0).get("text").get("text").asText()).endsWith("(part " + (i + 1) + " of " + messages.size()
                    + ")").hasSizeLessThanOrEqualTo(SlackChannel.MAX_HEADER);
            int total = 0;
            for (int b = 2; b < blocks.size(); b++) {
                String text = blocks.get(b).get("text").get("text").asText();
                assertThat(text).hasSizeLessThanOrEqualTo(SlackChannel.MAX_SECTION_TEXT);
                total += text.length();
            }
            assertThat(total).isLessThanOrEqualTo(SlackChannel.MAX_MESSAGE_TEXT);
            for (String fp : messages.get(i).fingerprints()) {
                assertThat(told.add(fp)).as("told once: " + fp).isTrue();
            }
        }
        assertThat(told).hasSize(1_500);
    }

    @Test
    void should_keep_a_section_under_3000_characters_even_for_names_made_of_ampersands() {
        Alert worst = new Alert("fpW", Severity.VERY_HIGH, "&".repeat(50), "&".repeat(5_000), "<".repeat(5_000),
                ">".repeat(50), "&".repeat(5_000), 1);
        JsonNode blocks = Hooks.tree(slack().messages(Hooks.digest(List.of(worst))).get(0).body()).get("blocks");

        assertThat(blocks.get(2).get("text").get("text").asText()).hasSizeLessThanOrEqualTo(3_000);
    }

    @Test
    void should_fail_with_the_status_and_slacks_error_on_a_refusal() {
        answer(400, "invalid_payload");
        SlackChannel slack = slack();
        AlertChannel.Message message = slack.messages(Hooks.digest(Hooks.alerts(1))).get(0);

        ApiException e = failure(() -> slack.send(message));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("Slack rejected POST [SLACK_WEBHOOK_URL] (400): invalid_payload");
    }

    @Test
    void should_fail_when_slack_answers_200_without_ok() {
        answer(200, "no_text");
        SlackChannel slack = slack();
        AlertChannel.Message message = slack.messages(Hooks.digest(Hooks.alerts(1))).get(0);

        ApiException e = failure(() -> slack.send(message));

        assertThat(e.getMessage()).isEqualTo("Slack (SLACK_WEBHOOK_URL) answered 200 with 'no_text' instead of ok: "
                + "the message was not posted");
    }

    @Test
    void should_wait_as_retry_after_says_and_post_again_after_a_429() {
        SERVER.stubFor(post(urlEqualTo(Hooks.SLACK_PATH)).inScenario("limit").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7").withBody("rate_limited"))
                .willSetStateTo("open"));
        SERVER.stubFor(post(urlEqualTo(Hooks.SLACK_PATH)).inScenario("limit").whenScenarioStateIs("open")
                .willReturn(aResponse().withStatus(200).withBody("ok")));
        SlackChannel slack = slack();

        slack.send(slack.messages(Hooks.digest(Hooks.alerts(1))).get(0));

        assertThat(pauses).containsExactly(Duration.ofSeconds(7));
        assertThat(SERVER.findAll(postRequestedFor(urlEqualTo(Hooks.SLACK_PATH)))).hasSize(2);
    }

    @Test
    void should_not_repeat_a_message_after_a_server_error() {
        answer(503, "service_unavailable");
        SlackChannel slack = slack();
        AlertChannel.Message message = slack.messages(Hooks.digest(Hooks.alerts(1))).get(0);

        ApiException e = failure(() -> slack.send(message));

        assertThat(e.getMessage()).isEqualTo("Slack failed at POST [SLACK_WEBHOOK_URL] (503 server error): "
                + "service_unavailable");
        assertThat(SERVER.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    }

    @Test
    void should_refuse_a_missing_variable_or_plain_http_to_another_host_without_showing_the_url() {
        ApiSetupException unset = catchThrowableOfType(ApiSetupException.class, () -> SlackChannel.fromEnvironment(
                Map.of(), "SLACK_WEBHOOK_URL", Hooks.settings(pauses, trace)));
        ApiSetupException plain = catchThrowableOfType(ApiSetupException.class, () -> SlackChannel.fromEnvironment(
                Map.of("HOOK", "http://hooks.example.org" + Hooks.SLACK_PATH), "HOOK", Hooks.settings(pauses, trace)));

        assertThat(unset.getMessage()).isEqualTo("the environment variable SLACK_WEBHOOK_URL is not set: it must hold "
                + "the webhook's URL (a secret, so tmj reads it only from the environment)");
        assertThat(plain.getMessage()).contains("must use https").doesNotContain("SECRET");
    }

    @Test
    void should_name_the_channel_by_its_variable() {
        assertThat(slack().key()).isEqualTo("slack:SLACK_WEBHOOK_URL");
        assertThat(slack().describe()).isEqualTo("Slack (SLACK_WEBHOOK_URL)");
    }
}
