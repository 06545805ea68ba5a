package dev.tmj.ticket;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tickets and comments for Jira Cloud (REST v3): an Atlassian Document Format document ({@code {"type": "doc",
 * "version": 1, "content": [...]}}) of headings, paragraphs and bullet lists whose text nodes hold model text as
 * it is; ADF has no markup inside text, so nothing needs escaping beyond JSON's own. A text node may not be empty,
 * so empty texts are left out.
 */
final class AdfDocument {
    private final List<Object> content = new ArrayList<>();

    static Map<String, Object> body(TicketContent c) {
        AdfDocument doc = new AdfDocument();
        doc.labelled("Threat: ", c.threatId() + " " + c.threat());
        doc.labelled("Severity: ", c.severity());
        doc.labelled("Element: ", c.element() + " (" + c.elementKind() + ")");
        doc.labelled("File: ", c.path() + ":" + c.line());
        doc.section("Description", c.description());
        doc.section("Mitigations", c.mitigations());
        doc.section("References", c.references());
        doc.heading("Data flows");
        if (c.flows().isEmpty()) {
            doc.paragraph("No data flow reaches this element.");
        } else {
            doc.bullets(c.flows());
        }
        doc.paragraph("Opened by tmj for finding " + c.fingerprint() + " (label tmj-" + c.fingerprint()
                + "); tmj updates and closes this issue as the threat model changes.");
        return doc.document();
    }

    static Map<String, Object> note(TicketNote note) {
        AdfDocument doc = new AdfDocument();
        note.paragraphs().forEach(doc::paragraph);
        return doc.document();
    }

    private Map<String, Object> document() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", "doc");
        doc.put("version", 1);
        doc.put("content", content);
        return doc;
    }

    private void labelled(String label, String value) {
        List<Object> texts = new ArrayList<>();
        Map<String, Object> strong = text(label);
        strong.put("marks", List.of(Map.of("type", "strong")));
        texts.add(strong);
        if (!value.isEmpty()) {
            texts.add(text(value));
        }
        content.add(node("paragraph", texts));
    }

    private void section(String heading, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        heading(heading);
        paragraph(text.strip());
    }

    private void heading(String text) {
        Map<String, Object> h = node("heading", List.<Object>of(text(text)));
        h.put("attrs", Map.of("level", 3));
        content.add(h);
    }

    private void paragraph(String text) {
        content.add(node("paragraph", text.isEmpty() ? List.of() : List.<Object>of(text(text))));
    }

    private void bullets(List<String> items) {
        List<Object> listItems = new ArrayList<>();
        for (String item : items) {
            listItems.add(node("listItem", List.<Object>of(node("paragraph", item.isEmpty() ? List.of()
                    : List.<Object>of(text(item))))));
        }
        content.add(node("bulletList", listItems));
    }

    private static Map<String, Object> node(String type, List<Object> children) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("type", type);
        n.put("content", children);
        return n;
    }

    private static Map<String, Object> text(String text) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("type", "text");
        n.put("text", text);
        return n;
    }
}
