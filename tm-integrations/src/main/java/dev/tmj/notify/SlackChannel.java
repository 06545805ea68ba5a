package dev.tmj.notify;

import dev.tmj.http.ApiException;
import dev.tmj.http.ApiResponse;
import dev.tmj.http.HttpSettings;
import dev.tmj.http.Webhook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Slack channel's incoming webhook. A digest is a header, a context line (the models and a link to the report)
 * and sections of one line per alert, packed into messages within Slack's limits: at most 50 blocks, 3,000
 * characters in a section's text, and a total that stays well below where Slack answers {@code msg_too_long}
 * ({@value #MAX_MESSAGE_TEXT} characters). Success is HTTP 200 with the body {@code ok}; anything else fails with
 * the status and Slack's error text ({@code invalid_payload}, {@code no_text}, {@code channel_is_archived}).
 */
public final class SlackChannel implements AlertChannel {
    /** Slack's limit on blocks in a message. */
    static final int MAX_BLOCKS = 50;
    /** Slack's limit on the text of a section block. */
    static final int MAX_SECTION_TEXT = 3_000;
    /** Slack's limit on a header block's text. */
    static final int MAX_HEADER = 150;
    /**
     * All sections' text together. Slack documents 50 blocks of 3,000 characters, but refuses messages whose blocks
     * hold far less in all ({@code msg_blocks_too_long} near 13,000): a digest stays under this.
     */
    static final int MAX_MESSAGE_TEXT = 12_000;

    private final Webhook webhook;

    private SlackChannel(Webhook webhook) {
        this.webhook = webhook;
    }

    /**
     * The channel whose webhook URL this environment variable holds.
     *
     * @throws dev.tmj.http.ApiSetupException when the variable is unset or not an https URL; the message never
     *     holds the URL
     */
    public static SlackChannel fromEnvironment(Map<String, String> env, String variable, HttpSettings settings) {
        return new SlackChannel(Webhook.fromEnvironment("Slack", env, variable, settings));
    }

    @Override
    public String key() {
        return "slack:" + webhook.variable();
    }

    @Override
    public String describe() {
        return "Slack (" + webhook.variable() + ")";
    }

    @Override
    public List<Message> messages(AlertDigest digest) {
        List<List<Alert>> groups = new ArrayList<>();
        List<List<String>> sectionsOfGroups = new ArrayList<>();
        List<Alert> group = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        StringBuilder section = new StringBuilder();
        int total = 0;
        int maxSections = MAX_BLOCKS - 2;
        for (Alert alert : digest.alerts()) {
            String line = line(alert);
            boolean fitsSection = section.length() > 0 && section.length() + 1 + line.length() <= MAX_SECTION_TEXT;
            boolean fitsMessage = total + line.length() + 1 <= MAX_MESSAGE_TEXT
                    && (fitsSection || sections.size() + 1 < maxSections);
            if (!group.isEmpty() && !fitsMessage) {
                sections.add(section.toString());
                groups.add(group);
                sectionsOfGroups.add(sections);
                group = new ArrayList<>();
                sections = new ArrayList<>();
                section = new StringBuilder();
                total = 0;
                fitsSection = false;
            }
            if (fitsSection) {
                section.append('\n');
            } else if (section.length() > 0) {
                sections.add(section.toString());
                section = new StringBuilder();
            }
            section.append(line);
            total += line.length() + 1;
            group.add(alert);
        }
        if (!group.isEmpty()) {
            sections.add(section.toString());
            groups.add(group);
            sectionsOfGroups.add(sections);
        }
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            AlertDigest part = digest.withAlerts(groups.get(i));
            String headline = part.headline(i + 1, groups.size());
            String header = AlertText.line("tmj: " + headline, MAX_HEADER);
            String fallback = slack("tmj: " + headline, 500);
            String body = SlackPayloadWriter.write(fallback, header, context(digest), sectionsOfGroups.get(i));
            messages.add(new Message(header, body, groups.get(i).stream().map(Alert::fingerprint).toList()));
        }
        return messages;
    }

    /**
     * {@code *Very High* · INP02 Overflow Buffers · Web Server (Server) · models/tm.py:12}, escaped, one line. Each
     * part is cut before escaping, short enough that even a text of ampersands (each five characters escaped)
     * keeps the line under a section's 3,000 characters.
     */
    static String line(Alert a) {
        return "*" + a.severity().label() + "* · " + slack(a.threatId(), 20) + " " + slack(a.threat(), 200) + " · "
                + slack(a.element(), 120) + " (" + slack(a.elementKind(), 20) + ") · " + slack(a.location(), 200);
    }

    private static String slack(String text, int max) {
        return AlertText.slack(AlertText.line(text, max));
    }

    /** The models and a link to the report: {@code models/tm.py · <https://…|Open the report>}. */
    private static String context(AlertDigest digest) {
        String models = slack(String.join(", ", digest.models()), 150);
        String link = digest.report().map(uri -> "<" + AlertText.slack(uri.toASCIIString()) + "|Open the report>")
                .orElse("no report link (--report-url)");
        return models.isEmpty() ? link : models + " · " + link;
    }

    @Override
    public void send(Message message) {
        ApiResponse response = webhook.post(message.body(), "webhook");
        String body = response.body().strip();
        if (response.status() != 200 || !body.equals("ok")) {
            throw new ApiException(webhook.redact("Slack (" + webhook.variable() + ") answered " + response.status()
                    + " with '" + AlertText.line(body, 200) + "' instead of ok: the message was not posted"),
                    response.status(), null);
        }
    }
}
