package dev.tmj.dfd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tmj.resolve.CheckedModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names that broke pytm 1.4.0's DOT (issue #278): HTML, quotes, ampersands, braces, backslashes, newlines,
 * control characters. The DOT must parse, and every name must be drawn as the text it is.
 */
class DfdEscapingTest {
    /** How Graphviz shows each name: the wrapped lines (newline and tab become spaces, U+0001 U+FFFD). */
    private static final List<String> SHOWN = List.of(
            "<b>\"Web\" & {x}</b>",
            "In & <out>",
            "a b",
            "C:\\dir \\N \\n \"q\" / end\\",
            "<b>\"Web\" & {x}</b> / fn",
            "tab     here\uFFFDbell");

    private static String dot(DfdOptions options) {
        return DfdDiagram.of(CheckedModel.of(TestModels.nasty().model()), options).dot();
    }

    @Test
    void should_escape_every_name_so_that_it_reads_back_as_written() {
        DotStructure dot = DotStructure.parse(dot(DfdOptions.defaults().linked(true)));
        assertThat(dot.cluster(SHOWN.get(0)).attributes().get("label"))
                .isEqualTo("<<i>&lt;b&gt;&quot;Web&quot; &amp; {x}&lt;/b&gt;</i>>");
        assertThat(dot.cluster("In & <out>").children()).hasSize(1);
        assertThat(dot.node("a b").attributes()).containsEntry("label", "\"a b\"");
        assertThat(dot.node(SHOWN.get(3)).attributes())
                .containsEntry("label", "\"C:\\\\dir \\\\N \\\\n \\\"q\\\"\\nend\\\\\"")
                .containsEntry("tooltip", "\"C:\\\\dir \\\\N \\\\n \\\"q\\\" end\\\\\"");
        assertThat(dot.node(SHOWN.get(4)).attributes().get("label"))
                .contains("<b>&lt;b&gt;&quot;Web&quot; &amp; {x}&lt;/b&gt;<br/>fn</b>");
        assertThat(dot.node(SHOWN.get(5))).isNotNull();
        assertThat(dot.edgeTexts()).containsExactly(
                SHOWN.get(3) + " -> a b [forward] (1) x\"; color = / red; label = / \"pwned",
                "a b -> " + SHOWN.get(4) + " [forward] (2) <b>\"Web\" & / {x}</b>",
                SHOWN.get(4) + " -> " + SHOWN.get(5) + " [forward] (3) back\\slash / \"quoted\"");
        // The injection stayed inside its label: no edge got a colour of its own.
        dot.edges.forEach(e -> assertThat(e.attributes().get("color")).isEqualTo("black"));
        assertThat(dot.nodes).hasSize(4);
    }

    @Test
    void should_keep_control_characters_out_of_the_dot_text() {
        String text = dot(DfdOptions.defaults().linked(true));
        assertThat(text.chars().filter(c -> c < 0x20 && c != '\n').count()).isZero();
        assertThat(text).doesNotContain("\u0001").contains("\uFFFD");
    }

    @Test
    void should_give_dot_a_file_it_accepts_and_draws_every_name_as_text() {
        DiagramImages images = DiagramImages.defaults();
        assumeTrue(images.dot().isPresent(), "Graphviz's dot is not installed");
        String svg = images.svg(dot(DfdOptions.defaults().linked(true).colormap(true)));
        List<String> texts = Svg.parse(svg).texts();
        for (String name : SHOWN) {
            for (String line : name.split(" / ")) {
                assertThat(texts).as("SVG texts").contains(line.strip());
            }
        }
        assertThat(texts).contains("(1) x\"; color =", "red; label =", "\"pwned", "(3) back\\slash", "\"quoted\"");
    }

    @Test
    void should_give_smetana_names_as_text_too() {
        DiagramImages images = DiagramImages.defaults().dotExecutable(Path.of("/nonexistent/graphviz/dot"));
        DfdDiagram diagram = DfdDiagram.of(CheckedModel.of(TestModels.nasty().model()), DfdOptions.defaults());
        assertThat(images.engineFor(diagram)).isEqualTo(DiagramImages.Engine.SMETANA);
        List<String> texts = Svg.parse(images.svg(diagram)).texts();
        String all = String.join("\n", texts);
        for (String name : SHOWN) {
            for (String line : name.split(" / ")) {
                assertThat(all).as("SVG texts").contains(line.strip());
            }
        }
        assertThat(all).contains("(3) back\\slash", "\"quoted\"");
    }

    @Test
    void should_give_a_whitespace_boundary_and_lambda_name_a_label_graphviz_accepts() {
        // pytm writes label = <<i></i>> for Boundary(" "), and Graphviz rejects the whole file.
        var tm = dev.tmj.dsl.ThreatModel.named("Blank");
        var blank = tm.boundary(" ");
        var web = tm.server("Web").in(blank);
        var fn = tm.lambda("\t ").in(blank);
        tm.dataflow(web, fn, "Call");
        DfdDiagram diagram = DfdDiagram.of(CheckedModel.of(tm.model()), DfdOptions.defaults());

        assertThat(diagram.dot()).contains("label = <<i> </i>>", "<tr><td><b> </b></td></tr>")
                .doesNotContain("<i></i>", "<b></b>");
        assertThat(DotStructure.parse(diagram.dot()).clusterTree()).hasSize(1);
        DiagramImages images = DiagramImages.defaults();
        assumeTrue(images.dot().isPresent(), "Graphviz's dot is not installed");
        assertThat(Svg.parse(images.svg(diagram)).texts()).contains("Web", "Call");
        DiagramImages smetana = DiagramImages.defaults().dotExecutable(Path.of("/nonexistent/graphviz/dot"));
        assertThat(Svg.parse(smetana.svg(diagram)).texts()).contains("Web", "Call");
    }
}
