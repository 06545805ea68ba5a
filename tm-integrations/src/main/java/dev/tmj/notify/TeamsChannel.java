package dev.tmj.notify;

import dev.tmj.http.HttpSettings;
import dev.tmj.http.Webhook;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Microsoft Teams channel through a Workflows webhook (Power Automate's "when a Teams webhook request is
 * received"; the old Office 365 connectors are retired). A digest is an Adaptive Card with one line per alert,
 * packed into cards of at most {@value #MAX_BYTES} bytes: Teams refuses a message over about 28 KB ("request entity
 * too large"), and the workflow adds its own envelope. Any 2xx is success (a workflow answers 202 Accepted).
 */
public final class TeamsChannel implements AlertChannel {
    /** A card's payload stays under this many bytes of UTF-8. */
    static final int MAX_BYTES = 20_000;

    private final Webhook webhook;

    private TeamsChannel(Webhook webhook) {
        this.webhook = webhook;
    }

    /**
     * The channel whose workflow URL this environment variable holds.
     *
     * @throws dev.tmj.http.ApiSetupException when the variable is unset or not an https URL; the message never
     *     holds the URL
     */
    public static TeamsChannel fromEnvironment(Map<String, String> env, String variable, HttpSettings settings) {
        return new TeamsChannel(Webhook.fromEnvironment("Teams", env, variable, settings));
    }

    @Override
    public String key() {
        return "teams:" + webhook.variable();
    }

    @Override
    public String describe() {
        return "Teams (" + webhook.variable() + ")";
    }

    @Override
    public List<Message> messages(AlertDigest digest) {
        String subtitle = AlertText.card(AlertText.line(String.join(", ", digest.models()), 500));
        // The largest title a part can have ("part 99 of 99"): the frame's size does not depend on the split.
        String widest = AlertText.card(AlertText.line("tmj: " + digest.headline(99, 99), 500));
        int frame = bytes(TeamsCardWriter.write(widest, subtitle, List.of(), digest.report()));
        List<List<Alert>> groups = new ArrayList<>();
        List<List<String>> linesOfGroups = new ArrayList<>();
        List<Alert> group = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int size = frame;
        for (Alert alert : digest.alerts()) {
            String line = line(alert);
            int more = TeamsCardWriter.size(line);
            if (!group.isEmpty() && size + more > MAX_BYTES) {
                groups.add(group);
                linesOfGroups.add(lines);
                group = new ArrayList<>();
                lines = new ArrayList<>();
                size = frame;
            }
            group.add(alert);
            lines.add(line);
            size += more;
        }
        if (!group.isEmpty()) {
            groups.add(group);
            linesOfGroups.add(lines);
        }
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            String headline = "tmj: " + digest.withAlerts(groups.get(i)).headline(i + 1, groups.size());
            String title = AlertText.card(AlertText.line(headline, 500));
            String body = TeamsCardWriter.write(title, subtitle, linesOfGroups.get(i), digest.report());
            messages.add(new Message(AlertText.line(headline, 500), body,
                    groups.get(i).stream().map(Alert::fingerprint).toList()));
        }
        return messages;
    }

    /** {@code **Very High** · INP02 Overflow Buffers · Web Server (Server) · models/tm.py:12}, escaped. */
    static String line(Alert a) {
        return "**" + a.severity().label() + "** · " + card(a.threatId(), 20) + " " + card(a.threat(), 200) + " · "
                + card(a.element(), 120) + " (" + card(a.elementKind(), 20) + ") · " + card(a.location(), 200);
    }

    private static String card(String text, int max) {
        return AlertText.card(AlertText.line(text, max));
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    @Override
    public void send(Message message) {
        webhook.post(message.body(), "workflow");
    }
}
