package dev.tmj.ticket;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing a sync does for one finding.
 *
 * @param action what is done
 * @param fingerprint the finding's fingerprint
 * @param finding the finding in words, for the plan and messages ({@code INP02 on Web Server})
 * @param content the new ticket's content ({@link Action#CREATE} only)
 * @param ticket the ticket acted on (every action but {@link Action#CREATE})
 * @param reason why it is closed ({@link Action#CLOSE} only)
 * @param note the comment put on the ticket before it is closed or reopened
 */
public record TicketStep(Action action, String fingerprint, String finding, Optional<TicketContent> content,
        Optional<TrackedTicket> ticket, Optional<CloseReason> reason, Optional<TicketNote> note) {
    /** What a step does. */
    public enum Action {
        /** Open a ticket for an open finding that has none. */
        CREATE,
        /** Comment with the reason and evidence, then close: the finding is handled or gone from the model. */
        CLOSE,
        /** Comment, then reopen: the finding of a closed ticket is open again. */
        REOPEN
    }

    public TicketStep {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(finding, "finding");
        if ((action == Action.CREATE) != content.isPresent() || (action == Action.CREATE) == ticket.isPresent()
                || (action == Action.CLOSE) != reason.isPresent()) {
            throw new IllegalArgumentException("a " + action + " step with the wrong parts");
        }
    }

    /** The plan's line: {@code create   INP02 on Web Server (fingerprint)}. */
    public String describe() {
        return switch (action) {
            case CREATE -> "create  " + finding + " [" + fingerprint + "]";
            case CLOSE -> "close   " + ticket.orElseThrow().key() + " " + finding + " [" + fingerprint + "]: "
                    + reasonText(reason.orElseThrow()) + " (comment first)";
            case REOPEN -> "reopen  " + ticket.orElseThrow().key() + " " + finding + " [" + fingerprint
                    + "]: open again (comment first)";
        };
    }

    static String reasonText(CloseReason reason) {
        return switch (reason) {
            case GONE -> "no longer in the model";
            case FALSE_POSITIVE -> "false positive";
            default -> reason.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
