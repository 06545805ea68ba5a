package dev.tmj.test;

import static dev.tmj.test.ThreatModelAssertions.assertThat;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.model.TLSVersion;
import dev.tmj.resolve.Findings;
import org.junit.jupiter.api.Test;

/**
 * The extension as a project uses it, run by surefire itself: the reports land in
 * {@code target/threat-model/Shop/}, with INP02 mitigated by {@link #rejects_oversized_orders}.
 */
@ThreatModelTest(library = "classpath:/dev/tmj/test/fixtures/shop-threats.json")
class ShopThreatModelTest {
    @ThreatModelSource
    static ThreatModel shop() {
        return new Shop().tm;
    }

    @Test
    @Mitigates(threat = "INP02", element = "Web server")
    void rejects_oversized_orders() {
        assertThat("order".length()).isLessThan(4096);
    }

    @Test
    void encrypts_every_flow_that_crosses_a_boundary(ThreatModel tm) {
        assertThat(tm).everyDataflowCrossingABoundary().isEncrypted().usesTLSAtLeast(TLSVersion.TLSv12);
        assertThat(tm).hasNoElementOutsideABoundary();
    }

    @Test
    void finds_the_expected_threats(Findings findings) {
        assertThat(findings).on("Web server").contains("INP01").contains("INP02").doesNotContain("DS01");
        assertThat(findings).on("Customer").hasNoOpenThreats();
        // Injected findings are as declared: test evidence is attached only to the reports written after the class.
        assertThat(findings).threat("INP02").on("Web server").isOpen();
    }
}
