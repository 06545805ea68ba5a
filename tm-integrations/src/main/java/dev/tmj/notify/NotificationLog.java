package dev.tmj.notify;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * What each channel was told: the history store's notifications in the command line ({@code HistoryStore.notified}
 * and {@code recordNotified}), kept outside this module so that alerts need no database.
 */
public interface NotificationLog {
    /** The fingerprints this channel ({@link AlertChannel#key()}) was told about. */
    Set<String> notified(String channel);

    /** Remembers that the channel was told about these fingerprints; one already remembered stays as it was. */
    void record(String channel, Collection<String> fingerprints, Instant time);
}
