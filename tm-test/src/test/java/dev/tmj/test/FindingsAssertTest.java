package dev.tmj.test;

import static dev.tmj.test.ThreatModelAssertions.assertThat;

import dev.tmj.model.FindingOverride;
import dev.tmj.resolve.Evidence;
import dev.tmj.model.FindingStatus;
import dev.tmj.threat.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The findings assertions passing; {@link FailureMessagesTest} pins how each fails. */
class FindingsAssertTest {
    private final Shop shop = Shop.withAcceptedInputValidation();

    @Test
    void should_pass_when_no_open_threat_reaches_the_level() {
        Shop mitigated = new Shop();
        mitigated.web.overrides(FindingOverride.of("INP02").status(FindingStatus.MITIGATED));

        assertThat(mitigated.resolve()).hasNoOpenThreatsAtOrAbove(Severity.VERY_HIGH);
    }

    @Test
    void should_see_a_finding_proved_by_a_passing_test_as_mitigated() {
        var findings = shop.resolve().withEvidence(f -> f.threatId().equals("INP02")
                ? List.of(new Evidence("ShopTest.rejects_long_input", true, "")) : List.of());

        assertThat(findings).threat("INP02").on(shop.web).isMitigated().isHandled();
        assertThat(findings).on(shop.web).hasNoOpenThreats();
    }

    @Test
    void should_find_an_elements_findings_by_handle_element_or_name() {
        var findings = shop.resolve();

        assertThat(findings).on(shop.web).contains("INP01").contains("INP02").doesNotContain("DS01");
        assertThat(findings).on(shop.orders.element()).contains("DS01");
        assertThat(findings).on("Customer").hasNoOpenThreats().doesNotContain("INP02");
    }

    @Test
    void should_assert_the_status_of_one_finding() {
        var findings = shop.resolve();

        assertThat(findings).threat("INP01").on(shop.web).hasStatus(FindingStatus.ACCEPTED).isHandled();
        assertThat(findings).threat("INP02").on("Web server").isOpen();
    }
}
