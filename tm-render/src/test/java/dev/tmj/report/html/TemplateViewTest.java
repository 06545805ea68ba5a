package dev.tmj.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.resolve.Findings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report template is input too (a project's file, perhaps changed in a pull request): it sees the view's values
 * and nothing else. mustache.java would call any public no-argument method by name ({@code {{findings.clear}}},
 * {@code {{title.getClass}}}); tmj's templates reach only the accessors of the view records.
 */
class TemplateViewTest {
    private static final String LIST = "{{#findings}}{{sid}};{{/findings}}";

    private static String markdown(String template, Findings findings) {
        return MarkdownReport.withTemplate(template).renderText(findings);
    }

    @Test
    void should_render_nothing_for_a_method_of_a_list_and_leave_the_findings_intact() {
        Findings findings = HtmlReportTest.webapp();
        String all = markdown(LIST, findings);

        assertThat(all).isNotEmpty();
        for (String call : List.of("{{findings.clear}}", "{{#findings.clear}}x{{/findings.clear}}",
                "{{elements.clear}}{{bySeverity.clear}}", "{{#findings}}{{references.clear}}{{/findings}}",
                "{{findings.size}}{{findings.isEmpty}}{{findings.iterator}}")) {
            assertThat(markdown(call + LIST, findings)).as(call).isEqualTo(all);
            assertThat(HtmlReport.withTemplate(call + LIST).withoutDiagram().renderText(findings)).as(call)
                    .isEqualTo(all);
        }
        assertThat(findings.findings()).hasSize(80);
    }

    @Test
    void should_not_reach_java_classes_through_any_value() {
        Findings findings = HtmlReportTest.webapp();
        String template = "{{class}}{{getClass}}{{title.class}}{{title.getClass}}{{title.bytes}}{{title.length}}"
                + "{{findingCount.class}}{{#findings}}{{class.name}}{{getClass.classLoader}}{{element.class}}"
                + "{{sid.toUpperCase}}{{hashCode}}{{toString}}{{evidence.class}}{{/findings}}{{hasFindings.class}}";

        assertThat(markdown(template, findings)).isEmpty();
    }

    @Test
    void should_still_offer_every_name_of_the_bundled_templates() {
        String template = "{{title}}|{{findingCount}}|{{#findings}}{{sid}} {{element.name}} {{hasReferences}}"
                + " {{hasEvidence}} {{classificationList}};{{/findings}}|{{#hasFindings}}yes{{/hasFindings}}";

        assertThat(markdown(template, HtmlReportTest.webapp())).startsWith("Comment board|80|INP02 Web server true"
                + " false CAPEC-100, CWE-120, CWE-119, CWE-680;INP03 ").endsWith("|yes");
    }

    @Test
    void should_keep_partials_of_a_template_file_inside_its_folder(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.mustache"), "SECRET");
        Path folder = Files.createDirectories(dir.resolve("templates"));
        Path template = Files.writeString(folder.resolve("report.mustache"), "{{> ../secret}}{{> " + secret + "}}");

        String out;
        try {
            out = MarkdownReport.withTemplate(template).renderText(HtmlReportTest.webapp());
        } catch (ReportTemplateException e) {
            out = e.getMessage();
        }
        assertThat(out).doesNotContain("SECRET");
    }
}
