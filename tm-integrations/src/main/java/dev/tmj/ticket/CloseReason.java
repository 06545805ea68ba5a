package dev.tmj.ticket;

import dev.tmj.model.FindingStatus;

/**
 * Why tmj closes a ticket: the finding's status, or that the finding is no longer in the model. GitHub records it
 * as the issue's {@code state_reason}: {@code completed} when the work was done (mitigated, avoided, transferred,
 * gone from the model), {@code not_planned} when it will not be (accepted, false positive).
 */
public enum CloseReason {
    MITIGATED(true), AVOIDED(true), TRANSFERRED(true), GONE(true), ACCEPTED(false), FALSE_POSITIVE(false);

    private final boolean completed;

    CloseReason(boolean completed) {
        this.completed = completed;
    }

    /** Whether the work was done ({@code completed}) rather than not planned ({@code not_planned}). */
    public boolean completed() {
        return completed;
    }

    /** GitHub's {@code state_reason}. */
    public String gitHubStateReason() {
        return completed ? "completed" : "not_planned";
    }

    /** The reason for a handled status. */
    static CloseReason of(FindingStatus status) {
        return switch (status) {
            case MITIGATED -> MITIGATED;
            case AVOIDED -> AVOIDED;
            case TRANSFERRED -> TRANSFERRED;
            case ACCEPTED -> ACCEPTED;
            case FALSE_POSITIVE -> FALSE_POSITIVE;
            case OPEN -> throw new IllegalArgumentException("an open finding is no reason to close");
        };
    }
}
