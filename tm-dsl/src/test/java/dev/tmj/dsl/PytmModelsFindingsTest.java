package dev.tmj.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.testing.FindingLines;
import dev.tmj.testing.SharedData;
import dev.tmj.threat.ThreatLibrary;
import org.junit.jupiter.api.Test;

/** The models of ../shared/pytm/models, built with the DSL, give exactly the findings pytm gives. */
class PytmModelsFindingsTest {

    @Test
    void should_give_exactly_pytms_findings_for_the_webapp_model() {
        assertThat(FindingLines.of(PytmModels.webapp().resolve(library())))
                .containsExactlyElementsOf(FindingLines.expected("webapp"));
    }

    @Test
    void should_give_exactly_pytms_findings_for_the_pipeline_model() {
        assertThat(FindingLines.of(PytmModels.pipeline().resolve(library())))
                .containsExactlyElementsOf(FindingLines.expected("pipeline"));
    }

    @Test
    void should_resolve_without_evaluation_warnings() {
        assertThat(PytmModels.webapp().resolve(library()).warnings()).isEmpty();
        assertThat(PytmModels.pipeline().resolve(library()).warnings()).isEmpty();
    }

    private static ThreatLibrary library() {
        return ThreatLibrary.fromJson(SharedData.threatsJson());
    }
}
