package dev.tmj.ticket;

import dev.tmj.io.MarkdownText;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tickets and comments for GitHub and GitLab: Markdown in which every model text is escaped
 * ({@link MarkdownText}: no HTML, link or heading can come from a name), and the hidden marker line
 * {@code <!-- tmj:<fingerprint> -->} that finds the ticket again. Model text cannot forge a marker: its {@code <}
 * becomes {@code &lt;}.
 */
final class TicketMarkdown {
    private static final Pattern MARKER = Pattern.compile("<!-- tmj:([0-9a-f]{16}) -->");

    private TicketMarkdown() {
    }

    /** The marker line of a fingerprint. */
    static String marker(String fingerprint) {
        return "<!-- tmj:" + fingerprint + " -->";
    }

    /** The fingerprint in a body's marker line, if it has one. */
    static Optional<String> fingerprintIn(String body) {
        if (body == null) {
            return Optional.empty();
        }
        Matcher m = MARKER.matcher(body);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static String body(TicketContent c) {
        StringBuilder out = new StringBuilder(1024);
        out.append(marker(c.fingerprint())).append('\n');
        field(out, "Threat", c.threatId() + " " + c.threat());
        field(out, "Severity", c.severity());
        field(out, "Element", c.element() + " (" + c.elementKind() + ")");
        out.append("**File:** `").append(code(c.path() + ":" + c.line())).append("`  \n");
        section(out, "Description", c.description());
        section(out, "Mitigations", c.mitigations());
        section(out, "References", c.references());
        out.append("\n### Data flows\n\n");
        if (c.flows().isEmpty()) {
            out.append("No data flow reaches this element.\n");
        }
        for (String flow : c.flows()) {
            out.append("- ").append(MarkdownText.escape(flow)).append('\n');
        }
        out.append("\n---\nOpened by tmj for finding `").append(c.fingerprint())
                .append("`; tmj updates and closes this issue as the threat model changes.\n");
        return out.toString();
    }

    static String note(TicketNote note) {
        StringBuilder out = new StringBuilder();
        for (String p : note.paragraphs()) {
            out.append(out.length() == 0 ? "" : "\n\n").append(MarkdownText.escape(p));
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("**").append(name).append(":** ").append(MarkdownText.escape(value)).append("  \n");
    }

    private static void section(StringBuilder out, String heading, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        out.append("\n### ").append(heading).append("\n\n").append(MarkdownText.escape(text.strip())).append('\n');
    }

    /** Text inside a code span: a backtick or line break would end it, so they become a blank. */
    private static String code(String text) {
        return text.replaceAll("[`\\r\\n\\p{Cntrl}]", " ");
    }
}
