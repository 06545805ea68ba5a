package dev.tmj.format;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The search for a quoted word that starts at its first letter finds what a search for the quoted word finds. */
class QuotedWordTest {
    @Property(tries = 3000)
    void should_find_a_quoted_word_exactly_where_contains_finds_it(@ForAll("quotedTexts") String text) {
        for (String word : new String[] {"otmVersion", "diagrams", "format_version", "a"}) {
            assertThat(ModelFiles.containsQuoted(text, word)).as("%s in %s", word, text)
                    .isEqualTo(text.contains("\"" + word + "\""));
        }
    }

    @Test
    void should_find_a_quoted_word_at_the_start_and_the_end_and_not_half_quoted() {
        assertThat(ModelFiles.containsQuoted("\"diagrams\"", "diagrams")).isTrue();
        assertThat(ModelFiles.containsQuoted("x \"diagrams\"", "diagrams")).isTrue();
        assertThat(ModelFiles.containsQuoted("diagrams\" \"diagrams", "diagrams")).isFalse();
        assertThat(ModelFiles.containsQuoted("\"xdiagrams\" diagrams\"", "diagrams")).isFalse();
        assertThat(ModelFiles.containsQuoted("", "diagrams")).isFalse();
    }

    @Provide
    Arbitrary<String> quotedTexts() {
        return Arbitraries.of("\"", "\"\"", "otmVersion", "diagrams", "format_version", "a", "x", " ", "\\", ":",
                "\u540d", "otmVersio", "iagrams\"").list().ofMaxSize(12).map(parts -> String.join("", parts));
    }
}
