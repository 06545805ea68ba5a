package dev.tmj.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The hidden marker that names the models: stable, order-free, and unable to end the HTML comment early. */
class SummaryMarkerTest {
    @Test
    void should_name_the_models_sorted() {
        assertThat(SummaryMarker.of(List.of("tm.py", "models/a.yaml")).text())
                .isEqualTo("<!-- tmj:summary models/a.yaml tm.py -->");
        assertThat(SummaryMarker.of(List.of("models/a.yaml", "tm.py")))
                .isEqualTo(SummaryMarker.of(List.of("tm.py", "models/a.yaml")));
    }

    @Test
    void should_escape_a_name_that_would_end_the_comment() {
        assertThat(SummaryMarker.of(List.of("evil -->\n<script>.py", "a--b--!>.py")).text())
                .isEqualTo("<!-- tmj:summary a-%2Db-%2D%21%3E.py evil%20-%2D%3E%0A%3Cscript%3E.py -->");
    }

    @Test
    void should_mark_only_a_body_whose_first_line_is_the_marker() {
        SummaryMarker marker = SummaryMarker.of(List.of("tm.py"));

        assertThat(marker.marks(marker.text() + "\r\n## Summary")).isTrue();
        assertThat(marker.marks(marker.text())).isTrue();
        assertThat(marker.marks("quoted:\n" + marker.text())).isFalse();
        assertThat(marker.marks(SummaryMarker.of(List.of("tm.py", "b.py")).text() + "\n")).isFalse();
        assertThat(marker.marks("<!-- tmj:summary tm.py.bak -->\n")).isFalse();
    }

    @Property
    void no_model_name_can_end_the_html_comment_or_the_line(@ForAll List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        String text = SummaryMarker.of(names).text();
        String inside = text.substring("<!-- tmj:summary ".length(), text.length() - " -->".length());

        assertThat(inside).matches("[A-Za-z0-9._/%\\- ]*").doesNotContain("--").doesNotContain(">");
        assertThat(text).endsWith(" -->").doesNotContain("\n");
    }

    @Property
    void different_sets_of_names_give_different_markers(@ForAll String a, @ForAll String b) {
        if (a.equals(b) || a.contains(" ") || b.contains(" ")) {
            return;
        }
        assertThat(SummaryMarker.of(List.of(a))).isNotEqualTo(SummaryMarker.of(List.of(b)));
    }
}
