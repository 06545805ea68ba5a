package dev.tmj.format.otm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.dsl.PytmModels;
import dev.tmj.format.ModelFiles;
import dev.tmj.format.json.TmjModelWriter;
import dev.tmj.model.Model;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * tmj → OTM → tmj gives the same model (tmj's own writer prints both the same) and the same findings (fingerprints
 * and statuses); OTM → tmj → OTM gives the same document.
 */
class OtmRoundTripTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    @Test
    void should_give_the_same_model_and_findings_after_an_otm_round_trip_of_every_element_class() {
        assertRoundTrip(OtmFixtures.shop());
    }

    @Test
    void should_give_the_same_model_and_findings_after_an_otm_round_trip_of_pytms_models() {
        assertRoundTrip(PytmModels.webapp().model());
        assertRoundTrip(PytmModels.pipeline().model());
    }

    @Test
    void should_give_the_same_model_and_findings_after_an_otm_round_trip_of_the_examples_model() {
        assertRoundTrip(ModelFiles.read(Path.of("..", "examples", "models", "comment_board.py")));
    }

    @Test
    void should_write_the_same_otm_document_again_after_reading_it_back() {
        String first = new OtmWriter().renderText(resolve(OtmFixtures.shop()));
        Model back = OtmReader.read(first, "shop.otm.json");
        String again = new OtmWriter().renderText(resolve(back));
        assertThat(again).isEqualTo(first);
    }

    @Test
    void should_keep_what_tmj_does_not_use_through_tmjs_own_format() {
        String first = new OtmWriter().renderText(resolve(OtmFixtures.shop()));
        String withForeign = first.replaceFirst("\"otmVersion\": \"0.2.0\",", "\"otmVersion\": \"0.2.0\", \"x-vendor\": {\"k\": [1, 2.5]},");
        Model imported = OtmReader.read(withForeign, "shop.otm.json");
        String yaml = TmjModelWriter.toYaml(imported);
        Model fromYaml = dev.tmj.format.json.TmjModelReader.read(yaml, "shop.yaml");
        assertThat(new OtmWriter().renderText(resolve(fromYaml)))
                .isEqualTo(new OtmWriter().renderText(resolve(imported)))
                .contains("\"x-vendor\": {");
    }

    static void assertRoundTrip(Model model) {
        Findings original = resolve(model);
        String otm = new OtmWriter().renderText(original);
        Model back = OtmReader.read(otm, "round-trip.otm.json");
        Findings again = resolve(back);
        assertThat(TmjModelWriter.toYaml(again.checkedModel().model()))
                .as("the model read back from OTM, as tmj writes it")
                .isEqualTo(TmjModelWriter.toYaml(original.checkedModel().model()));
        assertThat(decisions(again)).as("fingerprints and statuses").isEqualTo(decisions(original));
    }

    static Findings resolve(Model model) {
        return Pipeline.of(model).asOf(DAY).run().findings();
    }

    private static List<String> decisions(Findings findings) {
        return findings.findings().stream().map(OtmRoundTripTest::decision).sorted().toList();
    }

    private static String decision(Finding f) {
        return f.fingerprint() + " " + f.threatId() + " " + f.target() + " " + f.status().label();
    }
}
