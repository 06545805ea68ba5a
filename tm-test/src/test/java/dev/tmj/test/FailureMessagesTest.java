package dev.tmj.test;

import static dev.tmj.test.ThreatModelAssertions.assertThat;
import static dev.tmj.test.ThreatModelAssertions.assertThatThrownBy;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.FindingStatus;
import dev.tmj.model.TLSVersion;
import dev.tmj.resolve.Evidence;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact text of each kind of failure. */
class FailureMessagesTest {
    private final Shop shop = new Shop();
    private final Findings findings = shop.resolve();

    @Test
    void open_threats_at_or_above_a_level() {
        assertThatThrownBy(() -> assertThat(findings).hasNoOpenThreatsAtOrAbove(Severity.HIGH)).hasMessage("""
                Expecting findings of "Shop" to have no open threat at or above High, but found 2:
                  INP02 (Very High) on Server(Web server) at Shop.java:31 — Buffer overflow
                  DS01 (High) on Datastore(Orders) at Shop.java:40 — Weak credential storage""");
    }

    @Test
    void open_threats_of_an_element() {
        assertThatThrownBy(() -> assertThat(findings).on(shop.web).hasNoOpenThreats()).hasMessage("""
                Expecting Server(Web server) at Shop.java:31 to have no open threat, but found 2:
                  INP01 (Medium) on Server(Web server) at Shop.java:31 — Input validation
                  INP02 (Very High) on Server(Web server) at Shop.java:31 — Buffer overflow""");
    }

    @Test
    void missing_and_unexpected_threats() {
        assertThatThrownBy(() -> assertThat(findings).on(shop.web).contains("INP03")).hasMessage("""
                Expecting findings of Server(Web server) at Shop.java:31:
                  [INP01, INP02]
                to contain:
                  "INP03"
                but could not find it""");
        assertThatThrownBy(() -> assertThat(findings).on(shop.web).doesNotContain("INP02")).hasMessage("""
                Expecting findings of Server(Web server) at Shop.java:31 not to contain "INP02", but found:
                  INP02 (Very High) on Server(Web server) at Shop.java:31 — Buffer overflow""");
    }

    @Test
    void unknown_element_and_unknown_finding_suggest_the_closest_name() {
        assertThatThrownBy(() -> assertThat(findings).on("Web sever")).hasMessage(
                "Expecting model \"Shop\" to have an element named \"Web sever\", but it has none; "
                        + "did you mean \"Web server\"?");
        assertThatThrownBy(() -> assertThat(findings).threat("INP2").on(shop.web)).hasMessage("""
                Expecting a finding of "INP2" on Server(Web server) at Shop.java:31, but its findings are:
                  [INP01, INP02]
                Did you mean "INP02"?""");
    }

    @Test
    void finding_with_another_status() {
        Findings failed = findings.withEvidence(f -> f.threatId().equals("INP02")
                ? List.of(new Evidence("ShopTest.rejects_long_input", false, "expected 400")) : List.of());

        assertThatThrownBy(() -> assertThat(failed).threat("INP02").on(shop.web).isMitigated()).hasMessage("""
                Expecting finding:
                  INP02 (Very High) on Server(Web server) at Shop.java:31 — Buffer overflow
                to be mitigated but was open (evidence failed: ShopTest.rejects_long_input (expected 400))""");
    }

    @Test
    void expired_acceptance_is_not_handled() {
        shop.web.overrides(FindingOverride.of("INP01").status(FindingStatus.ACCEPTED).owner("alice")
                .expires(LocalDate.of(2020, 1, 31)));

        assertThatThrownBy(() -> assertThat(shop.resolve()).threat("INP01").on("Web server").isHandled())
                .hasMessage("""
                        Expecting finding:
                          INP01 (Medium) on Server(Web server) at Shop.java:31 — Input validation
                        to be handled (mitigated, accepted, transferred, avoided or a false positive) but was open \
                        (acceptance expired on 2020-01-31)""");
    }

    @Test
    void violated_dataflow_rules() {
        shop.web.controls(c -> c.isEncrypted(false));
        shop.order.tlsVersion(TLSVersion.TLSv11);

        assertThatThrownBy(() -> assertThat(shop.tm).everyDataflowCrossingABoundary().isEncrypted()).hasMessage("""
                Threat model violation [Priority: HIGH] - Rule 'every dataflow crossing a boundary should be \
                encrypted' was violated (1 time):
                  Dataflow(Order) from Actor(Customer) to Server(Web server) (Shop.java:50)""");
        assertThatThrownBy(() -> assertThat(shop.tm).everyDataflowCrossingABoundary()
                .usesTLSAtLeast(TLSVersion.TLSv12)).hasMessage("""
                Threat model violation [Priority: HIGH] - Rule 'every dataflow crossing a boundary should use \
                TLSv12 or newer' was violated (1 time):
                  Dataflow(Order) from Actor(Customer) to Server(Web server) (Shop.java:50)""");
    }

    @Test
    void element_outside_a_boundary() {
        shop.tm.externalEntity("Payment provider").locatedAt("Shop.java", 60);

        assertThatThrownBy(() -> assertThat(shop.tm).hasNoElementOutsideABoundary()).hasMessage("""
                Threat model violation [Priority: MEDIUM] - Rule 'every element should be inside a boundary' \
                was violated (1 time):
                  ExternalEntity(Payment provider) (Shop.java:60)""");
    }

    @Test
    void rules_that_match_nothing() {
        ThreatModel flat = ThreatModel.named("Flat");
        flat.dataflow(flat.server("A"), flat.server("B"), "call");

        assertThatThrownBy(() -> assertThat(flat).everyDataflowCrossingABoundary().isEncrypted()).hasMessage("""
                Rule 'every dataflow crossing a boundary should be encrypted' failed to check any dataflows: \
                model "Flat" has no dataflow crossing a boundary.
                A rule that matches nothing proves nothing; if that is expected, call allowingNone() before the \
                rule's condition.""");
        assertThatThrownBy(() -> assertThat(ThreatModel.named("Empty")).hasNoElementOutsideABoundary())
                .hasMessage("""
                        Rule 'every element should be inside a boundary' failed to check any elements: model \
                        "Empty" has no element other than boundaries and dataflows.
                        A rule that matches nothing proves nothing; if that is expected, call allowingNone() \
                        before the rule's condition.""");
    }

    @Test
    void description_goes_in_front() {
        assertThatThrownBy(() -> assertThat(findings).as("release gate").on(shop.orders).hasNoOpenThreats())
                .hasMessageStartingWith("[release gate] Expecting Datastore(Orders) at Shop.java:40");
        assertThatThrownBy(() -> assertThat(findings).as("gate").threat("INP02").on(shop.web).isMitigated())
                .hasMessageStartingWith("[gate] Expecting finding:");
        assertThatThrownBy(() -> assertThat(findings).as("release gate").hasNoOpenThreatsAtOrAbove(Severity.HIGH))
                .hasMessageStartingWith("[release gate] Expecting findings of \"Shop\"");
    }

    @Test
    void should_let_an_overriding_message_replace_the_laid_out_one() {
        assertThatThrownBy(() -> assertThat(findings).withFailMessage("gate closed: %s", "2 open")
                .hasNoOpenThreatsAtOrAbove(Severity.HIGH)).hasMessage("gate closed: 2 open");
    }

    @Test
    void should_keep_percent_signs_of_names_as_they_are() {
        var tm = ThreatModel.named("100% %s");
        tm.server("Web %d");

        assertThatThrownBy(() -> assertThat(tm).hasNoElementOutsideABoundary())
                .hasMessageContaining("Server(Web %d)");
    }
}
