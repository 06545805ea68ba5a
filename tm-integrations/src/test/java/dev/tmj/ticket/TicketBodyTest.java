package dev.tmj.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.gate.CheckedFinding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a ticket says, in each target's format, and that no element name can add markup, HTML or a second marker to
 * it.
 */
class TicketBodyTest {
    /** A name that breaks a careless writer: HTML, a comment that looks like a marker, Markdown, wiki markup. */
    static final String HOSTILE = "Web <script>alert(1)</script> <!-- tmj:ffffffffffffffff --> *b* _i_ [l](x) "
            + "`code` # h | {code} !img! \\ h1. -x- \u0007\r\nsecond line";

    private static TicketContent content(String webName) {
        CheckedFinding t01 = Shop.model().webNamed(webName).check().models().get(0).checked().stream()
                .filter(c -> c.finding().threatId().equals("T01")).findFirst().orElseThrow();
        return TicketContent.of(t01, List.of("out: 'Query' to Orders DB (Datastore)"));
    }

    @Test
    void should_hold_what_a_developer_needs_in_markdown_with_the_marker_first() {
        TicketContent c = content("Web server");

        assertThat(TicketMarkdown.body(c)).isEqualTo(TicketMarkdown.marker(c.fingerprint()) + "\n"
                + "**Threat:** T01 Overflow Buffers  \n"
                + "**Severity:** High  \n"
                + "**Element:** Web server (Server)  \n"
                + "**File:** `models/shop.py:1`  \n"
                + "\n### Description\n\nDetails of Overflow Buffers.\n"
                + "\n### Mitigations\n\nMitigate Overflow Buffers.\n"
                + "\n### References\n\nhttps://cwe.mitre.org/data/definitions/01.html\n"
                + "\n### Data flows\n\n- out: 'Query' to Orders DB (Datastore)\n"
                + "\n---\nOpened by tmj for finding `" + c.fingerprint() + "`; tmj updates and closes this issue as "
                + "the threat model changes.\n");
        assertThat(c.title()).isEqualTo("[tmj] T01 Overflow Buffers: Web server");
    }

    @Test
    void should_escape_a_hostile_element_name_in_markdown_so_that_only_the_real_marker_is_found() {
        TicketContent c = content(HOSTILE);

        String body = TicketMarkdown.body(c);

        assertThat(body).doesNotContain("<script>").doesNotContain("<!-- tmj:ffffffffffffffff").contains("&lt;script&gt;")
                .contains("\\*b\\*").contains("\\[l\\](x)").contains("\\`code\\`");
        assertThat(TicketMarkdown.fingerprintIn(body)).contains(c.fingerprint());
        assertThat(body.lines().filter(l -> l.startsWith("**Element:**"))).singleElement().asString()
                .contains("second line");
        assertThat(c.title()).doesNotContain("\n").doesNotContain("\r").doesNotContain("\u0007");
    }

    @Test
    void should_escape_jira_wiki_markup_in_data_center_text() {
        String body = TicketWikiText.body(content(HOSTILE));

        assertThat(body).contains("\\*b\\* \\_i\\_ \\[l\\](x)").contains("\\{code\\} \\!img\\!").contains("\\#")
                .contains("\\-x\\-").doesNotContain("\u0007");
        assertThat(body).startsWith("Threat: T01 Overflow Buffers\nSeverity: High\n");
    }

    @Test
    void should_write_an_adf_document_whose_texts_hold_the_name_as_it_is() {
        TicketContent c = content(HOSTILE);

        String json = JsonTreeWriter.write(AdfDocument.body(c));
        Object doc = JsonTreeReader.read(json, "test", "ADF");

        assertThat(JsonTreeReader.text(doc, "type")).contains("doc");
        assertThat(JsonTreeReader.text(doc, "version")).contains("1");
        assertThat(JiraDouble.adfText(doc)).contains("Element: " + HOSTILE.replace("\u0007", "\u0007") + " (Server)")
                .contains("File: models/shop.py:1").contains("Data flows");
        assertThat(json).doesNotContain("\"text\":\"\"");
        List<Object> blocks = JsonTreeReader.list(doc, "content");
        assertThat(blocks).extracting(b -> JsonTreeReader.text(b, "type").orElseThrow()).contains("paragraph",
                "heading", "bulletList");
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) JsonTreeReader.list(blocks.get(0), "content").get(0);
        assertThat(JsonTreeReader.list(first, "marks")).hasSize(1);
    }

    @Test
    void should_cut_a_long_title_to_fit_jira_and_github() {
        TicketContent c = content("x".repeat(400));

        assertThat(c.title()).hasSize(TicketContent.MAX_TITLE).endsWith("…");
    }
}
