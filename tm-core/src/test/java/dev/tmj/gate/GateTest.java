package dev.tmj.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.FindingStatus;
import dev.tmj.resolve.RiskLevel;
import dev.tmj.threat.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class GateTest {

    @Test
    void should_fail_on_open_findings_at_or_above_the_threshold_only() {
        Gate gate = Gate.failingOn(Severity.HIGH);

        assertThat(gate.fails(FindingStatus.OPEN, Severity.VERY_HIGH, Change.NOT_COMPARED)).isTrue();
        assertThat(gate.fails(FindingStatus.OPEN, Severity.HIGH, Change.NOT_COMPARED)).isTrue();
        assertThat(gate.fails(FindingStatus.OPEN, Severity.MEDIUM, Change.NOT_COMPARED)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = FindingStatus.class, names = "OPEN", mode = EnumSource.Mode.EXCLUDE)
    void should_never_fail_on_a_handled_finding(FindingStatus handled) {
        assertThat(Gate.failingOn(Severity.INFO).fails(handled, Severity.VERY_HIGH, Change.NEW)).isFalse();
    }

    @Test
    void should_never_fail_with_none() {
        assertThat(Gate.never().fails(FindingStatus.OPEN, Severity.VERY_HIGH, Change.NEW)).isFalse();
        assertThat(Gate.never().thresholdLabel()).isEqualTo("none");
    }

    @Test
    void should_fail_only_on_findings_the_baseline_does_not_hold_when_only_new_ones_count() {
        Gate gate = Gate.failingOn(Severity.HIGH).onlyNewFindings();

        assertThat(gate.fails(FindingStatus.OPEN, Severity.HIGH, Change.NEW)).isTrue();
        assertThat(gate.fails(FindingStatus.OPEN, Severity.HIGH, Change.UNCHANGED)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"very-high", "Very High", "VERY_HIGH", "very  high", " very-HIGH "})
    void should_read_a_severity_in_any_case_with_spaces_hyphens_or_underscores(String text) {
        assertThat(Gate.threshold(text)).contains(Severity.VERY_HIGH);
    }

    @Test
    void should_read_none_as_no_threshold() {
        assertThat(Gate.threshold("None")).isEqualTo(Optional.empty());
    }

    @Test
    void should_refuse_an_unknown_severity_listing_the_accepted_ones() {
        assertThatThrownBy(() -> Gate.threshold("critical-ish")).isInstanceOf(GateException.class)
                .hasMessage("unknown severity 'critical-ish': expected one of info, very-low, low, medium, high, "
                        + "very-high or none");
    }

    @Test
    void should_fail_on_open_findings_at_or_above_the_risk_threshold_even_below_the_severity_one() {
        Gate gate = Gate.failingOn(Severity.VERY_HIGH).failingOnRisk(Optional.of(RiskLevel.HIGH));

        assertThat(gate.fails(FindingStatus.OPEN, Severity.LOW, RiskLevel.CRITICAL, Change.NOT_COMPARED)).isTrue();
        assertThat(gate.fails(FindingStatus.OPEN, Severity.LOW, RiskLevel.HIGH, Change.NOT_COMPARED)).isTrue();
        assertThat(gate.fails(FindingStatus.OPEN, Severity.LOW, RiskLevel.MEDIUM, Change.NOT_COMPARED)).isFalse();
    }

    @Test
    void should_fail_on_severity_when_the_risk_is_below_its_threshold() {
        Gate gate = Gate.failingOn(Severity.HIGH).failingOnRisk(Optional.of(RiskLevel.CRITICAL));

        assertThat(gate.fails(FindingStatus.OPEN, Severity.HIGH, RiskLevel.LOW, Change.NOT_COMPARED)).isTrue();
        assertThat(gate.fails(FindingStatus.OPEN, Severity.MEDIUM, RiskLevel.HIGH, Change.NOT_COMPARED)).isFalse();
    }

    @Test
    void should_gate_on_risk_alone_when_severity_fails_nothing() {
        Gate gate = Gate.never().failingOnRisk(Optional.of(RiskLevel.MEDIUM));

        assertThat(gate.fails(FindingStatus.OPEN, Severity.VERY_HIGH, RiskLevel.LOW, Change.NEW)).isFalse();
        assertThat(gate.fails(FindingStatus.OPEN, Severity.INFO, RiskLevel.MEDIUM, Change.NEW)).isTrue();
        assertThat(gate.riskThresholdLabel()).isEqualTo("medium");
        assertThat(Gate.DEFAULT.riskThresholdLabel()).isEqualTo("none");
    }

    @ParameterizedTest
    @EnumSource(value = FindingStatus.class, names = "OPEN", mode = EnumSource.Mode.EXCLUDE)
    void should_never_fail_on_a_handled_finding_whatever_its_risk(FindingStatus handled) {
        Gate gate = Gate.never().failingOnRisk(Optional.of(RiskLevel.LOW));

        assertThat(gate.fails(handled, Severity.INFO, RiskLevel.CRITICAL, Change.NEW)).isFalse();
    }

    @Test
    void should_fail_on_risk_only_for_new_findings_when_only_new_ones_count() {
        Gate gate = Gate.never().failingOnRisk(Optional.of(RiskLevel.HIGH)).onlyNewFindings();

        assertThat(gate.failOnRisk()).contains(RiskLevel.HIGH);
        assertThat(gate.fails(FindingStatus.OPEN, Severity.INFO, RiskLevel.HIGH, Change.NEW)).isTrue();
        assertThat(gate.fails(FindingStatus.OPEN, Severity.INFO, RiskLevel.HIGH, Change.UNCHANGED)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"high", "HIGH", " High "})
    void should_read_a_risk_level_in_any_case(String text) {
        assertThat(Gate.riskThreshold(text)).contains(RiskLevel.HIGH);
        assertThat(Gate.riskThreshold("none")).isEmpty();
    }

    @Test
    void should_refuse_an_unknown_risk_level_listing_the_accepted_ones() {
        assertThatThrownBy(() -> Gate.riskThreshold("very high")).isInstanceOf(GateException.class)
                .hasMessage("unknown risk level 'very high': expected one of low, medium, high, critical or none");
    }
}
