package dev.tmj.examples;

import static dev.tmj.test.ThreatModelAssertions.assertThat;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.examples.code.OrderLimits;
import dev.tmj.model.FindingStatus;
import dev.tmj.resolve.Findings;
import dev.tmj.test.Mitigates;
import dev.tmj.test.ThreatModelSource;
import dev.tmj.test.ThreatModelTest;
import dev.tmj.threat.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The web shop's threat model, run with the shop's tests through the security and the privacy (LINDDUN) library:
 * {@code mvn verify} writes its diagrams and reports to {@code target/threat-model/Web-shop/} and fails when a claim
 * below stops holding.
 */
@ThreatModelTest(library = "builtin:all")
class WebShopThreatModelTest {
    @ThreatModelSource
    static ThreatModel model() {
        return WebShop.model();
    }

    @Test
    @Mitigates(threat = "INP02", element = "Shop API")
    void the_api_rejects_order_bodies_over_64_kib() {
        assertThat(OrderLimits.accepts("{\"sku\": \"A-1\", \"qty\": 2}")).isTrue();
        assertThat(OrderLimits.accepts("x".repeat(OrderLimits.MAX_BODY_BYTES + 1))).isFalse();
    }

    @Test
    void the_checkout_team_handles_what_it_claims(Findings findings) {
        assertThat(findings).threat("INP02").on("Shop API").isMitigated();
        assertThat(findings).threat("DO02").on("Shop API").hasStatus(FindingStatus.TRANSFERRED);
        assertThat(findings).threat("INP16").on("CDN / web server").hasStatus(FindingStatus.AVOIDED);
    }

    @Test
    void customers_can_see_and_erase_their_data_and_analytics_runs_on_consent(Findings findings) {
        assertThat(findings).on("Orders DB").doesNotContain("LDD16").doesNotContain("LDD17")
                .doesNotContain("LDD20").doesNotContain("LDD15");
        assertThat(findings).on("Web analytics").doesNotContain("LDD18");
        assertThat(findings).threat("LDD11").on("Page-view beacon").hasStatus(FindingStatus.ACCEPTED);
        assertThat(findings).threat("LDD24").on("Page-view beacon").hasStatus(FindingStatus.TRANSFERRED);
        assertThat(findings).threat("LDD12").on("Page-view beacon").isOpen();
    }

    @Test
    void every_flow_that_crosses_a_boundary_is_encrypted(ThreatModel tm) {
        assertThat(tm).everyDataflowCrossingABoundary().isEncrypted();
        assertThat(tm).hasNoElementOutsideABoundary();
    }

    /** What a failing threat test looks like: run with {@code -Dtmj.demo.fail=true}. */
    @Test
    @EnabledIfSystemProperty(named = "tmj.demo.fail", matches = "true")
    void demo_no_open_threat_at_or_above_high(Findings findings) {
        assertThat(findings).hasNoOpenThreatsAtOrAbove(Severity.HIGH);
    }
}
