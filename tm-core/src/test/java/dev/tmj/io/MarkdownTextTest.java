package dev.tmj.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Model text in Markdown, one case at a time (moved here with the escaper from tm-render's report tests). */
class MarkdownTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '→', quoteCharacter = '\'', value = {
        "plain text → plain text",
        "<script>alert(1)</script> → &lt;script&gt;alert(1)&lt;/script&gt;",
        "a | b → a \\| b",
        "`code` → \\`code\\`",
        "[x](javascript:alert(1)) → \\[x\\](javascript:alert(1))",
        "![i](x.png) → !\\[i\\](x.png)",
        "**bold** _em_ ~~del~~ → \\*\\*bold\\*\\* \\_em\\_ \\~\\~del\\~\\~",
        "{{x}} ${x} → \\{\\{x\\}\\} \\$\\{x\\}",
        "# heading → \\# heading",
        "- item → \\- item",
        "+ item → \\+ item",
        "=== → \\===",
        "1. one → 1\\. one",
        "12) twelve → 12\\) twelve",
        "2.0 → 2.0",
        "a-b 1. c → a-b 1. c",
        "AT&T &amp; → AT&amp;T &amp;amp;",
        "back\\slash → back\\\\slash",
        "'    indented' → indented",
        "'one\ntwo\r\nthree' → one<br>two<br>three",
    })
    void should_escape_markdown(String raw, String escaped) {
        assertThat(MarkdownText.escape(raw.replace("\\n", "\n").replace("\\r", "\r"))).isEqualTo(escaped);
    }

    @Test
    void should_drop_control_characters_from_markdown() {
        assertThat(MarkdownText.escape("a\u0000b\u0007c\td")).isEqualTo("abc\td");
    }
}
