package dev.tmj.ticket;

import java.util.List;

/**
 * A comment tmj puts on a ticket, as plain paragraphs that each tracker writes in its own format (and escapes).
 *
 * @param paragraphs the paragraphs, in order
 */
public record TicketNote(List<String> paragraphs) {
    public TicketNote {
        paragraphs = List.copyOf(paragraphs);
    }

    static TicketNote of(String... paragraphs) {
        return new TicketNote(List.of(paragraphs));
    }

    /** The comment as plain text, paragraphs separated by a blank line (the plan's view). */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
