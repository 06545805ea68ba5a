package dev.tmj.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mustachejava.util.HtmlEscaper;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's HTML escape is mustache.java's, with values that need none returned as they are. */
class HtmlEscapeTest {

    private static String mustache(String value) {
        StringWriter out = new StringWriter();
        HtmlEscaper.escape(value, out);
        return out.toString();
    }

    @Test
    void should_escape_texts_as_mustache_does() {
        for (String value : List.of("", "plain", "<script>alert('x')</script>", "a=b & `c`", "\"q\"\n\t\u0000",
                "\uD800 lone, \uD83D\uDE00 pair", "Ünïcödé \u2028 \u0085", "x".repeat(10_000) + "<")) {
            assertThat(HtmlReport.htmlEscape(value)).isEqualTo(mustache(value));
        }
    }

    @Test
    void should_escape_every_character_as_mustache_does() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String value = "a" + c + "b";
            assertThat(HtmlReport.htmlEscape(value)).as("U+%04X", (int) c).isEqualTo(mustache(value));
        }
    }

    @Test
    void should_return_a_text_that_needs_no_escape_as_it_is() {
        String plain = "Web server 42 (main), on-line: ok";

        assertThat(HtmlReport.htmlEscape(plain)).isSameAs(plain);
        assertThat(HtmlReport.htmlEscape("a<b")).isEqualTo("a&lt;b");
    }
}
