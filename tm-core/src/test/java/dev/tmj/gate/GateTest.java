package dev.tmj.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.FindingStatus;
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
}
