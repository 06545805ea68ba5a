package dev.tmj.ticket;

import java.util.List;

/**
 * An issue tracker tmj keeps tickets in: Jira (Cloud or Data Center), GitHub Issues or GitLab issues. Each request
 * goes through {@code dev.tmj.http}: timeouts, bounded retries, the token only to the configured host. Every
 * method throws {@link dev.tmj.http.ApiException} when the service refuses or cannot be reached.
 */
public interface TicketTracker {
    /** Where the tickets are, for messages: {@code GitHub octo/app}. */
    String target();

    /** Every ticket carrying tmj's marker, open or closed, all pages read; pull requests are never tickets. */
    List<TrackedTicket> tickets();

    /** Opens a ticket for a finding, with its marker. */
    TrackedTicket create(TicketContent content);

    /** Adds a comment. */
    void comment(TrackedTicket ticket, TicketNote note);

    /** Closes an open ticket for this reason. */
    void close(TrackedTicket ticket, CloseReason reason);

    /** Reopens a closed ticket. */
    void reopen(TrackedTicket ticket);
}
