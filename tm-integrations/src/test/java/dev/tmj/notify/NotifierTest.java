package dev.tmj.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.http.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * New-only and once: a channel is told only the alerts its log does not hold, each message is remembered once the
 * service took it, a failed message is not (and is sent again on the next run), messages to one channel are paced
 * a second apart, and one channel's failure leaves the others told.
 */
class NotifierTest {
    private final Map<String, Set<String>> remembered = new HashMap<>();
    private final List<Duration> pauses = new ArrayList<>();
    private final NotificationLog log = new NotificationLog() {
        @Override
        public Set<String> notified(String channel) {
            return Set.copyOf(remembered.getOrDefault(channel, Set.of()));
        }

        @Override
        public void record(String channel, Collection<String> fingerprints, Instant time) {
            remembered.computeIfAbsent(channel, c -> new LinkedHashSet<>()).addAll(fingerprints);
        }
    };
    private final Notifier notifier = new Notifier(log, pauses::add,
            Clock.fixed(Instant.parse("2026-12-05T03:00:00Z"), ZoneOffset.UTC));

    /** A channel that puts {@code perMessage} alerts in a message and fails the messages it is told to fail. */
    private static final class Recording implements AlertChannel {
        final List<Message> sent = new ArrayList<>();
        final int perMessage;
        int failFrom = Integer.MAX_VALUE;
        private final String key;

        Recording(String key, int perMessage) {
            this.key = key;
            this.perMessage = perMessage;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public String describe() {
            return key;
        }

        @Override
        public List<Message> messages(AlertDigest digest) {
            List<Message> messages = new ArrayList<>();
            List<Alert> alerts = digest.alerts();
            for (int i = 0; i < alerts.size(); i += perMessage) {
                List<Alert> part = alerts.subList(i, Math.min(alerts.size(), i + perMessage));
                messages.add(new Message("m", "body", part.stream().map(Alert::fingerprint).toList()));
            }
            return messages;
        }

        @Override
        public void send(Message message) {
            if (sent.size() >= failFrom) {
                throw new ApiException("Slack failed at POST [SLACK_WEBHOOK_URL] (503 server error)", 503, null);
            }
            sent.add(message);
        }
    }

    private static List<String> told(Recording channel) {
        return channel.sent.stream().flatMap(m -> m.fingerprints().stream()).toList();
    }

    @Test
    void should_tell_each_alert_once_and_nothing_on_the_second_run() {
        Recording slack = new Recording("slack:A", 10);
        AlertDigest digest = Hooks.digest(Hooks.alerts(3));

        Notifier.Outcome first = notifier.notify(digest, List.of(slack)).get(0);
        Notifier.Outcome second = notifier.notify(digest, List.of(slack)).get(0);

        assertThat(first.describe()).isEqualTo("slack:A: told 3 new threats in 1 message");
        assertThat(second.describe()).isEqualTo("slack:A: nothing new");
        assertThat(told(slack)).containsExactly("fp0000", "fp0002", "fp0001");
    }

    @Test
    void should_tell_only_what_is_new_since_the_last_run() {
        Recording slack = new Recording("slack:A", 10);
        notifier.notify(Hooks.digest(Hooks.alerts(2)), List.of(slack));
        slack.sent.clear();

        notifier.notify(Hooks.digest(Hooks.alerts(4)), List.of(slack));

        assertThat(told(slack)).containsExactly("fp0002", "fp0003");
    }

    @Test
    void should_remember_each_channel_apart() {
        Recording slack = new Recording("slack:A", 10);
        Recording teams = new Recording("teams:B", 10);
        notifier.notify(Hooks.digest(Hooks.alerts(2)), List.of(slack));

        notifier.notify(Hooks.digest(Hooks.alerts(2)), List.of(slack, teams));

        assertThat(told(slack)).hasSize(2);
        assertThat(told(teams)).hasSize(2);
    }

    @Test
    void should_record_nothing_for_a_failed_message_and_send_it_on_the_next_run() {
        Recording slack = new Recording("slack:A", 2);
        slack.failFrom = 1;
        AlertDigest digest = Hooks.digest(Hooks.alerts(5));

        Notifier.Outcome failed = notifier.notify(digest, List.of(slack)).get(0);

        assertThat(failed.failure()).isPresent();
        assertThat(failed.describe()).isEqualTo("slack:A: failed after 1 of 3 messages (2 of 5 new threats told; the "
                + "rest are sent on the next run): Slack failed at POST [SLACK_WEBHOOK_URL] (503 server error)");
        assertThat(remembered.get("slack:A")).containsExactly("fp0000", "fp0002");

        slack.failFrom = Integer.MAX_VALUE;
        slack.sent.clear();
        Notifier.Outcome retried = notifier.notify(digest, List.of(slack)).get(0);

        assertThat(retried.describe()).isEqualTo("slack:A: told 3 new threats in 2 messages");
        assertThat(told(slack)).containsExactly("fp0004", "fp0001", "fp0003");
    }

    @Test
    void should_pace_messages_to_one_channel_a_second_apart() {
        Recording slack = new Recording("slack:A", 2);

        notifier.notify(Hooks.digest(Hooks.alerts(5)), List.of(slack));

        assertThat(slack.sent).hasSize(3);
        assertThat(pauses).containsExactly(Notifier.PACE, Notifier.PACE);
    }

    @Test
    void should_tell_the_other_channels_when_one_fails() {
        Recording slack = new Recording("slack:A", 10);
        slack.failFrom = 0;
        Recording teams = new Recording("teams:B", 10);

        List<Notifier.Outcome> outcomes = notifier.notify(Hooks.digest(Hooks.alerts(2)), List.of(slack, teams));

        assertThat(outcomes.get(0).failure()).isPresent();
        assertThat(outcomes.get(1).failure()).isEmpty();
        assertThat(told(teams)).hasSize(2);
        assertThat(remembered).doesNotContainKey("slack:A");
    }
}
