package dev.tmj.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Impact;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/** The risk matrix, cell by cell, against the table docs/risk.md documents (copied into risk-matrix.csv). */
class RiskMatrixTest {

    @ParameterizedTest(name = "likelihood {0} x impact {1} is {2}")
    @CsvFileSource(resources = "risk-matrix.csv", numLinesToSkip = 1)
    void should_give_each_cell_of_the_matrix_its_documented_level(String likelihood, String impact, String level) {
        Risk risk = Risk.of(Likelihood.of(likelihood), Impact.parse(impact).orElseThrow());

        assertThat(risk.level().label()).isEqualTo(level);
        assertThat(risk.likelihood().label()).isEqualTo(likelihood);
        assertThat(risk.impact().label()).isEqualTo(impact);
    }

    @Test
    void should_rise_never_fall_when_likelihood_or_impact_rises() {
        for (Likelihood l : Likelihood.values()) {
            for (Impact i : Impact.values()) {
                RiskLevel level = Risk.levelOf(l, i);
                if (l.ordinal() > 0) {
                    assertThat(Risk.levelOf(Likelihood.values()[l.ordinal() - 1], i)).isLessThanOrEqualTo(level);
                }
                if (i.ordinal() > 0) {
                    assertThat(Risk.levelOf(l, Impact.values()[i.ordinal() - 1])).isLessThanOrEqualTo(level);
                }
            }
        }
        assertThat(Risk.levelOf(Likelihood.VERY_LOW, Impact.LOW)).isEqualTo(RiskLevel.LOW);
        assertThat(Risk.levelOf(Likelihood.VERY_HIGH, Impact.CRITICAL)).isEqualTo(RiskLevel.CRITICAL);
    }

    @ParameterizedTest
    @CsvSource({"High,high", "high,high", "Medium,medium", "Low,low", "Very Low,very low", "very-high,very high",
        "VERY_HIGH,very high", "Critical,very high", "' Low ',low"})
    void should_read_a_threats_likelihood_in_capecs_words(String text, String level) {
        assertThat(Likelihood.of(text).label()).isEqualTo(level);
    }

    @ParameterizedTest
    @CsvSource({"''", "'  '", "unknown", "often", "3"})
    void should_read_an_empty_or_unknown_likelihood_as_medium(String text) {
        assertThat(Likelihood.of(text)).isEqualTo(Likelihood.MEDIUM);
    }

    @Test
    void should_refuse_a_risk_whose_level_is_not_the_matrix_cell() {
        assertThatThrownBy(() -> new Risk(Likelihood.VERY_HIGH, Impact.CRITICAL, RiskLevel.LOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the matrix gives VERY_HIGH x CRITICAL the level CRITICAL, not LOW");
    }

    @Test
    void should_read_risk_levels_by_label_in_any_case_and_nothing_else() {
        assertThat(Arrays.stream(RiskLevel.values()).map(r -> RiskLevel.parse(r.label().toUpperCase())))
                .allMatch(java.util.Optional::isPresent);
        assertThat(RiskLevel.parse(" High ")).contains(RiskLevel.HIGH);
        assertThat(RiskLevel.parse("very high")).isEmpty();
        assertThat(RiskLevel.parse("severe")).isEmpty();
    }
}
