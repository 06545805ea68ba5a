package dev.tmj.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommentBodyTest {
    private static final SummaryMarker MARKER = SummaryMarker.of(List.of("tm.py"));

    @Test
    void should_put_the_marker_first_unless_the_summary_starts_with_it() {
        assertThat(CommentBody.of(MARKER, "## S\n", 1000)).isEqualTo(MARKER.text() + "\n## S\n");
        assertThat(CommentBody.of(MARKER, MARKER.text() + "\n## S\n", 1000)).isEqualTo(MARKER.text() + "\n## S\n");
    }

    @Test
    void should_keep_a_body_of_exactly_the_limit() {
        String summary = "x".repeat(1000 - MARKER.text().length() - 1);

        assertThat(CommentBody.of(MARKER, summary, 1000)).hasSize(1000).endsWith("x");
    }

    @Test
    void should_cut_at_a_line_end_and_say_so_within_the_limit() {
        String summary = "line\n".repeat(1000);

        String body = CommentBody.of(MARKER, summary, 1000);

        assertThat(body.length()).isLessThanOrEqualTo(1000);
        assertThat(body).startsWith(MARKER.text() + "\nline\n").contains("line\n\n> **Cut here:** the summary has "
                + (MARKER.text().length() + 1 + summary.length()) + " characters and a comment takes at most 1000.");
    }

    @Test
    void should_not_split_a_surrogate_pair_when_there_is_no_line_end_to_cut_at() {
        String summary = "\uD83D\uDD12".repeat(600);

        String body = CommentBody.of(MARKER, summary, 1000);

        assertThat(body.length()).isLessThanOrEqualTo(1000);
        String kept = body.substring(0, body.indexOf("\n\n> **Cut here:**"));
        assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
    }
}
