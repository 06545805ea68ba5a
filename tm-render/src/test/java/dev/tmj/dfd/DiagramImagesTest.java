package dev.tmj.dfd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tmj.dsl.PytmModels;
import dev.tmj.dsl.ThreatModel;
import dev.tmj.model.Element;
import dev.tmj.model.TmjException;
import dev.tmj.resolve.CheckedModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** SVG and PNG through Graphviz's dot (run as a child process) and through PlantUML's Smetana. */
class DiagramImagesTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** A dot that is not there: how the tests simulate a machine without Graphviz. */
    private static final Path NO_DOT = Path.of("/nonexistent/graphviz/bin/dot");

    private static DiagramImages withDot() {
        DiagramImages images = DiagramImages.defaults();
        assumeTrue(images.dot().isPresent(), "Graphviz's dot is not installed");
        return images;
    }

    private static DiagramImages withoutDot() {
        return DiagramImages.defaults().dotExecutable(NO_DOT);
    }

    private static DfdDiagram draw(ThreatModel tm, DfdOptions options) {
        return DfdDiagram.of(CheckedModel.of(tm.model()), options);
    }

    /** Every line of every drawn element's name, as the labels wrap it. */
    private static List<String> nameLines(ThreatModel tm) {
        return tm.model().elements().stream().filter(e -> !e.isDataflow()).map(Element::name)
                .flatMap(name -> TextWrap.wrap(name, 18).stream()).toList();
    }

    private static void assertPng(byte[] png) {
        assertThat(png.length).isGreaterThan(PNG_SIGNATURE.length);
        assertThat(Arrays.copyOf(png, PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
    }

    // ---------------------------------------------------------------------------------------------------------
    // dot

    @Test
    void should_render_well_formed_svg_with_every_name_through_dot() {
        DiagramImages images = withDot();
        for (ThreatModel tm : List.of(PytmModels.webapp(), PytmModels.pipeline(), TestModels.allTypes())) {
            DfdDiagram diagram = draw(tm, DfdOptions.defaults().colormap(true));
            assertThat(images.engineFor(diagram)).isEqualTo(DiagramImages.Engine.DOT);
            Svg svg = Svg.parse(images.svg(diagram));
            assertThat(svg.rootName()).isEqualTo("svg");
            assertThat(svg.texts()).containsAll(nameLines(tm));
        }
    }

    @Test
    void should_render_the_same_svg_every_time() {
        DiagramImages images = withDot();
        DfdDiagram diagram = draw(PytmModels.webapp(), DfdOptions.defaults().linked(true));
        String first = images.svg(diagram);
        assertThat(images.svg(draw(PytmModels.webapp(), DfdOptions.defaults().linked(true)))).isEqualTo(first);
    }

    @Test
    void should_link_svg_nodes_and_edges_to_element_anchors() {
        DiagramImages images = withDot();
        CheckedModel checked = CheckedModel.of(PytmModels.webapp().model());
        Svg svg = Svg.parse(images.svg(DfdDiagram.of(checked, DfdOptions.defaults().linked(true))));
        // 3 clusters, 4 nodes and 3 edges; dot links an edge's label as well as its line.
        assertThat(svg.links()).contains("#element-0", "#element-1", "#element-2", "#element-3", "#element-4",
                "#element-5", "#element-6", "#element-7", "#element-9", "#element-11");
        assertThat(svg.links()).doesNotContain("#element-8", "#element-10"); // responses merged away
    }

    @Test
    void should_render_png_through_dot() {
        assertPng(withDot().png(draw(PytmModels.pipeline(), DfdOptions.defaults())));
    }

    @Test
    void should_use_an_explicit_dot_executable() {
        Path dot = withDot().dot().orElseThrow();
        DiagramImages images = DiagramImages.defaults().dotExecutable(dot);
        assertThat(images.dot()).contains(dot.toAbsolutePath());
        assertThat(Svg.parse(images.svg(draw(PytmModels.webapp(), DfdOptions.defaults()))).texts())
                .contains("Web server");
    }

    @Test
    void should_report_dot_text_that_dot_rejects() {
        DiagramImages images = withDot();
        assertThatThrownBy(() -> images.svg("digraph { a -> [ }")).isInstanceOf(DiagramException.class)
                .isInstanceOf(TmjException.class).hasMessageStartingWith("Graphviz could not render the diagram")
                .hasMessageContaining("syntax error").hasMessageNotContaining("dotfile");
    }

    @Test
    void should_use_no_shared_temporary_folder() throws IOException {
        // graphviz-java wrote each diagram to $TMPDIR/GraphvizJava/DotEngine.../dotfile.dot, a folder that runs at
        // the same time shared and emptied under each other; tmj gives dot its input on a pipe (DotProcessTest).
        DiagramImages images = withDot();
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "GraphvizJava");
        String marker = "digraph tmj_leftover_check { a -> b }";
        images.svg(marker);
        images.png(marker);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> dirs = Files.walk(folder)) {
                for (Path file : dirs.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(file)).as(file.toString()).doesNotContain("tmj_leftover_check");
                }
            }
        }
    }

    @Test
    @Timeout(300)
    void should_render_different_models_at_once() throws Exception {
        DiagramImages images = withDot();
        int threads = 8;
        List<DfdDiagram> diagrams = new ArrayList<>();
        List<String> alone = new ArrayList<>();
        for (int n = 0; n < threads; n++) {
            diagrams.add(draw(TestModels.large(n + 1, 3), DfdOptions.defaults().linked(n % 2 == 0)));
            alone.add(images.svg(diagrams.get(n)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<String>> svgs = new ArrayList<>();
            List<Future<byte[]>> pngs = new ArrayList<>();
            for (DfdDiagram diagram : diagrams) {
                svgs.add(pool.submit(() -> {
                    start.await();
                    return images.svg(diagram);
                }));
            }
            for (DfdDiagram diagram : diagrams) {
                pngs.add(pool.submit(() -> images.png(diagram)));
            }
            for (int n = 0; n < threads; n++) {
                String svg = svgs.get(n).get();
                assertThat(svg).as("diagram %d", n).isEqualTo(alone.get(n));
                assertThat(Svg.parse(svg).texts()).contains("Zone " + n, "Server " + n + "-2")
                        .doesNotContain("Zone " + (n + 1));
                assertPng(pngs.get(n).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Without dot

    @Test
    void should_fall_back_to_smetana_without_dot() {
        DiagramImages images = withoutDot();
        assertThat(images.dot()).isEmpty();
        for (ThreatModel tm : List.of(PytmModels.webapp(), PytmModels.pipeline(), TestModels.allTypes())) {
            DfdDiagram diagram = draw(tm, DfdOptions.defaults().colormap(true).linked(true));
            assertThat(images.engineFor(diagram)).isEqualTo(DiagramImages.Engine.SMETANA);
            String svg = images.svg(diagram);
            Svg parsed = Svg.parse(svg);
            assertThat(parsed.rootName()).isEqualTo("svg");
            assertThat(String.join("\n", parsed.texts())).contains(nameLines(tm));
            assertThat(images.svg(draw(tm, DfdOptions.defaults().colormap(true).linked(true)))).isEqualTo(svg);
        }
    }

    @Test
    void should_link_smetana_nodes_to_element_anchors() {
        Svg svg = Svg.parse(withoutDot().svg(draw(PytmModels.webapp(), DfdOptions.defaults().linked(true))));
        assertThat(svg.links()).contains("#element-0", "#element-3", "#element-4", "#element-5", "#element-6");
    }

    @Test
    void should_render_png_through_smetana() {
        assertPng(withoutDot().png(draw(PytmModels.webapp(), DfdOptions.defaults())));
    }

    @Test
    void should_ask_for_graphviz_when_the_diagram_is_too_large_for_smetana() {
        DfdDiagram large = draw(TestModels.large(21, 10), DfdOptions.defaults());
        assertThat(large.nodeCount()).isGreaterThan(DiagramImages.DEFAULT_SMETANA_LIMIT);
        assertThatThrownBy(() -> withoutDot().svg(large)).isInstanceOf(DiagramException.class)
                .hasMessageContaining("dot program was not found at " + NO_DOT)
                .hasMessageContaining("210 nodes, more than the 200")
                .hasMessageContaining("apt-get install graphviz");
        DfdDiagram small = draw(PytmModels.webapp(), DfdOptions.defaults());
        assertThatThrownBy(() -> withoutDot().smetanaLimit(3).png(small)).isInstanceOf(DiagramException.class)
                .hasMessageContaining("Install Graphviz");
        assertThat(withoutDot().smetanaLimit(4).engineFor(small)).isEqualTo(DiagramImages.Engine.SMETANA);
    }

    @Test
    void should_not_hand_dot_a_diagram_larger_than_its_limit() {
        DfdDiagram small = draw(PytmModels.webapp(), DfdOptions.defaults());
        // dot is never started for it: the refusal comes before the layout
        assertThatThrownBy(() -> withDot().dotLimit(3).svg(small)).isInstanceOf(DiagramException.class)
                .hasMessageContaining(small.nodeCount() + " nodes, more than the 3")
                .hasMessageContaining("-D" + DiagramImages.DOT_LIMIT_PROPERTY + "=")
                .hasMessageContaining("--dfd");
        assertThat(withDot().dotLimit(small.nodeCount()).engineFor(small)).isEqualTo(DiagramImages.Engine.DOT);
        assertThat(DiagramImages.defaults().dotLimit()).isEqualTo(DiagramImages.DEFAULT_DOT_LIMIT);
    }

    @Test
    void should_read_the_dot_limit_from_its_system_property() {
        // the parsing, not System.setProperty: other test classes render at the same time
        assertThat(DiagramImages.dotLimit(null)).isEqualTo(DiagramImages.DEFAULT_DOT_LIMIT);
        assertThat(DiagramImages.dotLimit(" 7 ")).isEqualTo(7);
        assertThat(DiagramImages.dotLimit("0")).isZero();
        for (String bad : List.of("lots", "-1", "1.5", "99999999999")) {
            assertThatThrownBy(() -> DiagramImages.dotLimit(bad)).isInstanceOf(DiagramException.class)
                    .hasMessageContaining(DiagramImages.DOT_LIMIT_PROPERTY).hasMessageContaining("\"" + bad + "\"");
        }
    }

    @Test
    void should_need_dot_for_raw_dot_text() {
        assertThatThrownBy(() -> withoutDot().svg("digraph { a -> b }")).isInstanceOf(DiagramException.class)
                .hasMessageContaining("apt-get install graphviz");
        assertThatThrownBy(() -> withoutDot().png("digraph { a -> b }")).isInstanceOf(DiagramException.class);
    }

    @Test
    void should_render_a_large_models_neighbourhood_through_dot() {
        DiagramImages images = withDot();
        DfdDiagram around = draw(TestModels.large(20, 25), DfdOptions.defaults().neighbourhoodOf("Server 7-0", 2));
        assertThat(Svg.parse(images.svg(around)).texts()).contains("Server 6-23", "Server 7-2", "Zone 6", "Zone 7");
    }
}
