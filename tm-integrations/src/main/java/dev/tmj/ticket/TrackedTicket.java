package dev.tmj.ticket;

import java.util.Objects;

/**
 * A ticket tmj made, as a tracker lists it.
 *
 * @param key the ticket's key or number as people say it ({@code SEC-24}, {@code #12})
 * @param id what the tracker's API addresses it by ({@code SEC-24}, {@code 12})
 * @param fingerprint the finding's fingerprint its marker holds
 * @param open whether it is open (in Jira: its status is not in the "done" category)
 * @param url where a person sees it
 */
public record TrackedTicket(String key, String id, String fingerprint, boolean open, String url) {
    public TrackedTicket {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(url, "url");
    }

    /** The same ticket, now open or closed. */
    TrackedTicket withOpen(boolean isOpen) {
        return new TrackedTicket(key, id, fingerprint, isOpen, url);
    }
}
