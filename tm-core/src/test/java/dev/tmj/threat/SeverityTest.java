package dev.tmj.threat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** pytm's words for severities, however they are written. */
class SeverityTest {

    @Test
    void should_read_pytm_words_in_any_case_and_with_spaces_around() {
        assertThat(Severity.of("Very High")).isEqualTo(Severity.VERY_HIGH);
        assertThat(Severity.of(" CRITICAL ")).isEqualTo(Severity.VERY_HIGH);
        assertThat(Severity.of("high")).isEqualTo(Severity.HIGH);
        assertThat(Severity.of("\tMedium\n")).isEqualTo(Severity.MEDIUM);
        assertThat(Severity.of("LOW")).isEqualTo(Severity.LOW);
        assertThat(Severity.of("very low")).isEqualTo(Severity.VERY_LOW);
        assertThat(Severity.of("Very  High")).isEqualTo(Severity.INFO);
        assertThat(Severity.of("")).isEqualTo(Severity.INFO);
    }

    @Property
    void should_give_every_word_the_severity_of_its_stripped_lower_case(
            @ForAll("words") String word, @ForAll @StringLength(max = 2) @Chars({' ', '\t'}) String before,
            @ForAll boolean upper) {
        String text = before + (upper ? word.toUpperCase(Locale.ROOT) : word) + before;
        Severity expected = switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "very high", "critical" -> Severity.VERY_HIGH;
            case "high" -> Severity.HIGH;
            case "medium" -> Severity.MEDIUM;
            case "low" -> Severity.LOW;
            case "very low" -> Severity.VERY_LOW;
            default -> Severity.INFO;
        };

        assertThat(Severity.of(text)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of("Very High", "Very high", "very high", "Critical", "critical", "High",
                "high", "Medium", "medium", "Low", "low", "Very Low", "Very low", "very low", "Info", "info", "None",
                "Highest", "");
    }
}
