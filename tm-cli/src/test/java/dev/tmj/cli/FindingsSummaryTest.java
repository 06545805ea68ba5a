package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-line output's columns, padded by hand for speed, exactly as {@code String.format} pads them. */
class FindingsSummaryTest {
    @Test
    void should_pad_a_column_as_string_format_does() {
        // shorter, as long as and longer than the column; characters beyond the BMP count as two, as in format
        for (String text : List.of("", "a", "INP01", "INP016", "DS0001x", "é", "\uD83D\uDE00", "a b\tc",
                "a name longer than the column of 28 characters")) {
            for (int width : new int[] {1, 6, 10, 28}) {
                assertThat(FindingsSummary.padded(new StringBuilder("x"), text, width).toString())
                        .as("%s in %d", text, width).isEqualTo("x" + String.format("%-" + width + "s", text));
            }
        }
    }
}
