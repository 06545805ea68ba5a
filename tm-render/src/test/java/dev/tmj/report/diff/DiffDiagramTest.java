package dev.tmj.report.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tmj.dfd.DiagramImages;
import dev.tmj.diff.ModelDiff;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class DiffDiagramTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "diff", "comment-board.dot");

    @Test
    void should_draw_both_versions_with_added_green_removed_dashed_red_and_changed_amber() throws IOException {
        String dot = DiffDiagram.dot().renderText(DiffModels.commentBoard());

        assertThat(dot).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        assertThat(block(dot, "datastore_Commentcache_")).contains("color = \"#1a7f37\";", "penwidth = 2;");
        assertThat(block(dot, "lambda_Cleanupfunction_")).contains("style = \"rounded,dashed\";",
                "color = \"#cf222e\";");
        assertThat(block(dot, "server_Webserver_")).contains("color = \"#bf8700\";");
        assertThat(block(dot, "actor_Visitor_")).contains("color = black;").doesNotContain("penwidth");
        assertThat(dot).contains("label = \"added\";", "label = \"removed\";", "label = \"changed\";");
    }

    @Test
    void should_draw_a_removed_flow_between_its_old_ends_dashed() {
        String dot = DiffDiagram.dot().renderText(DiffModels.commentBoard());

        String purge = dot.substring(dot.indexOf("lambda_Cleanupfunction_12 -> datastore_CommentsDB_5"));
        assertThat(purge.substring(0, purge.indexOf(']'))).contains("style = dashed;", "color = \"#cf222e\";");
    }

    @Test
    void should_draw_no_mark_and_only_the_legend_for_two_equal_versions() {
        ModelDiff same = ModelDiff.between(DiffModels.run(DiffModels.BEFORE), DiffModels.run(DiffModels.BEFORE));

        String dot = DiffDiagram.dot().renderText(same);

        assertThat(dot.substring(0, dot.indexOf("cluster_tmj_legend"))).doesNotContain("penwidth", "#");
    }

    @Test
    void should_write_a_well_formed_svg_document_when_dot_is_installed() throws Exception {
        assumeTrue(DiagramImages.defaults().dot().isPresent(), "Graphviz's dot is not installed");

        String svg = DiffDiagram.svg().renderText(DiffModels.commentBoard());

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg).contains("stroke=\"#1a7f37\"", "stroke=\"#cf222e\"", "stroke=\"#bf8700\"",
                ">Comment cache</text>", ">Cleanup function</text>");
    }

    /** The DOT block of the node whose id starts with this prefix. */
    private static String block(String dot, String idPrefix) {
        int start = dot.indexOf(idPrefix);
        assertThat(start).as(idPrefix).isNotNegative();
        return dot.substring(start, dot.indexOf(']', start));
    }
}
