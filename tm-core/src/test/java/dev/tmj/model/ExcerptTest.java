package dev.tmj.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Input quoted in an error message: short, one line, printable; a parser's message without the input it quotes. */
class ExcerptTest {
    private static final String SECRET = "SECRET_TOKEN_abc123def456";

    @Test
    void should_keep_short_printable_text_unchanged() {
        assertThat(Excerpt.of("Web Servr")).isEqualTo("Web Servr");
        assertThat(Excerpt.quoted("a \"b\" \\ c")).isEqualTo("\"a \"b\" \\ c\"");
        assertThat(Excerpt.of("x".repeat(40))).isEqualTo("x".repeat(40));
    }

    @Test
    void should_cut_long_text_with_an_ellipsis_and_never_split_a_surrogate_pair() {
        assertThat(Excerpt.of("x".repeat(41))).isEqualTo("x".repeat(40) + "…");
        assertThat(Excerpt.of("x".repeat(39) + "😀" + "y")).isEqualTo("x".repeat(39) + "…");
        assertThat(Excerpt.of("abc", 0)).isEqualTo("…");
    }

    @Test
    void should_escape_control_characters_so_that_an_excerpt_is_one_printable_line() {
        assertThat(Excerpt.of("a\nb\r\tc\u001b[31m\u0085\u2028\ufeffd\u0000"))
                .isEqualTo("a\\nb\\r\\tc\\u001b[31m\\u0085\\u2028\\ufeffd\\u0000");
        assertThat(Excerpt.of("x\n::error file=a::owned")).doesNotContain("\n");
    }

    @Test
    void should_drop_the_token_jackson_could_not_read_and_keep_what_it_expected() {
        assertThat(Excerpt.parserMessage("Unrecognized token '" + SECRET + "': was expecting (JSON String, Number,"
                + " Array, Object or token 'null', 'true' or 'false')"))
                .isEqualTo("unrecognized token: was expecting (JSON String, Number, Array, Object or token 'null',"
                        + " 'true' or 'false')");
    }

    @Test
    void should_quote_a_duplicate_key_as_an_excerpt_and_cut_other_long_quotes() {
        String key = "description".repeat(10);
        assertThat(Excerpt.parserMessage("Duplicate field '" + key + "'"))
                .isEqualTo("duplicate key \"" + key.substring(0, 40) + "…\"");
        assertThat(Excerpt.parserMessage("Unexpected character ('S' (code 83)): was expecting comma"))
                .isEqualTo("Unexpected character ('S' (code 83)): was expecting comma");
        assertThat(Excerpt.parserMessage("Something about '" + SECRET + "' here\nsecond line"))
                .isEqualTo("Something about '…' here\\nsecond line");
    }
}
