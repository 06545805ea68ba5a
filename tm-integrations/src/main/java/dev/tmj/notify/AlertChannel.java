package dev.tmj.notify;

import dev.tmj.http.ApiException;
import java.util.List;

/**
 * Where alerts go: a Slack or Teams webhook, or e-mail recipients. A channel writes a digest as one or more messages
 * that each fit its service's limits, and sends one message at a time.
 */
public interface AlertChannel {
    /**
     * The key the notification log remembers this channel by ({@code slack:SLACK_WEBHOOK_URL},
     * {@code email:a@example.org,b@example.org}): the same key on every run, so that a finding is told once.
     */
    String key();

    /** The channel for messages, without any secret ({@code Slack (SLACK_WEBHOOK_URL)}). */
    String describe();

    /** The digest as messages, each within the service's limits, together holding every alert once. */
    List<Message> messages(AlertDigest digest);

    /**
     * Sends one message.
     *
     * @throws ApiException when the service refused it, did not answer or could not be reached; the message holds
     *     no secret
     */
    void send(Message message);

    /**
     * One message as the service takes it.
     *
     * @param subject the message's headline, plain text (an e-mail's subject)
     * @param body the payload (JSON for a webhook, the text of a mail)
     * @param fingerprints the findings it announces
     */
    record Message(String subject, String body, List<String> fingerprints) {
        public Message {
            fingerprints = List.copyOf(fingerprints);
        }
    }
}
