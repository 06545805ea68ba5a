package dev.tmj.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tmj.dfd.DiagramImages;
import dev.tmj.dsl.ThreatModel;
import dev.tmj.format.json.TmjModelWriter;
import dev.tmj.format.threatdragon.ThreatDragonReader;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.render.ExportFormat;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.ThreatLibrary;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** tmj → Threat Dragon → tmj gives each example the same model and the same findings, with the same statuses. */
class ThreatDragonRoundTripTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("WebShop", (Supplier<ThreatModel>) WebShop::model),
                Arguments.of("DeliveryPipeline", (Supplier<ThreatModel>) DeliveryPipeline::model),
                Arguments.of("LlmAssistant", (Supplier<ThreatModel>) LlmAssistant::model),
                Arguments.of("CommentBoard", (Supplier<ThreatModel>) CommentBoard::model));
    }

    /**
     * The model as the resolver saw it, in tmj's format, then each finding's fingerprint and status. Where elements
     * were declared is left out: the Java file first, the exported file after the round trip.
     */
    private static String summary(Findings findings) {
        StringBuilder out = new StringBuilder(TmjModelWriter.toYaml(findings.checkedModel().model())
                .replaceAll("(?m)^( *)location:\n(\\1  .*\n)+", ""));
        for (Finding f : findings) {
            out.append(f.fingerprint()).append(' ').append(f.threatId()).append(' ').append(f.status()).append('\n');
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void should_give_the_same_model_and_findings_after_a_threat_dragon_round_trip(String name,
            Supplier<ThreatModel> model) {
        assumeTrue(DiagramImages.defaults().dot().isPresent(), "Graphviz's dot is not installed");
        Findings original = model.get().pipeline().threats(ThreatLibrary.builtIn()).asOf(DAY).run().findings();

        String exported = ExportFormat.THREAT_DRAGON.renderer().renderText(original);
        Findings back = Pipeline.of(ThreatDragonReader.read(exported, name + ".json"))
                .threats(ThreatLibrary.builtIn()).asOf(DAY).run().findings();

        assertThat(summary(back)).as(name).isEqualTo(summary(original));
    }
}
