package dev.tmj.dfd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.resolve.CheckedModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A flow whose end is a boundary (a modelling error pytm accepts): drawn into the boundary's box, as the
 * sequence diagram draws the boundary as a participant, and reported by the model check.
 */
class DfdBoundaryEndTest {
    private static CheckedModel model() {
        var tm = ThreatModel.named("Boundary ends");
        var zone = tm.boundary("Zone");
        var user = tm.actor("User");
        var web = tm.server("Web").in(zone);
        tm.dataflow(user, zone, "Into the zone");
        tm.dataflow(zone, user, "Out of the zone");
        tm.dataflow(user, web, "Browse");
        return CheckedModel.of(tm.model());
    }

    @Test
    void should_draw_a_flow_to_a_boundary_into_the_boundarys_box() {
        DfdDiagram diagram = DfdDiagram.of(model(), DfdOptions.defaults());
        String dot = diagram.dot();

        assertThat(diagram.edgeCount()).isEqualTo(3);
        assertThat(dot).contains("    compound = true;\n", "lhead = cluster_boundary_Zone_",
                "ltail = cluster_boundary_Zone_", "[shape = point; style = invis;", "Into the zone",
                "Out of the zone");
        assertThat(model().warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("Boundary(Zone)"));
        assertThat(model().warnings().get(0)).contains("Dataflow(Into the zone) has Boundary(Zone) as its sink");
    }

    @Test
    void should_keep_pytms_header_when_no_flow_ends_at_a_boundary() {
        var tm = ThreatModel.named("Plain");
        tm.dataflow(tm.actor("User"), tm.server("Web").in(tm.boundary("Zone")), "Browse");
        CheckedModel checked = CheckedModel.of(tm.model());
        assertThat(DfdDiagram.of(checked, DfdOptions.defaults()).dot()).doesNotContain("compound", "lhead");
        assertThat(checked.warnings()).isEmpty();
    }

    @Test
    void should_render_a_flow_to_a_boundary_with_graphviz_and_smetana() {
        DfdDiagram diagram = DfdDiagram.of(model(), DfdOptions.defaults());
        DiagramImages images = DiagramImages.defaults();
        assumeTrue(images.dot().isPresent(), "Graphviz's dot is not installed");
        assertThat(Svg.parse(images.svg(diagram)).texts()).contains("Into the zone", "Out of the zone", "Browse");
        DiagramImages smetana = DiagramImages.defaults().dotExecutable(Path.of("/nonexistent/graphviz/dot"));
        assertThat(String.join("\n", Svg.parse(smetana.svg(diagram)).texts())).contains("Into", "zone");
    }

    @Test
    void should_not_draw_a_flow_to_a_boundary_around_an_element() {
        DfdDiagram around = DfdDiagram.of(model(), DfdOptions.defaults().neighbourhoodOf("User", 1));
        assertThat(around.edgeCount()).isEqualTo(1);
        assertThat(around.dot()).doesNotContain("compound");
    }
}
