package dev.tmj.dfd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.dsl.PytmModels;
import dev.tmj.dsl.ThreatModel;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.ThreatLibrary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The data-flow diagram as a renderer: the diagram of the findings' checked model, as DOT, SVG or PNG. */
class DfdRendererTest {
    /** Without Graphviz, so that the built-in layout draws the images on every machine. */
    private static final DiagramImages BUILT_IN = DiagramImages.defaults().dotExecutable(Path.of("/nonexistent/dot"));

    private static Findings webapp() {
        return PytmModels.webapp().resolve(ThreatLibrary.builtIn());
    }

    @Test
    void should_write_the_dot_text_of_the_diagram_in_utf8() {
        ThreatModel tm = ThreatModel.named("Caf\u00e9");
        tm.dataflow(tm.actor("Caf\u00e9 \u2615 visitor"), tm.server("Server"), "Order \u2192 pay");
        Findings findings = tm.resolve(ThreatLibrary.builtIn());
        DfdOptions options = DfdOptions.defaults().linked(true);

        assertThat(DfdRenderer.dot(options).render(findings))
                .isEqualTo(DfdDiagram.of(findings.checkedModel(), options).dot().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void should_colour_elements_by_the_severity_of_their_findings() {
        DfdOptions colours = DfdOptions.defaults().colormap(true);
        Findings resolved = webapp();
        Findings noThreats = PytmModels.webapp().resolve(ThreatLibrary.of("none", List.of()));

        String dot = DfdRenderer.dot(colours).renderText(resolved);
        assertThat(dot).isEqualTo(DfdDiagram.of(resolved.checkedModel(), colours).dot())
                .isNotEqualTo(DfdRenderer.dot(colours).renderText(noThreats));
    }

    @Test
    void should_render_svg_and_png_as_the_images_choose() {
        Findings findings = webapp();
        DfdOptions options = DfdOptions.defaults().linked(true);
        DfdDiagram diagram = DfdDiagram.of(findings.checkedModel(), options);

        assertThat(DfdRenderer.svg(options, BUILT_IN).renderText(findings)).isEqualTo(BUILT_IN.svg(diagram));
        byte[] png = DfdRenderer.png(options, BUILT_IN).render(findings);
        assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    }

    @Test
    void should_refuse_options_that_name_what_the_model_lacks() {
        assertThatThrownBy(() -> DfdRenderer.dot(DfdOptions.defaults().onlyBoundary("Nowhere")).render(webapp()))
                .isInstanceOf(UnknownDiagramElementException.class);
    }
}
