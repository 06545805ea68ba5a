package dev.tmj.examples;

import static dev.tmj.test.ThreatModelAssertions.assertThat;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.model.FindingStatus;
import dev.tmj.resolve.Findings;
import dev.tmj.test.ThreatModelSource;
import dev.tmj.test.ThreatModelTest;
import org.junit.jupiter.api.Test;

/** The delivery pipeline's threat model: decisions the platform team owns, and transport it claims. */
@ThreatModelTest
class DeliveryPipelineThreatModelTest {
    @ThreatModelSource
    static ThreatModel model() {
        return DeliveryPipeline.model();
    }

    @Test
    void the_platform_team_owns_its_decisions(Findings findings) {
        assertThat(findings).threat("INP02").on("Build runners").isMitigated();
        assertThat(findings).threat("AC12").on("Build runners").hasStatus(FindingStatus.ACCEPTED);
        assertThat(findings).threat("HA01").on("Cluster API").hasStatus(FindingStatus.FALSE_POSITIVE);
    }

    @Test
    void every_flow_that_crosses_a_boundary_is_encrypted(ThreatModel tm) {
        assertThat(tm).everyDataflowCrossingABoundary().isEncrypted();
    }
}
