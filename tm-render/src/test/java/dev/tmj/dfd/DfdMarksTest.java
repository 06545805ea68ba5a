package dev.tmj.dfd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Element;
import dev.tmj.resolve.CheckedModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The DFD's styling hook: marked elements in their mark's colour, the rest as before, a legend. */
class DfdMarksTest {
    private static final DfdMark GREEN = new DfdMark("added", "#1a7f37", false);
    private static final DfdMark RED = new DfdMark(TestModels.INJECTION, "#cf222e", true);

    @Test
    void should_draw_exactly_what_it_drew_before_without_marks() {
        CheckedModel checked = CheckedModel.of(TestModels.allTypes().model());

        assertThat(DfdDiagram.of(checked, DfdOptions.defaults(), DfdMarks.NONE).dot())
                .isEqualTo(DfdDiagram.of(checked, DfdOptions.defaults()).dot());
    }

    @Test
    void should_colour_marked_nodes_edges_and_boundaries_and_explain_the_marks_in_an_escaped_legend() {
        CheckedModel checked = CheckedModel.of(TestModels.allTypes().model());
        DfdMarks marks = DfdMarks.of(e -> e.name().equals("A server") || e.isBoundary() ? Optional.of(GREEN)
                : e.isDataflow() ? Optional.of(RED) : Optional.<DfdMark>empty(), List.of(GREEN, RED));

        String dot = DfdDiagram.of(checked, DfdOptions.defaults(), marks).dot();

        String server = dot.substring(dot.indexOf("server_Aserver_"));
        assertThat(server.substring(0, server.indexOf(']'))).contains("color = \"#1a7f37\";", "penwidth = 2;");
        String flow = dot.substring(dot.indexOf(" -> server_Aserver_"));
        assertThat(flow.substring(0, flow.indexOf(']'))).contains("color = \"#cf222e\";", "style = dashed;");
        String zone = dot.substring(dot.indexOf("subgraph cluster_"));
        assertThat(zone.substring(0, zone.indexOf(']'))).contains("color = \"#1a7f37\";");
        String actor = dot.substring(dot.indexOf("actor_Anactor_"));
        assertThat(actor.substring(0, actor.indexOf(']'))).contains("color = black;").doesNotContain("penwidth");
        assertThat(dot).contains("subgraph cluster_tmj_legend {", "label = \"added\";",
                "label = \"x\\\"; color = red; label = \\\"pwned\";");
    }

    @Test
    void should_refuse_a_mark_colour_that_is_not_rgb_so_no_text_reaches_dot_unescaped() {
        assertThatThrownBy(() -> new DfdMark("x", "red\"; URL=\"http://e", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("#RRGGBB");
        assertThatThrownBy(() -> new DfdMark("x", "green", false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_ask_the_hook_only_about_elements_of_the_checked_model() {
        CheckedModel checked = CheckedModel.of(TestModels.allTypes().model());
        List<Element> asked = new java.util.ArrayList<>();

        DfdDiagram.of(checked, DfdOptions.defaults(), DfdMarks.of(e -> {
            asked.add(e);
            return Optional.empty();
        }, List.of()));

        assertThat(asked).isNotEmpty().allSatisfy(e -> assertThat(checked.elements()).contains(e));
    }
}
