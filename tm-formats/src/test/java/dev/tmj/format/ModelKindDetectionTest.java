package dev.tmj.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.format.ModelFiles.Kind;
import dev.tmj.format.threatdragon.ThreatDragonReader;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Telling model kinds apart by content: the one search for all the words that rule kinds out
 * ({@link WordSearch}) never changes which kind a text is, wherever the words are (in a key, in a string value,
 * late in the document) and whatever comes before the text (a byte order mark, blanks).
 */
class ModelKindDetectionTest {
    /** The detection's patterns, tried without any search first: the reference the property compares with. */
    private static final Pattern TMJ_YAML = Pattern.compile("(?m)^tmj\\s*:");
    private static final Pattern TMJ_JSON = Pattern.compile("^\\s*\\{\\s*\"tmj\"\\s*:");
    private static final Pattern OTM_JSON = Pattern.compile("(?<!\\\\)\"otmVersion\"\\s*:");
    private static final Pattern OTM_YAML = Pattern.compile("(?m)^otmVersion\\s*:");
    private static final Pattern THREAGILE_YAML = Pattern.compile("(?m)^threagile_version\\s*:");

    @Property(tries = 3000)
    void should_tell_each_text_the_kind_the_patterns_alone_tell(@ForAll("modelLikeTexts") String text) {
        assertThat(ModelFiles.kindOf(text)).isEqualTo(byPatternsAlone(text));
    }

    @Test
    void should_not_take_a_word_inside_a_string_value_for_a_key() {
        assertThat(ModelFiles.kindOf("{\"name\": \"x\", \"description\": \"otmVersion\"}")).isEqualTo(Kind.PYTM_JSON);
        assertThat(ModelFiles.kindOf("{\"name\": \"apiVersion and kind\", \"description\": \"Resources: AWS::S3\"}"))
                .isEqualTo(Kind.PYTM_JSON);
        assertThat(ModelFiles.kindOf("{\"name\": \"x\", \"flows\": [{\"name\": \"diagrams\", \"note\": \"summary\"}]}"))
                .isEqualTo(Kind.PYTM_JSON);
        assertThat(ModelFiles.kindOf("tmj: 1\nname: \"from pyt\"\ndescription: \"import py\"\n")).isEqualTo(Kind.TMJ);
    }

    @Test
    void should_find_a_key_after_a_byte_order_mark_and_blanks_and_at_the_very_start_and_end() {
        assertThat(ModelFiles.kindOf("\uFEFF \n\t{\"otmVersion\": \"0.2.0\"}")).isEqualTo(Kind.OTM);
        assertThat(ModelFiles.kindOf("\uFEFF\r\n{\"apiVersion\": \"v1\", \"kind\": \"Pod\"}")).isEqualTo(Kind.IAC);
        assertThat(ModelFiles.kindOf("\uFEFFimport pytm")).isEqualTo(Kind.PYTM_SCRIPT);
        assertThat(ModelFiles.kindOf("x = 1\nfrom pytm")).isEqualTo(Kind.PYTM_SCRIPT);
        assertThat(ModelFiles.kindOf("  \nthreagile_version: 1.0.0\n")).isEqualTo(Kind.THREAGILE);
    }

    @Test
    void should_find_a_top_level_key_late_in_a_large_document() {
        StringBuilder flows = new StringBuilder("{\"name\": \"Large\", \"flows\": [");
        for (int i = 0; i < 20_000; i++) {
            flows.append(i == 0 ? "" : ", ").append("{\"name\": \"Flow ").append(i).append("\", \"source\": \"A\"}");
        }
        flows.append("]");

        assertThat(ModelFiles.kindOf(flows + "}")).isEqualTo(Kind.PYTM_JSON);
        assertThat(ModelFiles.kindOf(flows + ", \"otmVersion\": \"0.2.0\"}")).isEqualTo(Kind.OTM);
        assertThat(ModelFiles.kindOf(flows + ", \"apiVersion\": \"v1\", \"kind\": \"Pod\"}")).isEqualTo(Kind.IAC);
        assertThat(ModelFiles.kindOf(flows + ",\n\"AWSTemplateFormatVersion\": \"2010-09-09\"}")).isEqualTo(Kind.IAC);
        assertThat(ModelFiles.kindOf("{\"tmj\": 1, " + flows.substring(1) + "}")).isEqualTo(Kind.TMJ);
    }

    private static Kind byPatternsAlone(String text) {
        String body = ModelText.withoutBom(text);
        String trimmed = body.stripLeading();
        if (trimmed.startsWith("{")) {
            boolean tmj = TMJ_JSON.matcher(trimmed).find();
            if (!tmj && OTM_JSON.matcher(trimmed).find()) {
                return Kind.OTM;
            }
            if (ThreatDragonReader.isThreatDragon(trimmed)) {
                return Kind.THREAT_DRAGON;
            }
            return tmj ? Kind.TMJ : IacDetectionTest.byPatternsAlone(trimmed).isPresent() ? Kind.IAC : Kind.PYTM_JSON;
        }
        if (body.contains("from pytm") || body.contains("import pytm")) {
            return Kind.PYTM_SCRIPT;
        }
        if (OTM_YAML.matcher(body).find()) {
            return Kind.OTM;
        }
        boolean tmj = TMJ_YAML.matcher(body).find();
        if (!tmj && THREAGILE_YAML.matcher(body).find()) {
            return Kind.THREAGILE;
        }
        if (tmj) {
            return Kind.TMJ;
        }
        return IacDetectionTest.byPatternsAlone(body).isPresent() ? Kind.IAC : Kind.PYTM_SCRIPT;
    }

    /** Texts made of every format's key words, as keys, in string values and escaped, after a mark or blanks. */
    @Provide
    Arbitrary<String> modelLikeTexts() {
        Arbitrary<String> start = Arbitraries.of("", "\uFEFF", " \n", "\uFEFF\t", "{", " {", "\uFEFF{", "{\"tmj\": 1,");
        Arbitrary<String> fragment = Arbitraries.of("\"otmVersion\": \"0.2\"", "\"otmVersion\"", "\\\"otmVersion\\\":",
                "\"description\": \"otmVersion\"", "otmVersion: 0.2.0", "\"diagrams\": []", "\"summary\": {}",
                "\"detail\": {\"diagrams\": []}", "tmj: 1", "\"tmj\": 1", "threagile_version: 1.0",
                "from pytm import TM", "import pytm", "from pyt", "\"name\": \"apiVersion kind\"", "apiVersion: v1",
                "kind: Pod", "metadata:", "\"apiVersion\": \"v1\"", "\"kind\": \"Pod\"",
                "AWSTemplateFormatVersion: '2010-09-09'", "Resources:", "Type: AWS::S3::Bucket",
                "\"format_version\": \"1.2\"", "\"planned_values\": {}", "\"flows\": []", "\u540d", "\u0176", "}", "[",
                "]", "");
        Arbitrary<String> separator = Arbitraries.of("\n", ", ", " ", "\r\n", "");
        return start.flatMap(head -> fragment.list().ofMaxSize(8).flatMap(parts -> separator.list()
                .ofSize(parts.size()).map(seps -> {
                    StringBuilder text = new StringBuilder(head);
                    for (int i = 0; i < parts.size(); i++) {
                        text.append(parts.get(i)).append(seps.get(i));
                    }
                    return text.toString();
                })));
    }
}
