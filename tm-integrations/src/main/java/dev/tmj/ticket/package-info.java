/**
 * Tickets for open threats ({@code tmj sync}): one ticket per open finding at or above a threshold in Jira (Cloud or
 * Data Center), GitHub Issues or GitLab issues, found again on later runs by the finding's fingerprint, commented
 * and closed when the finding is handled or gone, reopened when it is open again. {@link dev.tmj.ticket.TicketPlanner}
 * computes what to do from a check's result and the tickets that exist; {@link dev.tmj.ticket.TicketSync} does it
 * through a {@link dev.tmj.ticket.TicketTracker}, over {@code dev.tmj.http}. API.
 */
package dev.tmj.ticket;
