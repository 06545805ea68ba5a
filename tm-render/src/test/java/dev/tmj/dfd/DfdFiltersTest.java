package dev.tmj.dfd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.dsl.PytmModels;
import dev.tmj.dsl.ThreatModel;
import dev.tmj.model.TmjException;
import dev.tmj.resolve.CheckedModel;
import org.junit.jupiter.api.Test;

/** Drawing part of a model: one boundary, an element's neighbourhood, both, and levels with them. */
class DfdFiltersTest {

    private static DfdDiagram draw(ThreatModel tm, DfdOptions options) {
        return DfdDiagram.of(CheckedModel.of(tm.model()), options);
    }

    private static DotStructure parse(ThreatModel tm, DfdOptions options) {
        return DotStructure.parse(draw(tm, options).dot());
    }

    @Test
    void should_draw_one_boundary_with_what_is_inside_it() {
        DotStructure dot = parse(PytmModels.webapp(), DfdOptions.defaults().onlyBoundary("Cloud VPC"));
        assertThat(dot.clusterTree()).containsExactly(
                "Cloud VPC{Data tier{Comments DB}, Web server, Cleanup function}");
        assertThat(dot.nodeKinds()).doesNotContainKey("Visitor");
        assertThat(dot.edgeTexts()).containsExactly(
                "Web server -> Comments DB [both] (3) Insert comment / (4) Return rows",
                "Cleanup function -> Comments DB [forward] (5) Purge old / comments");
    }

    @Test
    void should_draw_a_nested_boundary_alone_without_its_parent() {
        DotStructure dot = parse(PytmModels.webapp(), DfdOptions.defaults().onlyBoundary("Data tier"));
        assertThat(dot.clusterTree()).containsExactly("Data tier{Comments DB}");
        assertThat(dot.edges).isEmpty();
    }

    @Test
    void should_draw_an_element_alone_with_radius_0() {
        DotStructure dot = parse(PytmModels.webapp(), DfdOptions.defaults().neighbourhoodOf("Comments DB", 0));
        assertThat(dot.nodeKinds()).containsOnlyKeys("Comments DB");
        assertThat(dot.clusterTree()).containsExactly("Cloud VPC{Data tier{Comments DB}}");
        assertThat(dot.edges).isEmpty();
    }

    @Test
    void should_draw_the_elements_within_n_flows_either_way() {
        DotStructure one = parse(PytmModels.webapp(), DfdOptions.defaults().neighbourhoodOf("Comments DB", 1));
        assertThat(one.nodeKinds()).containsOnlyKeys("Comments DB", "Web server", "Cleanup function");
        assertThat(one.clusterTree()).containsExactly(
                "Cloud VPC{Data tier{Comments DB}, Web server, Cleanup function}");
        assertThat(one.edgeTexts()).hasSize(2);

        DotStructure two = parse(PytmModels.webapp(), DfdOptions.defaults().neighbourhoodOf("Comments DB", 2));
        assertThat(two.nodeKinds()).containsOnlyKeys("Comments DB", "Web server", "Cleanup function", "Visitor");
        assertThat(two.edgeTexts()).hasSize(3);

        DotStructure pipeline = parse(PytmModels.pipeline(), DfdOptions.defaults().neighbourhoodOf("Code forge", 1));
        assertThat(pipeline.clusterTree()).containsExactly("Corporate network{Developer, Build runners}",
                "SaaS{Code forge, Review bot}");
        assertThat(pipeline.edgeTexts()).containsExactly("Developer -> Code forge [forward] git push",
                "Code forge -> Build runners [forward] Webhook", "Code forge -> Review bot [forward] Request review");
    }

    @Test
    void should_combine_a_boundary_a_neighbourhood_and_levels() {
        DotStructure dot = parse(PytmModels.webapp(),
                DfdOptions.defaults().onlyBoundary("Cloud VPC").neighbourhoodOf("Web server", 1));
        assertThat(dot.nodeKinds()).containsOnlyKeys("Web server", "Comments DB");
        assertThat(dot.clusterTree()).containsExactly("Cloud VPC{Data tier{Comments DB}, Web server}");

        var tm = PytmModels.webapp();
        tm.model().elements().stream().filter(e -> e.name().equals("Cleanup function")).findFirst().orElseThrow()
                .set("levels", java.util.Set.of(1));
        DotStructure level0 = parse(tm, DfdOptions.defaults().levels(0).neighbourhoodOf("Comments DB", 1));
        assertThat(level0.nodeKinds()).containsOnlyKeys("Comments DB", "Web server");
    }

    @Test
    void should_cut_a_500_element_model_down_to_useful_pictures() {
        ThreatModel tm = TestModels.large(20, 25);
        DfdDiagram whole = draw(tm, DfdOptions.defaults());
        assertThat(whole.nodeCount()).isEqualTo(500);
        assertThat(whole.edgeCount()).isEqualTo(499);
        assertThat(whole.clusterCount()).isEqualTo(20);

        DfdDiagram zone = draw(tm, DfdOptions.defaults().onlyBoundary("Zone 7"));
        assertThat(zone.nodeCount()).isEqualTo(25);
        assertThat(zone.edgeCount()).isEqualTo(24);
        assertThat(zone.clusterCount()).isEqualTo(1);

        DfdDiagram around = draw(tm, DfdOptions.defaults().neighbourhoodOf("Server 7-0", 2));
        assertThat(around.nodeCount()).isEqualTo(5);
        assertThat(around.edgeCount()).isEqualTo(4);
        assertThat(DotStructure.parse(around.dot()).clusterTree()).containsExactly(
                "Zone 6{Server 6-23, Server 6-24}", "Zone 7{Server 7-0, Server 7-1, Server 7-2}");
    }

    @Test
    void should_say_which_boundary_name_is_unknown_and_suggest_one() {
        assertThatThrownBy(() -> draw(PytmModels.webapp(), DfdOptions.defaults().onlyBoundary("Cloud PVC")))
                .isInstanceOf(UnknownDiagramElementException.class).isInstanceOf(TmjException.class)
                .hasMessage("The model has no boundary named \"Cloud PVC\"; did you mean \"Cloud VPC\"?");
    }

    @Test
    void should_say_which_element_name_is_unknown_and_list_the_known_ones() {
        assertThatThrownBy(() -> draw(PytmModels.webapp(), DfdOptions.defaults().neighbourhoodOf("Nothing like it", 1)))
                .isInstanceOf(UnknownDiagramElementException.class)
                .hasMessage("The model has no element named \"Nothing like it\"; known elements: Cleanup function,"
                        + " Comments DB, Visitor, Web server");
        // Flows and boundaries are not elements one can centre on.
        assertThatThrownBy(() -> draw(PytmModels.webapp(), DfdOptions.defaults().neighbourhoodOf("Post comment", 1)))
                .isInstanceOf(UnknownDiagramElementException.class);
        assertThatThrownBy(() -> draw(PytmModels.webapp(), DfdOptions.defaults().neighbourhoodOf("Internet", 1)))
                .isInstanceOf(UnknownDiagramElementException.class);
        assertThatThrownBy(() -> draw(PytmModels.webapp(), DfdOptions.defaults().onlyBoundary("Visitor")))
                .isInstanceOf(UnknownDiagramElementException.class);
    }

    @Test
    void should_check_options_without_drawing_as_drawing_would() {
        CheckedModel checked = CheckedModel.of(PytmModels.webapp().model());
        assertThatThrownBy(() -> DfdDiagram.check(checked, DfdOptions.defaults().onlyBoundary("Cloud PVC")))
                .isInstanceOf(UnknownDiagramElementException.class)
                .hasMessage("The model has no boundary named \"Cloud PVC\"; did you mean \"Cloud VPC\"?");
        assertThatThrownBy(() -> DfdDiagram.check(checked, DfdOptions.defaults().neighbourhoodOf("Internet", 1)))
                .isInstanceOf(UnknownDiagramElementException.class);
        DfdDiagram.check(checked, DfdOptions.defaults().onlyBoundary("Cloud VPC"));
    }
}
