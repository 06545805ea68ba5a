package dev.tmj.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.dsl.PytmModels;
import dev.tmj.dsl.ThreatModel;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.ThreatLibrary;
import org.junit.jupiter.api.Test;

/**
 * A model run through the security and the privacy library: the reports count findings by STRIDE and by LINDDUN
 * category side by side, and each finding shows the category of its own framework.
 */
class PrivacyCategoriesReportTest {
    private static Findings shop() {
        var tm = ThreatModel.named("Shop");
        var customer = tm.actor("Customer").region("EU");
        var web = tm.server("Web").region("EU");
        var carrier = tm.externalEntity("Carrier").region("US");
        var address = tm.data("Address").isPII(true).purpose("delivery").lawfulBasis("contract").region("EU");
        tm.dataflow(customer, web, "Order").protocol("HTTPS").data(address);
        tm.dataflow(web, carrier, "Ship").protocol("HTTPS").data(address);
        return tm.resolve(ThreatLibrary.builtIn("all"));
    }

    @Test
    void should_resolve_security_and_privacy_findings_in_one_run() {
        Findings findings = shop();

        assertThat(findings.findings()).extracting(Finding::framework).contains("STRIDE", "LINDDUN");
        assertThat(findings.findings()).filteredOn(f -> f.threatId().equals("LDD24")).extracting(Finding::target)
                .containsExactly("Ship");
    }

    @Test
    void should_count_by_stride_and_by_linddun_category_and_filter_by_either_in_the_html_report() {
        String html = HtmlReport.standard().renderText(shop());

        assertThat(html).contains("<caption>By STRIDE category</caption>", "<caption>By LINDDUN category</caption>",
                "<label for=\"filter-stride\">Category<select",
                "<option value=\"Non-compliance\">Non-compliance (LINDDUN) (",
                "<option value=\"Tampering\">Tampering (",
                "data-sort-button>Category</button>",
                "<td>Non-compliance <span class=\"type\">LINDDUN</span></td>", "<td>Tampering</td>");
        assertThat(html).as("every LINDDUN category is counted, zeros too, each linking to its filter")
                .contains("<tr class=\"count-stride-linking zero\"><th scope=\"row\">"
                        + "<a href=\"#filter:stride&#61;Linking\">Linking</a>");
    }

    @Test
    void should_show_both_frameworks_in_the_markdown_report() {
        String md = MarkdownReport.standard().renderText(shop());

        assertThat(md).contains("| STRIDE category | Findings |", "| LINDDUN category | Findings |",
                "| # | SID | Severity | Element | Category | Status |", "| Non-compliance (LINDDUN) |",
                "- **LINDDUN:** Non-compliance", "- **STRIDE:** Tampering");
    }

    @Test
    void should_keep_a_report_without_privacy_findings_as_it_was() {
        Findings findings = PytmModels.webapp().resolve(ThreatLibrary.builtIn());

        assertThat(HtmlReport.standard().renderText(findings)).doesNotContain("LINDDUN", "by-linddun")
                .contains("<label for=\"filter-stride\">STRIDE category<select");
        assertThat(MarkdownReport.standard().renderText(findings)).doesNotContain("LINDDUN")
                .contains("| # | SID | Severity | Element | STRIDE | Status |");
    }
}
