package dev.tmj.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The escapers and helpers behind both reports, one case at a time. */
class ReportEscapingTest {

    @Test
    void should_write_json_that_cannot_end_a_script_element() throws Exception {
        String nasty = "</script><!-- <script> & 'quote' \"double\" \\ \n\t\u2028\u2029 \u0001 é 😀";
        String json = ScriptJsonWriter.write(g -> {
            g.writeStartObject();
            g.writeStringField("s", nasty);
            g.writeNumberField("n", -3);
            g.writeArrayFieldStart("list");
            g.writeString("a");
            g.writeString((String) null);
            g.writeStartObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        });
        assertThat(json).doesNotContain("<", ">", "&", "'", "\u2028", "\u2029")
                .isEqualTo("{\"s\":\"\\u003c/script\\u003e\\u003c!-- \\u003cscript\\u003e \\u0026 \\u0027quote"
                        + "\\u0027 \\\"double\\\" \\\\ \\n\\t\\u2028\\u2029 \\u0001 é 😀\",\"n\":-3,"
                        + "\"list\":[\"a\",null,{}]}");
        assertThat(new ObjectMapper().readTree(json).get("s").asText()).isEqualTo(nasty);
    }

    @Test
    void should_replace_a_lone_surrogate_in_json() throws Exception {
        String json = ScriptJsonWriter.write(g -> g.writeString("a\ud800b"));
        assertThat(new ObjectMapper().readTree(json).asText()).isEqualTo("a\ufffdb");
    }

    @Test
    void should_keep_surrogate_pairs_and_replace_only_lone_halves_in_json() {
        String json = ScriptJsonWriter.write(g -> g.writeString("\ud83d\ude00 \ude00 \ud83d\ud83d\ude00 end\ud83d"));
        assertThat(json).isEqualTo("\"\ud83d\ude00 \\ufffd \\ufffd\ud83d\ude00 end\\ufffd\"");
    }

    @Test
    void should_keep_graphviz_svg_as_drawn() {
        String svg = HtmlReportTest.dfd();
        String clean = SvgSanitizer.sanitize(svg).orElseThrow();
        assertThat(clean).startsWith("<svg ").endsWith("</svg>").doesNotContain("<!--", "<?xml", "DOCTYPE");
        assertThat(count(clean, "xlink:href=\"#element-")).isEqualTo(count(svg, "xlink:href=\"#element-"))
                .isPositive();
        assertThat(count(clean, "<polygon")).isEqualTo(count(svg, "<polygon"));
        assertThat(count(clean, "<text")).isEqualTo(count(svg, "<text"));
        assertThat(SvgSanitizer.sanitize(clean)).contains(clean);
    }

    @Test
    void should_strip_what_can_run_or_load_from_svg() {
        String clean = SvgSanitizer.sanitize(HtmlReportTest.hostileSvg()).orElseThrow();
        assertThat(clean).doesNotContain("<script", "onload", "onclick", "onerror", "<style", "style=",
                "foreignObject", "<image", "<img", "javascript", "evil.example")
                .contains("xlink:href=\"#element-3\"", "href=\"https://example.org/\"", "fill=\"url(#grad)\"",
                        "&lt;b&gt;Web server&lt;/b&gt;");
    }

    @Test
    void should_refuse_what_is_not_svg() {
        assertThat(SvgSanitizer.sanitize("no markup")).isEmpty();
        assertThat(SvgSanitizer.sanitize("<svg><g></svg>")).isEmpty();
        assertThat(SvgSanitizer.sanitize("<svg xmlns=\"http://www.w3.org/1999/xhtml\"/>")).isEmpty();
        assertThat(SvgSanitizer.sanitize("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><svg>&e;</svg>"))
                .isEmpty();
    }

    @Test
    void should_know_every_status_of_core_once_and_give_each_a_css_name() {
        assertThat(ReportView.STATUSES).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(dev.tmj.model.FindingStatus.values())
                        .map(dev.tmj.model.FindingStatus::label).toList())
                .startsWith("open").endsWith("mitigated");
        assertThat(ReportView.cssName("false positive")).isEqualTo("false-positive");
    }

    @Test
    void should_link_only_http_urls_in_references() {
        assertThat(ReportView.links("See https://a.example/x_(y), javascript:alert(1) and http://b.example/q?a=1&b=2."))
                .containsExactly(new ReportValues.Link("See ", null),
                        new ReportValues.Link("https://a.example/x_(y)", "https://a.example/x_(y)"),
                        new ReportValues.Link(", javascript:alert(1) and ", null),
                        new ReportValues.Link("http://b.example/q?a=1&b=2", "http://b.example/q?a=1&b=2"),
                        new ReportValues.Link(".", null));
        assertThat(ReportView.links("https://x.example/<script>")).containsExactly(
                new ReportValues.Link("https://x.example/", "https://x.example/"),
                new ReportValues.Link("<script>", null));
        assertThat(ReportView.links("")).isEmpty();
    }

    @Test
    void should_sort_sids_by_their_numbers() {
        List<String> sids = new java.util.ArrayList<>(List.of("INP10", "INP2", "AA01", "INP02", "DO1", "INP1"));
        sids.sort(ReportView::compareNatural);
        assertThat(sids).containsExactly("AA01", "DO1", "INP1", "INP02", "INP2", "INP10");
    }

    @Test
    void should_encode_filter_links() {
        assertThat(ReportView.filterHref("severity", "Very High")).isEqualTo("#filter:severity=Very%20High");
        assertThat(ReportView.filterHref("stride", "a&b=c\"<")).isEqualTo("#filter:stride=a%26b%3Dc%22%3C");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
