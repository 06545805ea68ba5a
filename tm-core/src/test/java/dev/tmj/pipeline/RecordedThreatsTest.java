package dev.tmj.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.FindingStatus;
import dev.tmj.model.Model;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.Threat;
import dev.tmj.threat.ThreatLibrary;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Threats a model recorded itself (an imported Threat Dragon model's) are findings of exactly their element. */
class RecordedThreatsTest {
    private static final ThreatLibrary LIBRARY = ThreatLibrary.of("test", List.of(Threat.of("SRV01",
            Set.of(ElementType.SERVER), "True", Threat.Texts.described("Library threat"))));

    private static Model model() {
        Model model = Model.named("Shop");
        Element web = model.add(ElementType.SERVER, "Web");
        model.add(ElementType.SERVER, "Api");
        web.set("overrides", List.of(FindingOverride.of("TD-7df716cd").set("description", "Accessing credentials")
                .set("details", "Read from the config file").set("severity", "High")
                .set("references", "STRIDE: Information disclosure").status(FindingStatus.MITIGATED)));
        return model;
    }

    @Test
    void should_add_a_finding_for_a_threat_the_model_recorded_on_its_element_only() {
        Findings findings = Pipeline.of(model()).threats(LIBRARY).run().findings();

        assertThat(findings.findings()).extracting(Finding::toString)
                .containsExactly("SRV01 on Server(Web)", "TD-7df716cd on Server(Web)", "SRV01 on Server(Api)");
        Finding recorded = findings.findings().get(1);
        assertThat(recorded.description()).isEqualTo("Accessing credentials");
        assertThat(recorded.details()).isEqualTo("Read from the config file");
        assertThat(recorded.severityText()).isEqualTo("High");
        assertThat(recorded.stride()).isEqualTo("Information disclosure");
        assertThat(recorded.status()).isEqualTo(FindingStatus.MITIGATED);
    }

    @Test
    void should_never_replace_a_library_threat_nor_add_one_for_another_unknown_sid() {
        Model model = Model.named("Shop");
        Element web = model.add(ElementType.SERVER, "Web");
        web.set("overrides", List.of(FindingOverride.of("SRV01").set("description", "patched"),
                FindingOverride.of("XYZ01").set("description", "no such threat")));
        ThreatLibrary library = ThreatLibrary.of("test", List.of(Threat.of("TD-1", Set.of(ElementType.ACTOR),
                "True", Threat.Texts.described("A library threat with the recorded prefix")))).and(LIBRARY);

        Findings findings = Pipeline.of(model).threats(library).run().findings();

        assertThat(findings.findings()).extracting(Finding::toString).containsExactly("SRV01 on Server(Web)");
        assertThat(findings.library().size()).isEqualTo(2);
    }
}
