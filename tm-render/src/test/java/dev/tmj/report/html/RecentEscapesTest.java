package dev.tmj.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.io.MarkdownText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown and HTML escapes remembered by identity give exactly what escaping again gives, for any mix of repeated values. */
class RecentEscapesTest {
    @Test
    void should_give_the_escape_of_each_value_however_often_it_recurs() {
        RecentEscapes recent = new RecentEscapes(MarkdownText::escape);
        RecentEscapes html = new RecentEscapes(HtmlReport::htmlEscape);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            // distinct instances, many more than the table's slots, some with equal text
            values.add(new String("1. *item* <" + (i % 700) + "> _x_ | y\n- z"));
        }
        for (int round = 0; round < 3; round++) {
            for (String value : values) {
                assertThat(recent.escape(value)).isEqualTo(MarkdownText.escape(value));
                assertThat(html.escape(value)).isEqualTo(HtmlReport.htmlEscape(value));
            }
        }
        assertThat(HtmlReport.htmlEscape("<a href=\"x\">&'</a>")).doesNotContain("<", ">", "\"");
    }
}
