package dev.tmj.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.dsl.PytmModels;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.Threat;
import dev.tmj.threat.ThreatLibrary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown report, read back with a CommonMark + GFM tables parser as a wiki or pull request would. */
class MarkdownReportTest {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    /** The anchor of a threat's entry: the only HTML the bundled template writes besides line breaks. */
    private static final String THREAT_ANCHOR = "<a id=\"threat-[0-9]+\"></a>";
    private static final Set<String> LABELS = Set.of("Threat:", "Findings:", "Element:", "Severity:", "Likelihood:", "STRIDE:", "Status:", "Risk:",
            "Response:", "Owner:", "Justification:", "Expires:", "Evidence:", "CVSS:", "Classifications:", "Location:", "Fingerprint:", "Details.", "Mitigations.",
            "Example.", "References.");

    @Test
    void should_match_the_golden_report_of_the_webapp_model() {
        Golden.assertMatches("webapp.md", MarkdownReport.standard().renderText(webapp()));
    }

    @Test
    void should_list_every_finding_in_the_table_and_in_a_section() {
        for (Findings findings : List.of(webapp(), PytmModels.pipeline().resolve(ThreatLibrary.builtIn()))) {
            Node doc = PARSER.parse(MarkdownReport.standard().renderText(findings));
            List<List<String>> rows = tableRows(doc, "#");
            assertThat(rows).hasSize(findings.size());
            assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(8));
            long threats = findings.findings().stream().map(Finding::threat).distinct().count();
            assertThat(headings(doc, 3)).hasSize(findings.size() + (int) threats);
            assertThat(headings(doc, 2)).startsWith("Summary", "Threats", "Findings");
        }
    }

    @Test
    void should_count_findings_by_severity_and_stride_category() {
        Findings findings = webapp();
        Node doc = PARSER.parse(MarkdownReport.standard().renderText(findings));
        List<List<String>> severities = tableRows(doc, "Severity");
        assertThat(severities).extracting(r -> r.get(0))
                .containsExactly("Very High", "High", "Medium", "Low", "Very Low");
        assertThat(severities.stream().mapToInt(r -> Integer.parseInt(r.get(1))).sum()).isEqualTo(findings.size());
        List<List<String>> stride = tableRows(doc, "STRIDE category");
        assertThat(stride).extracting(r -> r.get(0)).containsExactlyElementsOf(ReportView.STRIDE);
        for (List<String> row : stride) {
            assertThat(Integer.parseInt(row.get(1))).as(row.get(0))
                    .isEqualTo((int) findings.findings().stream().filter(f -> f.stride().equals(row.get(0))).count());
        }
    }

    @Test
    void should_show_hostile_model_text_as_the_same_text_and_nothing_else() {
        Findings findings = HostileModel.findings();
        String markdown = MarkdownReport.standard().renderText(findings);
        Node doc = PARSER.parse(markdown);

        // no markup of the model's survives: no HTML but our line breaks and threat anchors, no code, quotes, rules, ordered lists
        walk(doc, node -> {
            assertThat(node).isNotInstanceOfAny(HtmlBlock.class, Image.class, Code.class, FencedCodeBlock.class,
                    IndentedCodeBlock.class, BlockQuote.class, ThematicBreak.class, OrderedList.class,
                    Emphasis.class, HardLineBreak.class);
            if (node instanceof HtmlInline html) {
                assertThat(html.getLiteral()).matches("<br>|<a id=\"threat-[0-9]+\">|</a>");
            }
            if (node instanceof Link link) {
                assertThat(link.getDestination()).matches("https://.*|#threat-[0-9]+");
            }
            if (node instanceof StrongEmphasis strong) {
                assertThat(text(strong)).isIn(LABELS);
            }
        });
        assertThat(markdown.replaceAll(THREAT_ANCHOR, "")).doesNotContainPattern("<(?!br>|https://)");

        // every string reads back exactly
        assertThat(headings(doc, 1)).containsExactly("Threat model report: " + findings.checkedModel().model().name());
        assertThat(paragraphAfterTitle(doc)).isEqualTo(findings.checkedModel().model().description());
        List<List<String>> rows = tableRows(doc, "#");
        assertThat(rows).hasSize(findings.size());
        for (int i = 0; i < rows.size(); i++) {
            Finding f = findings.findings().get(i);
            assertThat(rows.get(i)).containsExactly(f.id(), f.threatId(), f.severityText(), f.target(),
                    f.stride().isEmpty() ? "—" : f.stride(), f.status().label(), f.description(),
                    f.location().map(Object::toString).orElse("—"));
        }
        Finding excluded = findings.excluded().get(0);
        assertThat(tableRows(doc, "SID")).containsExactly(List.of(excluded.threatId(), excluded.severityText(),
                excluded.target(), excluded.description(), excluded.assumption().orElseThrow().name() + ": "
                        + excluded.assumption().orElseThrow().description(),
                excluded.location().orElseThrow().toString()));
        assertThat(headings(doc, 2)).containsExactly("Summary", "Threats", "Findings", "Excluded findings",
                "Evaluation warnings");
        long threats = findings.findings().stream().map(Finding::threat).distinct().count();
        assertThat(headings(doc, 3)).hasSize(findings.size() + (int) threats);
        assertThat(text(doc)).contains("Mitigations. " + HostileModel.OWN_MITIGATIONS);
        assertThat(text(doc)).contains("'NoneType' object has no attribute 'name'", HostileModel.MARKDOWN);
        assertThat(text(doc)).contains("Owner: " + HostileModel.IMG,
                "Justification: " + HostileModel.BLOCKS + "\n" + HostileModel.SCRIPT, "Expires: 2099-12-31",
                HostileModel.TEMPLATE + " " + HostileModel.SVG + ": passed",
                HostileModel.LINK + ": failed (" + HostileModel.BLOCKS + "\n" + HostileModel.IMG + ")",
                "Status: open (evidence failed: " + HostileModel.LINK + " (");
    }

    @Test
    void should_describe_each_threat_once_and_link_every_finding_to_it() {
        Findings findings = PytmModels.pipeline().resolve(ThreatLibrary.builtIn());
        String markdown = MarkdownReport.standard().renderText(findings);
        List<Threat> threats = findings.findings().stream().map(Finding::threat).distinct().toList();
        assertThat(threats.size()).isLessThan(findings.size());
        for (Threat t : threats) {
            assertThat(markdown).as(t.id()).containsOnlyOnce("\n### " + t.id() + ": " + t.description() + "\n");
            List<Finding> of = findings.findings().stream().filter(f -> f.threat() == t).toList();
            int count = of.size();
            long open = of.stream().filter(f -> !f.status().isHandled()).count();
            assertThat(section(markdown, "\n### " + t.id() + ": ")).contains("**Findings:** " + open + " open of "
                    + count + "\n");
        }
        assertThat(markdown.split("\\*\\*Mitigations\\.\\*\\*", -1)).hasSize(
                1 + (int) threats.stream().filter(t -> !t.texts().mitigations().isEmpty()).count());
        for (Finding f : findings.findings()) {
            String own = section(markdown, "\n### " + f.id() + ". " + f.threatId() + ": ");
            String anchor = own.replaceFirst("(?s).*\\*\\*Threat:\\*\\* \\[[^]]*]\\(#(threat-[0-9]+)\\).*", "$1");
            assertThat(section(markdown, "<a id=\"" + anchor + "\"></a>\n\n### "))
                    .startsWith(f.threatId() + ": " + f.threat().description() + "\n");
        }
    }

    @Test
    void should_show_only_the_cause_beside_a_finding_whose_threat_names_one() {
        dev.tmj.model.Model model = dev.tmj.model.Model.named("infra");
        for (String name : List.of("aws_instance.web", "aws_instance.admin")) {
            dev.tmj.model.Element server = model.add(dev.tmj.model.ElementType.SERVER, name);
            server.setExtra("iacType", "aws_instance", dev.tmj.model.SourceLocation.of("main.tf", 1));
            server.setExtra("iacAdminPort", name + ": port 22 open to 0.0.0.0/0",
                    dev.tmj.model.SourceLocation.of("network.tf", 42));
        }
        Findings findings = dev.tmj.resolve.Resolver.resolve(model, ThreatLibrary.builtIn("iac"));
        String markdown = MarkdownReport.standard().renderText(findings);
        Threat iac06 = findings.findings().stream().map(Finding::threat).filter(t -> t.id().equals("IAC06"))
                .findFirst().orElseThrow();
        assertThat(markdown).containsOnlyOnce("**Details.** " + iac06.texts().details() + "\n")
                .contains("**Details.** Cause: aws\\_instance.web: port 22 open to 0.0.0.0/0\n",
                        "**Details.** Cause: aws\\_instance.admin: port 22 open to 0.0.0.0/0\n");
    }

    /** The text of the section that starts after {@code start}, up to the next heading. */
    private static String section(String markdown, String start) {
        int at = markdown.indexOf(start);
        assertThat(at).as(start).isNotNegative();
        int from = at + start.length();
        int end = markdown.indexOf("\n#", from);
        return markdown.substring(from, end < 0 ? markdown.length() : end);
    }

    @Test
    void should_link_only_http_references_and_keep_the_rest_as_text() {
        Node doc = PARSER.parse(MarkdownReport.standard().renderText(HostileModel.findings()));
        List<String> links = new ArrayList<>();
        walk(doc, n -> {
            if (n instanceof Link link) {
                links.add(link.getDestination());
            }
        });
        assertThat(links).contains("https://example.org/a_b?c=1&d=2").noneMatch(l -> l.contains("javascript"));
        assertThat(text(doc)).contains("References. javascript:alert(1), https://example.org/a_b?c=1&d=2"
                + HostileModel.SVG);
    }

    @Test
    void should_give_the_same_text_every_time() {
        String first = MarkdownReport.standard().renderText(webapp());
        assertThat(MarkdownReport.standard().renderText(webapp())).isEqualTo(first);
    }

    @Test
    void should_render_a_template_of_the_users_text_with_markdown_escaping() {
        String out = MarkdownReport.withTemplate("{{findingCount}}: {{#findings}}{{sid}}={{element.name}};"
                + "{{/findings}}").renderText(HostileModel.findings());
        assertThat(out).startsWith("58: INP05=&lt;/script&gt;&lt;script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void should_render_a_template_file_with_partials_beside_it(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("count.mustache"), "{{findingCount}} findings in {{title}}");
        Files.writeString(dir.resolve("report.mustache"), "# Report\n{{> count}}\n");
        String out = MarkdownReport.withTemplate(dir.resolve("report.mustache")).renderText(webapp());
        assertThat(out).isEqualTo("# Report\n80 findings in Comment board\n");
    }

    @Test
    void should_reject_a_template_that_does_not_compile() {
        assertThatThrownBy(() -> MarkdownReport.withTemplate("{{#findings}} unclosed"))
                .isInstanceOf(ReportTemplateException.class)
                .hasMessageContaining("custom Markdown template");
    }

    @Test
    void should_write_to_any_stream() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MarkdownReport.standard().writeTo(webapp(), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(MarkdownReport.standard().renderText(webapp()));
        assertThat(MarkdownReport.defaultTemplate()).contains("# Threat model report: {{title}}");
    }

    static Findings webapp() {
        return PytmModels.webapp().resolve(ThreatLibrary.builtIn());
    }

    /** The body rows of the table whose first header cell is {@code firstHeader}, as cell texts. */
    static List<List<String>> tableRows(Node doc, String firstHeader) {
        List<List<String>> rows = new ArrayList<>();
        walk(doc, node -> {
            if (node instanceof TableBlock table) {
                TableHead head = (TableHead) table.getFirstChild();
                if (text(head.getFirstChild().getFirstChild()).equals(firstHeader)) {
                    for (Node row = table.getLastChild().getFirstChild(); row != null; row = row.getNext()) {
                        List<String> cells = new ArrayList<>();
                        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                            cells.add(text(cell));
                        }
                        rows.add(cells);
                    }
                }
            }
        });
        return rows;
    }

    static List<String> headings(Node doc, int level) {
        List<String> out = new ArrayList<>();
        walk(doc, node -> {
            if (node instanceof Heading h && h.getLevel() == level) {
                out.add(text(h));
            }
        });
        return out;
    }

    private static String paragraphAfterTitle(Node doc) {
        Node first = doc.getFirstChild();
        assertThat(first).isInstanceOf(Heading.class);
        assertThat(first.getNext()).isInstanceOf(Paragraph.class);
        return text(first.getNext());
    }

    /** The text a reader sees: literals, with our {@code <br>} and soft breaks as line breaks. */
    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        appendText(node, out);
        return out.toString();
    }

    private static void appendText(Node node, StringBuilder out) {
        if (node instanceof Text t) {
            out.append(t.getLiteral());
        } else if (node instanceof Code c) {
            out.append(c.getLiteral());
        } else if (node instanceof HtmlInline html && html.getLiteral().equals("<br>")) {
            out.append('\n');
        } else if (node instanceof SoftLineBreak) {
            out.append('\n');
        } else {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                appendText(child, out);
            }
        }
    }

    static void walk(Node node, Consumer<Node> visitor) {
        visitor.accept(node);
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            walk(child, visitor);
        }
    }
}
