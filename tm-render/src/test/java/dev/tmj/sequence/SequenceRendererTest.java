package dev.tmj.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.dfd.DiagramException;
import dev.tmj.dsl.ThreatModel;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.ThreatLibrary;
import java.nio.charset.StandardCharsets;
import net.sourceforge.plantuml.FileFormat;
import org.junit.jupiter.api.Test;

/** The sequence diagram as a renderer: the PlantUML text of the findings' checked model, or its image. */
class SequenceRendererTest {

    private static Findings findings() {
        ThreatModel tm = ThreatModel.named("Caf\u00e9");
        tm.dataflow(tm.actor("Caf\u00e9 \u2615 visitor"), tm.datastore("Orders"), "Order \u2192 store");
        return tm.resolve(ThreatLibrary.builtIn());
    }

    @Test
    void should_write_the_plantuml_text_of_the_diagram_in_utf8() {
        Findings findings = findings();
        assertThat(SequenceRenderer.plantUml().render(findings))
                .isEqualTo(SequenceDiagram.of(findings).toPlantUml().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void should_draw_that_text_as_svg() {
        Findings findings = findings();
        assertThat(SequenceRenderer.svg().render(findings))
                .isEqualTo(SequenceImages.image(SequenceDiagram.of(findings).toPlantUml(), FileFormat.SVG));
    }

    @Test
    void should_not_draw_an_image_of_more_messages_than_its_limit() {
        Findings findings = findings();
        assertThat(SequenceRenderer.svg().messageLimit()).isEqualTo(SequenceRenderer.DEFAULT_MESSAGE_LIMIT);
        assertThatThrownBy(() -> SequenceRenderer.png().messageLimit(0).render(findings))
                .isInstanceOf(DiagramException.class).hasMessageContaining("1 messages, more than the 0")
                .hasMessageContaining("seq.plantuml");
        assertThat(SequenceRenderer.svg().messageLimit(1).render(findings))
                .isEqualTo(SequenceRenderer.svg().render(findings));
        // the text has no limit: it is what a reader can still use
        assertThat(SequenceRenderer.plantUml().messageLimit(0).render(findings))
                .isEqualTo(SequenceRenderer.plantUml().render(findings));
    }
}
