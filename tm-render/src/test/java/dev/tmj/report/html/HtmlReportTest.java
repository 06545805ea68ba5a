package dev.tmj.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmj.dsl.PytmModels;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report, parsed as a browser would (jsoup follows the HTML5 parsing algorithm). */
class HtmlReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_have_the_golden_structure_for_the_webapp_model() {
        Golden.assertMatches("webapp-html-structure.txt", structure(html(webapp(), dfd())));
    }

    @Test
    void should_give_every_element_a_section_that_the_diagram_links_to() {
        Findings findings = webapp();
        Document doc = Jsoup.parse(html(findings, dfd()));
        int n = findings.checkedModel().elements().size();
        for (int i = 0; i < n; i++) {
            Element section = doc.getElementById("element-" + i);
            assertThat(section).as("element-" + i).isNotNull();
            assertThat(section.selectFirst("h3").ownText())
                    .isEqualTo(findings.checkedModel().elements().get(i).name());
            int count = findings.of(findings.checkedModel().elements().get(i)).size();
            assertThat(section.select("li")).hasSize(count);
        }
        List<String> links = doc.select("#diagram svg a").eachAttr("xlink:href");
        assertThat(links).isNotEmpty().allSatisfy(href -> assertThat(doc.getElementById(href.substring(1)))
                .as(href).isNotNull());
    }

    @Test
    void should_list_every_finding_with_its_details() {
        Findings findings = PytmModels.pipeline().resolve(ThreatLibrary.builtIn());
        Document doc = Jsoup.parse(html(findings, null));
        Elements rows = doc.select("#findings-table > tbody.finding");
        assertThat(rows).hasSize(findings.size());
        for (int i = 0; i < rows.size(); i++) {
            Finding f = findings.findings().get(i);
            Element row = rows.get(i);
            assertThat(row.id()).isEqualTo("finding-" + (i + 1));
            assertThat(row.select("tr.summary-row > td").eachText()).containsExactly("\u25b8", f.threatId(),
                    f.severityText(), f.target() + " " + f.element().type().pytmName(), f.stride(),
                    f.status().label(), f.description(), f.location().orElseThrow().toString());
            String details = row.selectFirst("tr.detail").text();
            assertThat(details).contains(f.fingerprint(), f.location().orElseThrow().toString());
            Element threat = threatOf(doc, row);
            assertThat(threat.selectFirst("h3").text()).isEqualTo(f.threatId() + " " + f.threat().description());
            assertThat(threat.text()).contains(String.join(", ", f.threat().texts().classifications()));
        }
        assertThat(doc.getElementById("diagram").text()).contains("No diagram is available");
    }

    @Test
    void should_offer_filters_and_sort_keys_for_the_script() throws IOException {
        Findings findings = webapp();
        Document doc = Jsoup.parse(html(findings, null));
        assertThat(doc.select("#filter-severity option").eachAttr("value"))
                .containsExactly("", "Very High", "High", "Medium", "Low");
        assertThat(doc.select("#filter-status option").eachAttr("value")).containsExactly("", "open", "mitigated");
        assertThat(doc.select("#filter-stride option").eachAttr("value")).containsExactly("", "Spoofing",
                "Tampering", "Repudiation", "Information disclosure", "Denial of service", "Elevation of privilege");
        assertThat(doc.select("#findings-table th[data-sort]").eachAttr("data-sort"))
                .containsExactly("sid", "severity", "element", "stride", "status");

        JsonNode data = JSON.readTree(doc.getElementById("tmj-data").data());
        assertThat(data.get("findings")).hasSize(findings.size());
        JsonNode first = data.get("findings").get(0);
        assertThat(first.get("sid").asText()).isEqualTo("INP02");
        assertThat(first.get("status").asText()).isEqualTo("mitigated");
        assertThat(first.get("sort").get("severity").asInt()).isEqualTo(5);
        // statuses rank open before mitigated; elements rank by name
        assertThat(first.get("sort").get("status").asInt()).isGreaterThan(data.get("findings").get(1)
                .get("sort").get("status").asInt());
    }

    @Test
    void should_show_hostile_model_text_as_text_everywhere() throws IOException {
        Findings findings = HostileModel.findings();
        String html = html(findings, hostileSvg());
        Document doc = Jsoup.parse(html);

        // nothing of the model's became markup
        assertThat(doc.select("script")).hasSize(2);
        assertThat(doc.select("script[src], img, iframe, object, embed, link, base, form, foreignObject, image"))
                .isEmpty();
        assertThat(doc.select("head > style, head > noscript")).hasSize(2);
        assertThat(doc.select("body style, body link")).isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as(e.tagName()).doesNotStartWith("on").isNotEqualTo("src");
                if (a.getKey().endsWith("href")) {
                    assertThat(a.getValue()).as(e.tagName()).matches("#.*|https://.*");
                }
            }
        }
        // and reads back exactly
        assertThat(doc.selectFirst("h1").text()).isEqualTo(findings.checkedModel().model().name());
        assertThat(doc.title()).isEqualTo(findings.checkedModel().model().name() + " · threat model report");
        assertThat(doc.selectFirst(".page-header .description").wholeText())
                .isEqualTo(findings.checkedModel().model().description());
        Elements rows = doc.select("#findings-table > tbody.finding");
        assertThat(rows).hasSize(findings.size());
        for (int i = 0; i < rows.size(); i++) {
            Finding f = findings.findings().get(i);
            List<String> cells = rows.get(i).select("tr.summary-row > td").eachText();
            assertThat(cells.subList(1, 8)).containsExactly(normal(f.threatId()), normal(f.severityText()),
                    normal(f.target() + " " + f.element().type().pytmName()), normal(f.stride()),
                    f.status().label(), normal(f.description()),
                    normal(f.location().orElseThrow().toString()));
        }
        Element zz02 = rows.stream().filter(r -> r.selectFirst(".sid").text().equals("ZZ02")).findFirst()
                .orElseThrow();
        assertThat(zz02.select("dd.text").eachAttr("class")).isNotEmpty();
        assertThat(zz02.select("dd").eachText()).contains(normal(HostileModel.OWN_MITIGATIONS),
                normal(HostileModel.TEMPLATE));
        Element zz02Threat = threatOf(doc, zz02);
        assertThat(zz02Threat.select("dd").eachText()).contains(normal(HostileModel.BLOCKS + "\n" + HostileModel.IMG),
                normal(HostileModel.MARKDOWN + " " + HostileModel.TEMPLATE), normal(HostileModel.COMMENT),
                "CWE-79, " + normal(HostileModel.CLOSE_SCRIPT));
        assertThat(zz02Threat.select("dd a").eachAttr("href")).containsExactly("https://example.org/a_b?c=1&d=2");
        assertThat(zz02Threat.selectFirst("h3").text()).isEqualTo(normal("ZZ02 " + HostileModel.SCRIPT + " "
                + HostileModel.LINK));
        assertThat(zz02.select("dt").eachText()).contains("Status", "Owner", "Justification", "Expires");
        assertThat(zz02.select("dd").eachText()).contains("accepted", normal(HostileModel.IMG),
                normal(HostileModel.BLOCKS + "\n" + HostileModel.SCRIPT), "2099-12-31");
        Element proved = rows.stream().filter(r -> r.selectFirst(".sid").text().equals(HostileModel.EVIDENCE_SID)
                && r.selectFirst("tr.detail").text().contains("Evidence")).findFirst().orElseThrow();
        assertThat(proved.select("ul.evidence > li").eachText()).containsExactly(
                normal(HostileModel.TEMPLATE + " " + HostileModel.SVG + " passed"),
                normal(HostileModel.LINK + " failed: " + HostileModel.BLOCKS + "\n" + HostileModel.IMG));
        assertThat(proved.select("ul.evidence > li").eachAttr("class")).containsExactly("evidence-passed",
                "evidence-failed");
        assertThat(proved.selectFirst(".status-reason").text()).isEqualTo(normal("(evidence failed: "
                + HostileModel.LINK + " (" + HostileModel.BLOCKS + "\n" + HostileModel.IMG + "))"));
        for (int i = 0; i < findings.checkedModel().elements().size(); i++) {
            dev.tmj.model.Element e = findings.checkedModel().elements().get(i);
            assertThat(doc.getElementById("element-" + i).selectFirst("h3").ownText()).isEqualTo(normal(e.name()));
        }
        assertThat(doc.getElementById("excluded").text()).contains(normal(HostileModel.IMG + " assumption"));
        assertThat(doc.getElementById("warnings").text()).contains("'NoneType' object has no attribute 'name'");
        assertThat(doc.getElementById("elements").text()).contains(normal(HostileModel.TEMPLATE + " "
                + HostileModel.SVG), normal(HostileModel.LINK), normal(HostileModel.IMG));

        // the script's data cannot close its element and parses back to the model's strings
        String data = doc.getElementById("tmj-data").data();
        assertThat(data).doesNotContain("<", ">", "&");
        JsonNode json = JSON.readTree(data);
        for (int i = 0; i < findings.size(); i++) {
            assertThat(json.get("findings").get(i).get("target").asText()).isEqualTo(findings.findings().get(i)
                    .target());
            assertThat(json.get("findings").get(i).get("severity").asText())
                    .isEqualTo(findings.findings().get(i).severityText());
        }
        // option values are the strings the script compares with
        assertThat(doc.select("#filter-stride option").eachAttr("value")).contains(HostileModel.SVG);
    }

    @Test
    void should_describe_each_threat_once_most_severe_first_with_its_counts() {
        Findings findings = PytmModels.pipeline().resolve(ThreatLibrary.builtIn());
        Document doc = Jsoup.parse(html(findings, null));
        List<dev.tmj.threat.Threat> threats = findings.findings().stream().map(Finding::threat).distinct().toList();
        Elements entries = doc.select("#threats > article.threat");
        assertThat(entries).hasSize(threats.size());
        assertThat(entries.eachAttr("id")).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, threats.size()).mapToObj(i -> "threat-" + i).toList());
        List<Integer> levels = new java.util.ArrayList<>();
        for (Element entry : entries) {
            String sid = entry.selectFirst("h3 .sid").text();
            dev.tmj.threat.Threat t = threats.stream().filter(x -> x.id().equals(sid)).findFirst().orElseThrow();
            levels.add(t.severityLevel());
            List<Finding> of = findings.findings().stream().filter(f -> f.threat() == t).toList();
            long open = of.stream().filter(f -> !f.status().isHandled()).count();
            assertThat(entry.selectFirst(".meta").text()).endsWith(open + " open of " + of.size() + " findings");
            if (!t.texts().mitigations().isEmpty()) {
                assertThat(entry.select("dd").eachText()).contains(normal(t.texts().mitigations()));
            }
        }
        assertThat(levels).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // the threat's texts are not repeated in its findings
        assertThat(doc.select("#findings-table dt").eachText()).doesNotContain("Mitigations", "Details",
                "References", "Classifications");
    }

    /** The entry in the Threats section that a finding's row links to. */
    private static Element threatOf(Document doc, Element findingRow) {
        Element link = findingRow.selectFirst("tr.detail dd a[href^=#threat-]");
        assertThat(link).as("the link to the threat of %s", findingRow.id()).isNotNull();
        Element threat = doc.getElementById(link.attr("href").substring(1));
        assertThat(threat).as(link.attr("href")).isNotNull();
        assertThat(threat.parent().id()).isEqualTo("threats");
        return threat;
    }

    @Test
    void should_allow_only_its_own_script_and_load_nothing() throws Exception {
        String html = html(HostileModel.findings(), hostileSvg());
        Document doc = Jsoup.parse(html);
        String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(csp).startsWith("default-src 'none';").contains("base-uri 'none'").doesNotContain("unsafe-eval");
        String script = doc.select("script:not([type])").first().data();
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        assertThat(csp).contains("script-src 'sha256-" + hash + "'");
        assertThat(script).doesNotContain("</script", "<!--", "<script", "eval(", "innerHTML", "Function(");
        assertThat(doc.selectFirst("style").data()).doesNotContain("url(", "@import", "@font-face");
        assertThat(html).doesNotContainPattern("(?i)<link|src=|@import|url\\((?!#)");
    }

    @Test
    void should_sanitize_the_diagram_and_keep_its_links() {
        Document doc = Jsoup.parse(html(webapp(), hostileSvg()));
        Element svg = doc.selectFirst("#diagram svg");
        assertThat(svg).isNotNull();
        assertThat(svg.select("script, foreignObject, image, style")).isEmpty();
        assertThat(svg.select("a").stream().map(a -> a.hasAttr("href") ? a.attr("href") : a.attr("xlink:href")))
                .containsExactly("#element-3", "", "https://example.org/");
        assertThat(svg.select("text").eachText()).containsExactly("<b>Web server</b>");
        assertThat(svg.outerHtml()).doesNotContain("javascript", "onload", "onclick", "evil.example");
    }

    @Test
    void should_note_a_diagram_that_is_not_svg() {
        Document doc = Jsoup.parse(html(webapp(), "<html><body>not svg</body></html>"));
        assertThat(doc.select("#diagram svg")).isEmpty();
        assertThat(doc.getElementById("diagram").text()).contains("could not be embedded");
    }

    @Test
    void should_show_the_linked_data_flow_diagram_by_default() {
        Document doc = Jsoup.parse(HtmlReport.standard().renderText(webapp()));
        Element diagram = doc.getElementById("diagram");
        assertThat(diagram.select("svg")).hasSize(1);
        assertThat(diagram.outerHtml()).contains("#element-");
    }

    @Test
    void should_give_the_same_bytes_every_time() {
        assertThat(html(webapp(), dfd())).isEqualTo(html(webapp(), dfd()));
    }

    @Test
    void should_render_a_template_of_the_users_text_with_html_escaping() {
        String out = HtmlReport.withTemplate("<h1>{{title}}</h1>{{#findings}}<p>{{element.name}}</p>"
                + "{{/findings}}").withoutDiagram().renderText(HostileModel.findings());
        Document doc = Jsoup.parse(out);
        assertThat(doc.select("script, img")).isEmpty();
        assertThat(doc.selectFirst("h1").text()).isEqualTo(HostileModel.findings().checkedModel().model().name());
    }

    @Test
    void should_render_a_template_file(@TempDir Path dir) throws IOException {
        Path template = dir.resolve("mine.html");
        Files.writeString(template, "<p>{{findingCount}}</p>{{> footer}}");
        Files.writeString(dir.resolve("footer.html"), "<footer>{{library}}</footer>");
        assertThat(HtmlReport.withTemplate(template).withoutDiagram().renderText(webapp()))
                .isEqualTo("<p>80</p><footer>tmj built-in</footer>");
        assertThat(HtmlReport.defaultTemplate()).contains("<script>{{{script}}}</script>");
    }

    @Test
    void should_reject_a_template_that_does_not_compile() {
        assertThatThrownBy(() -> HtmlReport.withTemplate("{{#findings}}"))
                .isInstanceOf(ReportTemplateException.class);
    }

    static Findings webapp() {
        return PytmModels.webapp().resolve(ThreatLibrary.builtIn());
    }

    /** The standard report showing this SVG document, or no diagram when it is null. */
    static String html(Findings findings, String svg) {
        return showing(HtmlReport.standard(), svg).renderText(findings);
    }

    /** The report showing this SVG document instead of a drawn diagram, or no diagram when it is null. */
    static HtmlReport showing(HtmlReport report, String svg) {
        return svg == null ? report.withoutDiagram()
                : report.withDiagram((findings, out) -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static String dfd() {
        return Golden.read("webapp-dfd.svg");
    }

    /** An SVG that tries everything a diagram should not do, around one real link. */
    static String hostileSvg() {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!-- <script>alert(1)</script> -->
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)"
                     width="100pt" height="50pt" viewBox="0 0 100 50">
                <script>document.documentElement.setAttribute('data-pwned','svg-script')</script>
                <style>@import url(https://evil.example/x.css);</style>
                <g id="node1" class="node" onclick="alert(2)" style="background:url(https://evil.example/a.png)">
                <a xlink:href="#element-3" xlink:title="Web server"><ellipse fill="url(https://evil.example/f)" cx="5" cy="5" rx="5" ry="5"/>
                <text x="5" y="5">&lt;b&gt;Web server&lt;/b&gt;</text></a>
                <a xlink:href="javascript:alert(3)"><rect width="1" height="1"/></a>
                <a href="https://example.org/"><rect width="1" height="1" fill="url(#grad)"/></a>
                <image href="https://evil.example/i.png"/>
                <use xlink:href="https://evil.example/sprite.svg#a"/>
                <foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(4)"/></div></foreignObject>
                </g>
                </svg>
                """;
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /**
     * What the golden structure file records: section ids, element anchors, table header, row counts, filter
     * options, summary counts, diagram links and scripts; not the bytes.
     */
    static String structure(String html) {
        Document doc = Jsoup.parse(html);
        StringBuilder out = new StringBuilder();
        out.append("title: ").append(doc.title()).append('\n');
        out.append("h1: ").append(doc.selectFirst("h1").text()).append('\n');
        out.append("sections: ").append(String.join(" ", doc.select("main > section").eachAttr("id"))).append('\n');
        out.append("nav: ").append(String.join(" ", doc.select("header nav a").eachAttr("href"))).append('\n');
        for (String table : List.of("by-severity", "by-stride", "by-status")) {
            out.append(table).append(": ").append(doc.select("#" + table + " tbody tr").stream()
                    .map(tr -> tr.selectFirst("th").text() + "=" + tr.selectFirst("td").text())
                    .collect(Collectors.joining(", "))).append('\n');
        }
        out.append("diagram links: ").append(String.join(" ", doc.select("#diagram svg a").eachAttr("xlink:href")))
                .append('\n');
        for (String filter : List.of("filter-severity", "filter-status", "filter-stride", "filter-element")) {
            out.append(filter).append(": ").append(String.join(" | ", doc.select("#" + filter + " option")
                    .eachText())).append('\n');
        }
        out.append("findings header: ").append(String.join(" | ", doc.select("#findings-table thead th")
                .eachText())).append('\n');
        Elements rows = doc.select("#findings-table > tbody.finding");
        out.append("finding rows: ").append(rows.size()).append('\n');
        out.append("detail rows: ").append(doc.select("#findings-table tr.detail").size()).append('\n');
        out.append("first rows:\n");
        rows.stream().limit(3).forEach(r -> out.append("  ").append(r.id()).append(": ")
                .append(String.join(" | ", r.select("tr.summary-row > td").eachText())).append('\n'));
        out.append("detail fields: ").append(String.join(" ", rows.get(0).select("dt").eachText())).append('\n');
        out.append("elements:\n");
        for (Element e : doc.select("#elements article")) {
            out.append("  ").append(e.id()).append(": ").append(e.selectFirst("h3").text()).append(" (")
                    .append(e.select("li").size()).append(" findings)\n");
        }
        out.append("excluded header: ").append(String.join(" | ", doc.select("#excluded-table thead th").eachText()))
                .append('\n');
        out.append("excluded rows: ").append(doc.select("#excluded-table tbody tr").size()).append('\n');
        out.append("scripts: ").append(doc.select("script").stream()
                .map(s -> s.hasAttr("type") ? s.attr("type") + "#" + s.id() : "inline")
                .collect(Collectors.joining(", "))).append('\n');
        return out.toString();
    }
}
