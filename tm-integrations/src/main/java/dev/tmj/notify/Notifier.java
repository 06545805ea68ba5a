package dev.tmj.notify;

import dev.tmj.http.ApiException;
import dev.tmj.http.HttpSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Tells each channel what is new for it: the digest's alerts that its log does not hold, in messages within its
 * limits, one second apart (Slack's and Teams' pace for a webhook), each message remembered in the log as soon as
 * the service has taken it. A message that failed is not remembered, so the next run sends its alerts again; the
 * messages after it wait for that run too. One channel's failure does not keep the others from being told.
 */
public final class Notifier {
    /** The least time between two messages to the same channel. */
    public static final Duration PACE = Duration.ofSeconds(1);

    private final NotificationLog log;
    private final HttpSettings.Sleeper sleeper;
    private final Clock clock;

    /**
     * @param log what each channel was told
     * @param sleeper how the pause between two messages is taken (tests record it)
     * @param clock the time remembered with each notification
     */
    public Notifier(NotificationLog log, HttpSettings.Sleeper sleeper, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What happened on one channel.
     *
     * @param channel the channel, described without secrets
     * @param fresh how many alerts were new for it
     * @param told how many of them it was told about in this run
     * @param sent how many messages it took
     * @param messages how many messages the new alerts needed
     * @param failure why a message failed, if one did
     */
    public record Outcome(String channel, int fresh, int told, int sent, int messages, Optional<String> failure) {
        /** One line: {@code Slack (SLACK_WEBHOOK_URL): told 3 new threats in 1 message}. */
        public String describe() {
            if (failure.isPresent()) {
                return channel + ": failed after " + sent + " of " + messages + " messages (" + told + " of " + fresh
                        + " new threats told; the rest are sent on the next run): " + failure.get();
            }
            if (fresh == 0) {
                return channel + ": nothing new";
            }
            return channel + ": told " + threats(told) + " in " + (sent == 1 ? "1 message" : sent + " messages");
        }

        private static String threats(int n) {
            return n == 1 ? "1 new threat" : n + " new threats";
        }
    }

    /** Tells every channel its new alerts; never throws for a service's failure, which its outcome says. */
    public List<Outcome> notify(AlertDigest digest, List<? extends AlertChannel> channels) {
        List<Outcome> outcomes = new ArrayList<>();
        for (AlertChannel channel : channels) {
            outcomes.add(notify(digest, channel));
        }
        return outcomes;
    }

    private Outcome notify(AlertDigest digest, AlertChannel channel) {
        Set<String> told = log.notified(channel.key());
        List<Alert> fresh = digest.alerts().stream().filter(a -> !told.contains(a.fingerprint())).toList();
        if (fresh.isEmpty()) {
            return new Outcome(channel.describe(), 0, 0, 0, 0, Optional.empty());
        }
        List<AlertChannel.Message> messages = channel.messages(digest.withAlerts(fresh));
        int sent = 0;
        int alerts = 0;
        for (AlertChannel.Message message : messages) {
            if (sent > 0) {
                try {
                    sleeper.sleep(PACE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Outcome(channel.describe(), fresh.size(), alerts, sent, messages.size(),
                            Optional.of("interrupted"));
                }
            }
            try {
                channel.send(message);
            } catch (ApiException e) {
                return new Outcome(channel.describe(), fresh.size(), alerts, sent, messages.size(),
                        Optional.of(e.getMessage()));
            }
            log.record(channel.key(), message.fingerprints(), clock.instant());
            sent++;
            alerts += message.fingerprints().size();
        }
        return new Outcome(channel.describe(), fresh.size(), alerts, sent, messages.size(), Optional.empty());
    }
}
