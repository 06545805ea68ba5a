package dev.tmj.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.report.html.HtmlReport;
import dev.tmj.report.html.MarkdownReport;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.Linddun;
import dev.tmj.threat.ThreatLibrary;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The web shop and the LLM assistant run through both built-in lenses ({@code builtin:all}): their reports count and
 * list security findings by STRIDE category and privacy findings by LINDDUN category, side by side.
 */
class ExamplePrivacyReportsTest {
    private static final Pattern MARKDOWN_ROW = Pattern.compile("(?m)^\\| \\d+ \\| (\\w+) \\| [^|]+ \\| [^|]+ \\| "
            + "([^|]+) \\|");

    static Stream<Arguments> models() {
        return Stream.of(Arguments.of("WebShop", (Supplier<ThreatModel>) WebShop::model),
                Arguments.of("LlmAssistant", (Supplier<ThreatModel>) LlmAssistant::model));
    }

    private static Findings both(Supplier<ThreatModel> model) {
        return model.get().pipeline().threats(ThreatLibrary.builtIn("all")).asOf(LocalDate.of(2026, 12, 1)).run()
                .findings();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void should_show_stride_and_linddun_categories_side_by_side_in_the_html_report(String name,
            Supplier<ThreatModel> model) {
        Findings findings = both(model);
        String html = HtmlReport.standard().renderText(findings);

        assertThat(html).as(name).contains("<caption>By STRIDE category</caption>",
                "<caption>By LINDDUN category</caption>", "data-sort-button>Category</button>");
        for (Finding f : findings.findings()) {
            String cell = f.framework().equals(Linddun.FRAMEWORK)
                    ? "<td>" + f.linddun() + " <span class=\"type\">LINDDUN</span></td>" : "<td>" + f.stride() + "</td>";
            assertThat(html).as(f.toString()).contains(cell);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void should_give_every_markdown_finding_the_category_of_its_framework(String name, Supplier<ThreatModel> model) {
        Findings findings = both(model);
        String md = MarkdownReport.standard().renderText(findings);

        assertThat(md).as(name).contains("| STRIDE category | Findings |", "| LINDDUN category | Findings |");
        Matcher row = MARKDOWN_ROW.matcher(md);
        int rows = 0;
        boolean stride = false;
        boolean linddun = false;
        while (row.find()) {
            Finding f = findings.findings().get(rows++);
            assertThat(row.group(1)).isEqualTo(f.threatId());
            if (f.threatId().startsWith("LDD")) {
                assertThat(row.group(2)).isEqualTo(f.linddun() + " (LINDDUN)");
                linddun = true;
            } else {
                assertThat(row.group(2)).isEqualTo(f.stride());
                stride = true;
            }
        }
        assertThat(rows).isEqualTo(findings.findings().size());
        assertThat(stride && linddun).as(name + " has findings of both frameworks").isTrue();
    }
}
