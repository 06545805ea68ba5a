package dev.tmj.ticket;

import dev.tmj.http.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Does a {@link TicketPlan} through a tracker, step by step, and stops at the first request that fails. Nothing is
 * left inconsistent by a stop: a ticket created is found by its marker on the next run, a close whose comment was
 * posted is tried again (comment and close) on the next run, so the next run continues from what exists.
 */
public final class TicketSync {
    private final TicketTracker tracker;
    private final Consumer<String> progress;

    /**
     * @param tracker where the tickets are
     * @param progress receives one line per step done ({@code created #12 for INP02 on Web Server})
     */
    public TicketSync(TicketTracker tracker, Consumer<String> progress) {
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** What a sync did. */
    public record Outcome(Map<String, TrackedTicket> tickets, int done, Optional<String> failure) {
        public Outcome {
            tickets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tickets));
        }

        /** Whether every step was done. */
        public boolean succeeded() {
            return failure.isEmpty();
        }
    }

    /** Does the plan's steps in order; the outcome's tickets are every ticket known afterwards, by fingerprint. */
    public Outcome run(TicketPlan plan) {
        Map<String, TrackedTicket> tickets = new LinkedHashMap<>(plan.existing());
        int done = 0;
        for (TicketStep step : plan.steps()) {
            try {
                TrackedTicket ticket = switch (step.action()) {
                    case CREATE -> tracker.create(step.content().orElseThrow());
                    case CLOSE -> {
                        TrackedTicket t = step.ticket().orElseThrow();
                        tracker.comment(t, step.note().orElseThrow());
                        tracker.close(t, step.reason().orElseThrow());
                        yield t.withOpen(false);
                    }
                    case REOPEN -> {
                        TrackedTicket t = step.ticket().orElseThrow();
                        tracker.comment(t, step.note().orElseThrow());
                        tracker.reopen(t);
                        yield t.withOpen(true);
                    }
                };
                tickets.put(step.fingerprint(), ticket);
                done++;
                progress.accept(verb(step) + " " + ticket.key() + " for " + step.finding() + " [" + step.fingerprint()
                        + "]");
            } catch (ApiException e) {
                return new Outcome(tickets, done, Optional.of("could not " + step.action().name().toLowerCase(
                        java.util.Locale.ROOT) + " the ticket" + step.ticket().map(t -> " " + t.key()).orElse("")
                        + " for " + step.finding() + " [" + step.fingerprint() + "] in " + tracker.target() + ": "
                        + e.getMessage()));
            }
        }
        return new Outcome(tickets, done, Optional.empty());
    }

    private static String verb(TicketStep step) {
        return switch (step.action()) {
            case CREATE -> "created";
            case CLOSE -> "commented and closed";
            case REOPEN -> "commented and reopened";
        };
    }
}
