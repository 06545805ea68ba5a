package dev.tmj.ticket;

/**
 * Tickets and comments for Jira Data Center (REST v2): plain text, in which Jira's wiki markup would still render,
 * so each character that starts markup ({@code * _ - + ^ ~ ? # | ! [ ] { } \}) gets Jira's escape, a backslash, and
 * a model text shows as the text it is.
 */
final class TicketWikiText {
    private static final String SPECIAL = "*_-+^~?#|![]{}\\";

    private TicketWikiText() {
    }

    static String body(TicketContent c) {
        StringBuilder out = new StringBuilder(1024);
        line(out, "Threat: " + c.threatId() + " " + c.threat());
        line(out, "Severity: " + c.severity());
        line(out, "Element: " + c.element() + " (" + c.elementKind() + ")");
        line(out, "File: " + c.path() + ":" + c.line());
        section(out, "Description", c.description());
        section(out, "Mitigations", c.mitigations());
        section(out, "References", c.references());
        out.append("\nData flows:\n");
        if (c.flows().isEmpty()) {
            line(out, "No data flow reaches this element.");
        }
        c.flows().forEach(flow -> line(out, "  " + flow));
        out.append('\n');
        line(out, "Opened by tmj for finding " + c.fingerprint() + " (label tmj-" + c.fingerprint()
                + "); tmj updates and closes this issue as the threat model changes.");
        return out.toString();
    }

    static String note(TicketNote note) {
        StringBuilder out = new StringBuilder();
        for (String p : note.paragraphs()) {
            out.append(out.length() == 0 ? "" : "\n\n").append(escape(p));
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String heading, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        out.append('\n').append(heading).append(":\n");
        line(out, text.strip());
    }

    private static void line(StringBuilder out, String text) {
        out.append(escape(text)).append('\n');
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
