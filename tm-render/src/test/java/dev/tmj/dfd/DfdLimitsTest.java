package dev.tmj.dfd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.resolve.CheckedModel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Names and nesting far beyond what a diagram can show still give a diagram. */
class DfdLimitsTest {
    /** 16,000 characters: a DOT quoted string of more than 16,384 bytes made dot fail with a syntax error. */
    private static final String LONG = "Long name ".repeat(1_600);

    private static DfdDiagram draw(ThreatModel tm, DfdOptions options) {
        return DfdDiagram.of(CheckedModel.of(tm.model()), options);
    }

    private static ThreatModel longNames() {
        var tm = ThreatModel.named("Long names");
        var zone = tm.boundary("Zone " + LONG);
        var web = tm.server("Server " + LONG).in(zone);
        var user = tm.actor("\uD83D\uDE00".repeat(300));
        tm.dataflow(user, web, "Flow " + LONG);
        return tm;
    }

    @Test
    void should_cut_a_long_name_in_its_label_and_show_it_whole_in_the_tooltip() {
        DfdDiagram diagram = draw(longNames(), DfdOptions.defaults());
        DfdGraph.Node server = (DfdGraph.Node) ((DfdGraph.Cluster) diagram.graph().items().get(0)).children().get(0);
        String shown = String.join(" ", server.lines());

        assertThat(shown).startsWith("Server Long name Long").endsWith("\u2026");
        assertThat(shown.codePointCount(0, shown.length())).isLessThanOrEqualTo(DfdGraph.MAX_LABEL + 12);
        assertThat(diagram.dot()).contains("tooltip = \"Server Long name Long name");
        String tooltips = Arrays.stream(diagram.dot().split("\n")).filter(l -> l.contains("tooltip = "))
                .map(l -> l.replace("\" + \"", "")).reduce("", String::concat);
        assertThat(tooltips).contains("Server " + LONG.strip(), "Zone " + LONG.strip(), "Flow " + LONG.strip());
        // Each quoted piece stays far below dot's limit of 16,384 bytes.
        assertThat(Arrays.stream(diagram.dot().split("\" \\+ \"")).mapToInt(String::length).max().orElseThrow())
                .isLessThan(8_000);
    }

    @Test
    void should_cut_a_name_of_wide_characters_by_code_points() {
        List<String> lines = DfdGraph.label("\uD83D\uDE00".repeat(300));
        String shown = String.join("", lines);
        assertThat(shown.codePointCount(0, shown.length())).isEqualTo(DfdGraph.MAX_LABEL);
        assertThat(shown).endsWith("\uD83D\uDE00\u2026");
    }

    @Test
    void should_keep_short_names_and_their_text_as_before() {
        String name = "x".repeat(DfdGraph.MAX_LABEL);
        assertThat(DfdGraph.shortened(name)).isSameAs(name);
        assertThat(DfdGraph.isTooLong(name)).isFalse();
        assertThat(DfdGraph.isTooLong(name + "x")).isTrue();
        assertThat(draw(TestModels.allTypes(), DfdOptions.defaults()).dot()).doesNotContain("tooltip");
    }

    @Test
    void should_render_a_diagram_with_long_names_through_dot() {
        DiagramImages images = DiagramImages.defaults();
        assumeTrue(images.dot().isPresent(), "Graphviz's dot is not installed");
        Svg svg = Svg.parse(images.svg(draw(longNames(), DfdOptions.defaults().linked(true))));
        assertThat(String.join(" ", svg.texts())).contains("Server Long name").contains("\u2026");
    }

    private static ThreatModel nested(int depth) {
        var tm = ThreatModel.named("Nested");
        var boundary = tm.boundary("Level 0");
        for (int i = 1; i < depth; i++) {
            boundary = tm.boundary("Level " + i).in(boundary);
        }
        var server = tm.server("Deep server").in(boundary);
        var user = tm.actor("User");
        tm.dataflow(user, server, "Call");
        return tm;
    }

    @Test
    @Timeout(120)
    void should_draw_3000_nested_boundaries_without_running_out_of_stack() {
        DfdDiagram diagram = draw(nested(3_000), DfdOptions.defaults());

        assertThat(diagram.clusterCount()).isEqualTo(3_000);
        String dot = diagram.dot();
        assertThat(dot.split("subgraph cluster_", -1)).hasSize(3_001);
        assertThat(dot.chars().filter(c -> c == '{').count()).isEqualTo(dot.chars().filter(c -> c == '}').count());
        assertThat(dot).contains("subgraph cluster_boundary_Level_2999 {").contains("server_Deepserver_3000 [");
        // Indentation stops growing at MAX_INDENT levels, so the text stays linear in the nesting.
        int deepest = Arrays.stream(dot.split("\n")).mapToInt(l -> l.length() - l.stripLeading().length()).max()
                .orElseThrow();
        assertThat(deepest).isLessThanOrEqualTo(4 * (DotEmitter.MAX_INDENT + 2));
        assertThat(dot.length()).isLessThan(3_000 * 2_000);
    }

    @Test
    void should_indent_nested_boundaries_as_pytm_below_the_cap() {
        String dot = draw(nested(3), DfdOptions.defaults()).dot();
        assertThat(dot).contains("\n    subgraph cluster_boundary_Level_0 {\n")
                .contains("\n        subgraph cluster_boundary_Level_1 {\n")
                .contains("\n            subgraph cluster_boundary_Level_2 {\n")
                .contains("\n                server_Deepserver_");
    }
}
