package dev.tmj.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Escapes remembered by identity give exactly what escaping again gives, for any mix of repeated values. */
class MarkdownEscaperRecentTest {
    @Test
    void should_give_the_escape_of_each_value_however_often_it_recurs() {
        MarkdownEscaper.Recent recent = new MarkdownEscaper.Recent();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            // distinct instances, many more than the table's slots, some with equal text
            values.add(new String("1. *item* <" + (i % 700) + "> _x_ | y\n- z"));
        }
        for (int round = 0; round < 3; round++) {
            for (String value : values) {
                assertThat(recent.escape(value)).isEqualTo(MarkdownEscaper.escape(value));
            }
        }
    }
}
