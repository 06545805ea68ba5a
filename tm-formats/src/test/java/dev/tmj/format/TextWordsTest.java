package dev.tmj.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.format.threatdragon.ThreatDragonReader;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The one pass that finds the words a model's kind depends on answers as {@link String#contains} did for each word,
 * and the kind of every text stays what the searches one by one made it.
 */
class TextWordsTest {
    private static final List<String> WORDS = List.of("\"otmVersion\"", "\"diagrams\"", "\"summary\"", "from pytm",
            "import pytm", "otmVersion", "tmj", "threagile_version", "\"format_version\"", "AWSTemplateFormatVersion",
            "Resources", "::", "apiVersion", "kind");

    @Property(tries = 3000)
    void should_find_each_word_exactly_where_contains_finds_it(@ForAll("modelLikeTexts") String text) {
        TextWords words = TextWords.in(text, WORDS);

        for (String word : WORDS) {
            assertThat(words.contains(word)).as("%s in %s", word, text).isEqualTo(text.contains(word));
        }
    }

    @Property(tries = 3000)
    void should_tell_each_text_the_kind_the_searches_one_by_one_told(@ForAll("modelLikeTexts") String text) {
        assertThat(ModelFiles.kindOf(text)).as(text).isEqualTo(kindByContains(text));
    }

    @Test
    void should_find_words_at_the_very_start_and_end_and_next_to_characters_beyond_latin_1() {
        TextWords words = TextWords.in("tmj\u540d\"otmVersion\"\uD83D\uDE00kind", WORDS);

        assertThat(words.contains("tmj")).isTrue();
        assertThat(words.contains("\"otmVersion\"")).isTrue();
        assertThat(words.contains("otmVersion")).isTrue();
        assertThat(words.contains("kind")).isTrue();
        assertThat(words.contains("apiVersion")).isFalse();
        assertThat(TextWords.in("\"otmVersion", WORDS).contains("\"otmVersion\"")).isFalse();
        assertThat(TextWords.in("otmVersion\"", WORDS).contains("\"otmVersion\"")).isFalse();
    }

    @Test
    void should_refuse_a_question_about_a_word_it_did_not_look_for() {
        assertThatThrownBy(() -> TextWords.in("tmj: 1", List.of("tmj")).contains("kind"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** ModelFiles.kindOf as it was, with a String.contains per word: the reference. */
    private static ModelFiles.Kind kindByContains(String text) {
        String body = ModelText.withoutBom(text);
        String trimmed = body.stripLeading();
        if (trimmed.startsWith("{")) {
            boolean tmj = Pattern.compile("^\\s*\\{\\s*\"tmj\"\\s*:").matcher(trimmed).find();
            if (!tmj && trimmed.contains("\"otmVersion\"")
                    && Pattern.compile("(?<!\\\\)\"otmVersion\"\\s*:").matcher(trimmed).find()) {
                return ModelFiles.Kind.OTM;
            }
            if (ThreatDragonReader.isThreatDragon(trimmed)) {
                return ModelFiles.Kind.THREAT_DRAGON;
            }
            return tmj ? ModelFiles.Kind.TMJ
                    : IacInputs.kindOf(trimmed).isPresent() ? ModelFiles.Kind.IAC : ModelFiles.Kind.PYTM_JSON;
        }
        if (body.contains("from pytm") || body.contains("import pytm")) {
            return ModelFiles.Kind.PYTM_SCRIPT;
        }
        if (body.contains("otmVersion") && Pattern.compile("(?m)^otmVersion\\s*:").matcher(body).find()) {
            return ModelFiles.Kind.OTM;
        }
        boolean tmj = body.contains("tmj") && Pattern.compile("(?m)^tmj\\s*:").matcher(body).find();
        if (!tmj && body.contains("threagile_version")
                && Pattern.compile("(?m)^threagile_version\\s*:").matcher(body).find()) {
            return ModelFiles.Kind.THREAGILE;
        }
        if (tmj) {
            return ModelFiles.Kind.TMJ;
        }
        return IacInputs.kindOf(body).isPresent() ? ModelFiles.Kind.IAC : ModelFiles.Kind.PYTM_SCRIPT;
    }

    /** Texts made of the words, near misses, quotes, characters beyond Latin-1 and noise, JSON-like or not. */
    @Provide
    Arbitrary<String> modelLikeTexts() {
        Arbitrary<String> fragment = Arbitraries.of("{", "}", "\"", "\\\"", "\uFEFF", "\u00e9", "\u540d",
                "\uD83D\uDE00", "\"tmj\": 1", "tmj: 1", "tm", "\"otmVersion\": \"0.2.0\"", "otmVersion: 0.2.0",
                "otmVersio", "\"diagrams\": []", "\"summary\": {}", "\"detail\": {\"diagrams\": []}", "from pytm",
                "from  pytm", "import pytm", "import", "threagile_version: 1.0", "\"format_version\": \"1.2\"",
                "\"terraform_version\": \"1.6\"", "AWSTemplateFormatVersion: '2010-09-09'", "Resources:",
                "Type: AWS::S3::Bucket", ":", "::", "apiVersion: v1", "\"apiVersion\": \"v1\"", "kind: Pod",
                "\"kind\": \"Pod\"", "metadata:", "name: x", "\"flows\": []", "");
        Arbitrary<String> separator = Arbitraries.of("\n", ", ", " ", "", "\r\n");
        return fragment.list().ofMaxSize(10).flatMap(parts -> separator.list().ofSize(parts.size()).map(seps -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                text.append(parts.get(i)).append(seps.get(i));
            }
            return text.toString();
        }));
    }
}
