package dev.tmj.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The history section: shown only with runs, an inline SVG chart without script, "first seen" per finding. */
class HtmlReportHistoryTest {
    private static final Findings WEBAPP = HtmlReportTest.webapp();

    private static ReportHistory history(String hostileTitle) {
        Finding first = WEBAPP.findings().get(0);
        return new ReportHistory(List.of(
                new ReportHistory.Run("#1", "#1 2026-12-01", Map.of("Very High", 4, "High", 10, "Medium", 3)),
                new ReportHistory.Run("#2", hostileTitle, Map.of("High", 2, "Low", 1))),
                Map.of(first.fingerprint(), "2026-12-01 (run #1)"));
    }

    private static String report(ReportHistory history) {
        return HtmlReportTest.showing(HtmlReport.standard().withHistory(history), null).renderText(WEBAPP);
    }

    @Test
    void should_draw_the_open_findings_of_each_run_by_severity_in_an_inline_chart() {
        String html = report(history("#2 2026-12-02"));
        String section = html.substring(html.indexOf("<section id=\"history\""), html.indexOf("</section>",
                html.indexOf("<section id=\"history\"")));

        assertThat(html).contains("<a href=\"#history\">History</a>");
        assertThat(section).contains("<h2 id=\"history-title\">History</h2>", "over the last 2 recorded runs",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"", "<title>#1 2026-12-01, Very High 4, High 10, Medium 3"
                        + "</title>", "<title>#2 2026-12-02, High 2, Low 1</title>")
                .doesNotContain("<script");
        // the highest column (17 open findings) fills the chart's 160 pixels; run 2's three fill 28.2
        assertThat(section).contains("fill=\"#7f1d1d\"", "height=\"37.6\"", "height=\"94.1\"");
        assertThat(html).isEqualTo(report(history("#2 2026-12-02")));
    }

    @Test
    void should_say_when_a_finding_was_first_seen() {
        String html = report(history("#2"));

        assertThat(html).contains("<dt>First seen</dt><dd>2026-12-01 (run #1)</dd>");
        assertThat(html.split("<dt>First seen</dt>", -1)).hasSize(2);
    }

    @Test
    void should_escape_every_text_of_the_chart() {
        String html = report(history("<script>alert(1)</script> & \"x\""));

        assertThat(html).contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"x\", High 2, Low 1</title>")
                .doesNotContain("<script>alert(1)");
    }

    @Test
    void should_have_no_history_section_without_runs() {
        String without = HtmlReportTest.showing(HtmlReport.standard(), null).renderText(WEBAPP);

        assertThat(report(new ReportHistory(List.of(), Map.of()))).isEqualTo(without);
        assertThat(without).doesNotContain("id=\"history\"", "First seen");
    }
}
