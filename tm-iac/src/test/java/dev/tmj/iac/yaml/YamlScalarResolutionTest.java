package dev.tmj.iac.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Plain scalars get the core schema's tags: the shortcut for words (no regular expression for a text that starts with
 * a letter no resolver is chosen by) gives exactly what snakeyaml-engine's resolver gives, and paths are built as
 * before.
 */
class YamlScalarResolutionTest {
    /** The resolver YamlTree uses, as it was used for every plain scalar before the shortcut. */
    private static final ScalarResolver CORE = new CoreSchema().getScalarResolver();

    @Property(tries = 5000)
    void should_resolve_every_plain_scalar_as_the_core_schema_does(@ForAll("scalars") String text) {
        assertThat(YamlTree.resolve(text)).isEqualTo(CORE.resolve(text, true));
    }

    @Test
    void should_read_words_numbers_booleans_and_nulls_with_their_types_and_paths() {
        YamlTree.Document document = YamlTree.read("t.yaml", "name: web\nport: 8080\nhost: null\nTrue: yes\n"
                + "on: false\nx.y: [nan, .nan, 0x1F, Infinity]\n\"a b\": {c-d: e}\n", YamlTags.none("none")).get(0);

        Map<String, Object> expected = new java.util.LinkedHashMap<>();
        expected.put("name", "web");
        expected.put("port", 8080L);
        expected.put("host", null);
        expected.put("true", "yes");
        expected.put("on", false);
        expected.put("x.y", List.of("nan", ".nan", 31L, "Infinity"));
        expected.put("a b", Map.of("c-d", "e"));
        assertThat(document.root()).isEqualTo(expected);
        assertThat(document.positions().keySet()).containsExactly("", "name", "port", "host", "true", "on",
                "[\"x.y\"]", "[\"x.y\"][0]", "[\"x.y\"][1]", "[\"x.y\"][2]", "[\"x.y\"][3]", "[\"a b\"]",
                "[\"a b\"].c-d");
        assertThat(document.keys().keySet()).containsExactlyInAnyOrder("name", "port", "host", "true", "on",
                "[\"x.y\"]", "[\"a b\"]", "[\"a b\"].c-d");
    }

    @Provide
    Arbitrary<String> scalars() {
        Arbitrary<String> words = Arbitraries.of("true", "True", "TRUE", "false", "FALSE", "tRue", "null", "Null",
                "NULL", "nULL", "~", "", " ", "0", "-1", "+7", "0o17", "0x1F", "0xZ", "1.5", ".5", "1e3", ".inf", "-.Inf",
                ".nan", ".NaN", "NaN", "<<", "${HOME}", "${X:-y}", "web", "Deployment", "apps/v1", "n", "N", "t", "f",
                "yes", "on", "é", "Ω", "_x", "/path", "8080/TCP");
        Arbitrary<String> any = Arbitraries.strings().withChars("tfnTFNaZ019.+-~$ {}<:_/xoeé").ofMaxLength(8);
        return Arbitraries.oneOf(words, any, Arbitraries.strings().ofMaxLength(6),
                Arbitraries.of("t", "f", "n", "T", "F", "N", "a", "Z", "0", "-", ".", "$", "~")
                        .flatMap(first -> any.map(rest -> first + rest)));
    }
}
