package dev.tmj.ticket;

import dev.tmj.gate.CheckedFinding;
import dev.tmj.resolve.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What a ticket says, before it is written for a tracker (Markdown, Jira's wiki text or the Atlassian Document
 * Format): what a developer needs to act on the finding without opening tmj's report.
 *
 * @param fingerprint the finding's fingerprint, the ticket's marker
 * @param threatId the threat's SID ({@code INP02})
 * @param threat the threat's description ({@code Overflow Buffers})
 * @param severity the finding's severity label ({@code High})
 * @param element the element's name
 * @param elementKind the element's kind, pytm's class name ({@code Server}, {@code Dataflow})
 * @param path the file that declares the element, repository-relative
 * @param line the element's line in it
 * @param description the threat's longer description (pytm's {@code details})
 * @param mitigations what mitigates it
 * @param references where to read more
 * @param flows the element's neighbourhood in the data-flow diagram, one line per flow
 */
public record TicketContent(String fingerprint, String threatId, String threat, String severity, String element,
        String elementKind, String path, int line, String description, String mitigations, String references,
        List<String> flows) {
    /** Jira's summary holds at most 255 characters, GitHub's title 256: a title is cut to fit both. */
    static final int MAX_TITLE = 250;

    public TicketContent {
        Objects.requireNonNull(fingerprint, "fingerprint");
        flows = List.copyOf(flows);
    }

    /** The content for a checked finding and its element's flows. */
    public static TicketContent of(CheckedFinding checked, List<String> flows) {
        Finding f = checked.finding();
        return new TicketContent(f.fingerprint(), f.threatId(), f.description(), f.severityText(),
                f.element().name(), f.element().type().pytmName(), checked.path(), checked.line(), f.details(),
                f.mitigations(), f.references(), flows);
    }

    /**
     * The ticket's title, plain text on one line: {@code [tmj] INP02 Overflow Buffers: Web Server}, cut with an
     * ellipsis when too long, control characters dropped.
     */
    public String title() {
        String text = ("[tmj] " + threatId + " " + threat + ": " + element).replaceAll("[\\p{Cntrl}]+", " ");
        if (text.length() <= MAX_TITLE) {
            return text;
        }
        int end = MAX_TITLE - 1;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
