package dev.tmj.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** One pass for several words finds each of them exactly where a search for that word alone finds it. */
class WordSearchTest {
    /** Words of different lengths (the shortest sets the window), one inside another, quoted and not. */
    private static final List<String> WORDS = List.of("\"otmVersion\"", "otmVersion", "\"diagrams\"",
            "\"format_version\"", "Resources");
    private static final WordSearch SEARCH = new WordSearch(WORDS);
    /** The same and a word of two letters: a window of two, which never moves by more than one. */
    private static final List<String> WITH_SHORT = List.of("\"otmVersion\"", "otmVersion", "\"diagrams\"",
            "\"format_version\"", "Resources", "ab");

    @Property(tries = 3000)
    void should_find_each_word_exactly_where_contains_finds_it(@ForAll("texts") String text) {
        for (List<String> words : List.of(WORDS, WITH_SHORT)) {
            WordSearch.Found found = new WordSearch(words).in(text);
            for (String word : words) {
                assertThat(found.contains(word)).as("%s in %s", word, text).isEqualTo(text.contains(word));
            }
        }
    }

    @Test
    void should_find_a_word_at_the_start_and_the_end_and_not_half_quoted() {
        WordSearch quoted = new WordSearch(List.of("\"diagrams\""));

        assertThat(quoted.in("\"diagrams\"").contains("\"diagrams\"")).isTrue();
        assertThat(quoted.in("x \"diagrams\"").contains("\"diagrams\"")).isTrue();
        assertThat(quoted.in("\"diagrams\" x").contains("\"diagrams\"")).isTrue();
        assertThat(quoted.in("diagrams\" \"diagrams").contains("\"diagrams\"")).isFalse();
        assertThat(quoted.in("\"xdiagrams\" diagrams\"").contains("\"diagrams\"")).isFalse();
        assertThat(quoted.in("\"diagram\"").contains("\"diagrams\"")).isFalse();
        assertThat(quoted.in("").contains("\"diagrams\"")).isFalse();
    }

    @Test
    void should_not_take_a_character_outside_ascii_for_the_letter_it_shares_its_low_bits_with() {
        // U+0176 and U+00E2 end in the bits of 'v' and 'b': the search may look closer, never answer otherwise
        WordSearch search = new WordSearch(WITH_SHORT);

        assertThat(search.in("\"format_\u0176ersion\" a\u00e2").contains("\"format_version\"")).isFalse();
        assertThat(search.in("\"format_\u0176ersion\" a\u00e2").contains("ab")).isFalse();
        assertThat(search.in("\u540d\"format_version\"\u540d").contains("\"format_version\"")).isTrue();
    }

    @Test
    void should_refuse_a_question_about_a_word_it_did_not_look_for() {
        assertThatThrownBy(() -> SEARCH.in("kind").contains("kind")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not searched for: kind");
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("\"", "\"\"", "otmVersion", "diagrams", "format_version", "Resources", "Resource", "a",
                "b", "ab", "x", " ", "\\", ":", "\u540d", "\u0176", "\u00e2", "otmVersio", "iagrams\"", "format_",
                "version\"", "esources").list().ofMaxSize(12).map(parts -> String.join("", parts));
    }
}
