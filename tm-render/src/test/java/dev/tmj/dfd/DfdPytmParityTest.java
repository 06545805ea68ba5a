package dev.tmj.dfd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.dsl.PytmModels;
import dev.tmj.dsl.ThreatModel;
import dev.tmj.format.ModelFiles;
import dev.tmj.model.Model;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.resolve.CheckedModel;
import dev.tmj.resolve.Findings;
import dev.tmj.testing.SharedData;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * tmj's DOT against pytm 1.4.0's real {@code --dfd} output (../shared/pytm): the same nodes with the same
 * shapes (datastores: pytm's image, tmj's cylinder), the same cluster tree, the same edges in the same order
 * with the same labels and directions. Ids differ on purpose (pytm hashes random UUIDs).
 */
class DfdPytmParityTest {
    /** pytm's {@code --dfd}: every level, no colours. */
    private static final DfdRenderer PYTM_DEFAULTS = DfdRenderer.dot(DfdOptions.defaults());

    private static ThreatLibrary library() {
        return ThreatLibrary.fromJson(SharedData.threatsJson());
    }

    private static String pytm(String file) throws IOException {
        return Files.readString(SharedData.pytm().resolve(file));
    }

    private static void assertSameStructure(String tmj, String pytm) {
        DotStructure mine = DotStructure.parse(tmj);
        DotStructure theirs = DotStructure.parse(pytm);
        assertThat(mine.nodeKinds()).containsExactlyInAnyOrderEntriesOf(theirs.nodeKinds());
        assertThat(mine.clusterTree()).containsExactlyElementsOf(theirs.clusterTree());
        assertThat(mine.edgeTexts()).containsExactlyElementsOf(theirs.edgeTexts());
        assertThat(mine.graphAttributes).isEqualTo(theirs.graphAttributes);
    }

    @Test
    void should_draw_the_webapp_model_as_pytm_does() throws IOException {
        Findings findings = PytmModels.webapp().resolve(library());
        String pytm = pytm("models/webapp.dfd.dot");

        assertSameStructure(PYTM_DEFAULTS.renderText(findings), pytm);
        // webapp does not set ignoreUnused, so pytm 1.4.0 nests "Data tier" inside "Cloud VPC" as tmj does.
        assertThat(DotStructure.parse(pytm).clusterTree()).containsExactly(
                "Cloud VPC{Data tier{Comments DB}, Web server, Cleanup function}", "Internet{Visitor}");
        assertThat(DotStructure.parse(pytm).edgeTexts()).containsExactly(
                "Visitor -> Web server [both] (1) Post comment / (2) Render page",
                "Web server -> Comments DB [both] (3) Insert comment / (4) Return rows",
                "Cleanup function -> Comments DB [forward] (5) Purge old / comments");
    }

    /** pytm's own tm.py, read unchanged: its DFD has nodes on levels 0, 1 and 2, all drawn without --levels. */
    @Test
    void should_draw_pytms_own_tm_py_as_pytm_does() throws IOException {
        Model model = ModelFiles.read(SharedData.pytm().resolve("upstream").resolve("tm.py"));
        Findings findings = Pipeline.of(model).threats(library()).run().findings();

        assertSameStructure(PYTM_DEFAULTS.renderText(findings), pytm("upstream/tm.dfd.dot"));
    }

    @Test
    void should_draw_the_pipeline_model_as_pytm_does() throws IOException {
        Findings findings = PytmModels.pipeline().resolve(library());
        assertSameStructure(PYTM_DEFAULTS.renderText(findings), pytm("models/pipeline.dfd.dot"));
    }

    @Test
    void should_start_with_pytms_document_header() throws IOException {
        String mine = PYTM_DEFAULTS.renderText(PytmModels.pipeline().resolve(library()));
        String theirs = pytm("models/pipeline.dfd.dot");
        String header = theirs.substring(0, theirs.indexOf("    subgraph"));
        assertThat(mine).startsWith(header).endsWith("\n}\n");
    }

    @Test
    void should_draw_pytms_nested_boundaries_test_model_as_its_fixture() throws IOException {
        String mine = DfdDiagram.of(CheckedModel.of(UpstreamModels.companyNet().model()), DfdOptions.defaults()).dot();
        assertSameStructure(mine, pytm("upstream/dfd.dot"));
        assertThat(DotStructure.parse(mine).clusterTree()).containsExactly(
                "Company net{dmz{Gateway}, backend{Web Server, SQL Database}}", "Internet{User}");
    }

    @Test
    void should_leave_out_ignored_duplicate_flows_as_pytm_does() throws IOException {
        ThreatModel tm = UpstreamModels.companyNetWithDuplicates();
        String mine = DfdDiagram.of(CheckedModel.of(tm.model()), DfdOptions.defaults()).dot();
        assertSameStructure(mine, pytm("upstream/dfd.dot"));
        assertThat(mine).doesNotContain("User views comments", "Select query");
    }

    @Test
    void should_colour_by_severity_as_pytms_colormap_fixture() throws IOException {
        Findings findings = UpstreamModels.companyNet().resolve(library());
        String mine = DfdRenderer.dot(DfdOptions.defaults().colormap(true)).renderText(findings);
        String theirs = pytm("upstream/dfd_colormap.dot");
        assertSameStructure(mine, theirs);
        assertThat(colours(DotStructure.parse(mine))).isEqualTo(colours(DotStructure.parse(theirs)));
        assertThat(colours(DotStructure.parse(mine))).containsEntry("Gateway", "firebrick3")
                .containsEntry("SQL Database", "gold").containsEntry("User", "darkgreen")
                .containsEntry("Company net", "black").containsEntry("User -> Gateway", "gold");
    }

    /** Element or edge -> its colour name; pytm writes "gold; fillcolor=...; style=filled" as one value. */
    private static Map<String, String> colours(DotStructure dot) {
        Map<String, String> colours = new LinkedHashMap<>();
        dot.nodes.values().forEach(n -> colours.put(n.label(), colour(n.attributes().get("color"))));
        dot.clusters().forEach(c -> colours.put(c.label(), colour(c.attributes().get("color"))));
        dot.edges.forEach(e -> colours.put(dot.label(e.source()) + " -> " + dot.label(e.sink()),
                colour(e.attributes().get("color"))));
        return colours;
    }

    private static String colour(String value) {
        return value.replace("\"", "").split("[;\\s]")[0];
    }

    @Test
    void should_filter_levels_as_pytms_multilevel_fixtures() throws IOException {
        String level0 = DfdDiagram.of(CheckedModel.of(UpstreamModels.levels(0).model()),
                DfdOptions.defaults().levels(0)).dot();
        assertSameStructure(level0, pytm("upstream/dfd_level0.txt"));

        String level1 = DfdDiagram.of(CheckedModel.of(UpstreamModels.levels(1).model()),
                DfdOptions.defaults().levels(1)).dot();
        assertSameStructure(level1, pytm("upstream/dfd_level1.txt"));
        // Both boundaries stay, even the one left empty; only the user is on level 1; no flow qualifies.
        assertThat(DotStructure.parse(level1).clusterTree()).containsExactly("Internet{User}", "Server/DB{}");
        assertThat(DotStructure.parse(level1).edges).isEmpty();
    }
}
