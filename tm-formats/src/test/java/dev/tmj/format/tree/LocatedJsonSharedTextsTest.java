package dev.tmj.format.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.format.tree.LocatedTreeReader.Syntax;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short string value that a JSON document repeats is read as one String, compared by its characters: never taken
 * for another text with the same hash or length, whatever it holds and however many texts came before it.
 */
class LocatedJsonSharedTextsTest {
    @Test
    void should_read_a_repeated_short_text_as_the_same_string_and_a_long_one_as_it_is() {
        String long65 = "x".repeat(65);
        LocatedNode root = read("{\"a\": \"Web\", \"b\": [\"Web\", \"We\", \"" + "y".repeat(64) + "\", \"" + long65
                + "\"], \"c\": \"" + "y".repeat(64) + "\", \"d\": \"" + long65 + "\"}");
        List<LocatedNode> b = root.get("b").items();

        assertThat(b.get(0).text()).isSameAs(root.get("a").text());
        assertThat(b.get(1).text()).isEqualTo("We");
        assertThat(root.get("c").text()).isSameAs(b.get(2).text());
        assertThat(root.get("d").text()).isEqualTo(long65).isNotSameAs(b.get(3).text());
    }

    @Test
    void should_tell_apart_texts_with_the_same_hash() {
        // "Aa" and "BB" have the same String hash, as have the empty text and a NUL, of another length
        LocatedNode root = read("{\"a\": [\"Aa\", \"BB\", \"AaBB\", \"BBAa\", \"\", \"\\u0000\", \"\\u0000\\u0000\"],"
                + " \"b\": [\"BB\", \"Aa\", \"BBAa\", \"AaBB\", \"\\u0000\", \"\", \"\\u0000\\u0000\"]}");
        List<String> a = root.get("a").items().stream().map(LocatedNode::text).toList();
        List<String> b = root.get("b").items().stream().map(LocatedNode::text).toList();

        assertThat(a).containsExactly("Aa", "BB", "AaBB", "BBAa", "", "\u0000", "\u0000\u0000");
        assertThat(b).containsExactly("BB", "Aa", "BBAa", "AaBB", "\u0000", "", "\u0000\u0000");
        assertThat(b.get(0)).isSameAs(a.get(1));
        assertThat(b.get(4)).isSameAs(a.get(5));
        assertThat(b.get(5)).isSameAs(a.get(4));
    }

    @Test
    void should_share_every_repeat_among_many_texts_escaped_or_beyond_latin_1() {
        StringBuilder json = new StringBuilder("{\"first\": [");
        for (int i = 0; i < 20_000; i++) {
            json.append(i == 0 ? "" : ", ").append('"').append(name(i)).append('"');
        }
        json.append("], \"again\": [");
        for (int i = 19_999; i >= 0; i--) {
            json.append('"').append(name(i)).append('"').append(i == 0 ? "" : ", ");
        }
        LocatedNode root = read(json.append("]}").toString());
        List<LocatedNode> first = root.get("first").items();
        List<LocatedNode> again = root.get("again").items();

        for (int i = 0; i < 20_000; i++) {
            String expected = name(i).replace("\\\"", "\"").replace("\\u540d", "\u540d");
            assertThat(first.get(i).text()).isEqualTo(expected);
            assertThat(again.get(19_999 - i).text()).isSameAs(first.get(i).text());
        }
    }

    /** Names of every length up to 64, some with an escaped quote or a character beyond Latin-1. */
    private static String name(int i) {
        String name = (i % 3 == 0 ? "Flow \\\" " : i % 3 == 1 ? "\u00e9l\u00e8ment " : "\\u540d ") + i;
        return name + "z".repeat(i % 50);
    }

    private static LocatedNode read(String json) {
        return LocatedTreeReader.read(json, "m.json", Syntax.JSON);
    }
}
