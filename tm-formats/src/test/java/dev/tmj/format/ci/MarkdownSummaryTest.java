package dev.tmj.format.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.gate.CheckResult;
import dev.tmj.gate.Gate;
import dev.tmj.gate.ModelCheck;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.ThreatLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MarkdownSummaryTest {
    private static final MarkdownSummary SUMMARY = MarkdownSummary.standard();

    @Test
    void should_write_the_shop_as_in_the_golden_file() {
        CiFixtures.assertMatchesGolden("shop.summary.md", SUMMARY.renderText(CiFixtures.shop(Gate.DEFAULT)));
    }

    @Test
    void should_write_new_and_fixed_findings_against_a_baseline_as_in_the_golden_file() {
        CiFixtures.assertMatchesGolden("shop-baseline.summary.md", SUMMARY.withMarker("models/shop.yaml")
                .renderText(CiFixtures.shopAgainstBaseline(Gate.DEFAULT.onlyNewFindings())));
    }

    @Test
    void should_name_the_risk_threshold_in_the_verdict_and_list_the_findings_at_or_above_it() {
        Gate byRisk = Gate.never().failingOnRisk(Optional.of(dev.tmj.resolve.RiskLevel.MEDIUM));
        CheckResult result = CiFixtures.shop(byRisk);
        long failing = result.failing().size();

        String summary = SUMMARY.renderText(result);

        assertThat(failing).isPositive();
        assertThat(summary).startsWith("## Threat model check: failed\n\n**Gate failed:** " + failing
                + " open findings of risk medium or above fail the gate.\n");
        assertThat(summary).contains("\n### Open findings at or above risk medium\n\n| Location | SID | Severity | Risk |");
        assertThat(SUMMARY.renderText(CiFixtures.shop(Gate.DEFAULT.failingOnRisk(
                Optional.of(dev.tmj.resolve.RiskLevel.CRITICAL))))).contains("of severity high or above or of risk"
                        + " critical or above").contains("### Open findings at or above high or risk critical\n");
    }

    @Test
    void should_give_the_verdict_first() {
        assertThat(SUMMARY.renderText(CiFixtures.shop(Gate.DEFAULT))).startsWith("## Threat model check: failed\n\n"
                + "**Gate failed:** 3 open findings of severity high or above fail the gate.\n");
        assertThat(SUMMARY.renderText(CiFixtures.shop(Gate.failingOn(dev.tmj.threat.Severity.VERY_HIGH))))
                .startsWith("## Threat model check: passed\n\n**Gate passed:** no open finding of severity very high"
                        + " or above.\n");
        assertThat(SUMMARY.renderText(CiFixtures.shop(Gate.never())))
                .startsWith("## Threat model check: passed\n\n**Gate passed:** the gate is off (fail on none).\n")
                .doesNotContain("### Open findings");
    }

    @Test
    void should_keep_hostile_names_inside_their_table_cells_as_text() {
        String md = SUMMARY.withMarker(CiFixtures.HOSTILE).renderText(CiFixtures.hostile());

        assertThat(md.indexOf("<!--")).isZero();
        assertThat(md.indexOf("-->")).isEqualTo(md.indexOf('\n') - 3);
        assertThat(md.substring(md.indexOf('\n'))).doesNotContain("<script", "<!--", "-->", "`code`", "\u0000",
                "\u001b", "\uD800");
        for (String line : md.split("\n")) {
            if (line.startsWith("|")) {
                String header = md.lines().filter(l -> l.startsWith("|")).filter(l -> columns(l) > 0)
                        .filter(l -> md.indexOf(l) <= md.indexOf(line)).reduce((a, b) -> columns(b) == columns(line)
                                ? b : a).orElseThrow();
                assertThat(columns(line)).as(line).isEqualTo(columns(header));
                assertThat(line).as("one row per line").endsWith("|");
            }
        }
    }

    /** The cell separators of a table row: pipes that no backslash escapes. */
    private static int columns(String row) {
        int pipes = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '\\') {
                i++;
            } else if (row.charAt(i) == '|') {
                pipes++;
            }
        }
        return pipes;
    }

    @Test
    void should_stay_under_sixty_thousand_characters_cutting_lists_with_a_count() {
        String longName = "A server with a long and descriptive name that goes on | and on ".repeat(4);
        Model model = Model.named("big");
        for (int i = 0; i < 2_000; i++) {
            model.add(ElementType.SERVER, longName + i);
        }
        ThreatLibrary library = ThreatLibrary.fromJson("[{\"SID\": \"B1\", \"target\": [\"Server\"], \"description\":"
                + " \"Big threat\", \"severity\": \"Very High\", \"condition\": \"True\"}, {\"SID\": \"B2\", \"target\":"
                + " [\"Server\"], \"description\": \"Other\", \"severity\": \"High\", \"condition\": \"True\"}]", "b.json");
        Findings findings = Pipeline.of(model).threats(library).run().findings();
        List<ModelCheck> models = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            models.add(ModelCheck.of("models/big-" + i + ".py", findings, Gate.DEFAULT, Optional.empty(),
                    location -> Optional.empty()));
        }

        String md = SUMMARY.withMarker("big").renderText(new CheckResult(Gate.DEFAULT, models));

        assertThat(md.length()).isLessThanOrEqualTo(MarkdownSummary.MAX_CHARS);
        assertThat(md).startsWith("<!-- tmj big -->\n## Threat model check: failed")
                .contains("| **Total** | 1200000 | 0 | 0 | 0 | 0 | 0 | **1200000** |")
                .containsPattern("\u2026 and \\d+ more\n");
        assertThat(md.lines().filter(l -> l.startsWith("| models/big-")).count()).isLessThan(300);
    }

    @Test
    void should_cut_a_list_after_the_most_rows_with_the_count_of_the_rest() {
        CheckResult result = JunitXmlWriterTest.twoModels();
        StringBuilder md = new StringBuilder();
        new SummaryTables(md, 2).findings(result.failing(), false, java.util.Map.of());

        assertThat(md.toString().lines().filter(l -> l.startsWith("| models/")).count()).isEqualTo(2);
        assertThat(md.toString()).endsWith("\u2026 and 4 more\n");
    }

    @Property(tries = 300)
    void should_write_a_marker_that_no_text_can_end_early(@ForAll String text) {
        String marker = MarkdownSummary.marker(text);

        assertThat(marker).startsWith("<!-- tmj ").endsWith(" -->").doesNotContain("\n", "\r");
        String inside = marker.substring("<!-- tmj ".length(), marker.length() - " -->".length());
        assertThat(inside).doesNotContain("--", "<", ">", "!");
        assertThat(MarkdownSummary.marker(text)).isEqualTo(marker);
    }

    @Test
    void should_keep_a_readable_marker_for_a_model_path() {
        assertThat(MarkdownSummary.marker("models/shop-v2.yaml")).isEqualTo("<!-- tmj models/shop-v2.yaml -->");
        assertThat(MarkdownSummary.marker("a --> b")).isEqualTo("<!-- tmj a %2D-%3E b -->");
    }
}
