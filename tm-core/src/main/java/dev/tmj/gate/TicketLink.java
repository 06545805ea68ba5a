package dev.tmj.gate;

import java.util.Objects;

/**
 * The ticket {@code tmj sync} keeps for a finding, as the outputs name it so that a reader can follow the link.
 *
 * @param key the ticket's key or number as people say it ({@code SEC-24}, {@code #12})
 * @param url where a person sees it
 * @param open whether it was open when tmj last synced it
 */
public record TicketLink(String key, String url, boolean open) {
    public TicketLink {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(url, "url");
    }
}
