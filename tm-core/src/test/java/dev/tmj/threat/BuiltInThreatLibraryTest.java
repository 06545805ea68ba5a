package dev.tmj.threat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmj.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * tmj's own threat library: pytm's facts (SIDs, targets, conditions, severity, likelihood, CAPEC/CWE numbers)
 * with texts written anew, plus a STRIDE category and structured classifications for every threat.
 */
class BuiltInThreatLibraryTest {
    private static final String RESOURCE = "/dev/tmj/threat/tmj-threats.json";
    private static final Set<String> STRIDE = Set.of("Spoofing", "Tampering", "Repudiation",
            "Information disclosure", "Denial of service", "Elevation of privilege");
    private static final Pattern CLASSIFICATION =
            Pattern.compile("CAPEC-\\d+|CWE-\\d+|OWASP-A\\d\\d:2021|OWASP-LLM\\d\\d:2023");
    private static final List<String> KEY_ORDER = List.of("SID", "target", "description", "details",
            "Likelihood Of Attack", "severity", "condition", "prerequisites", "mitigations", "example",
            "references", "stride", "classifications");
    private static final List<String> TEXT_FIELDS = List.of("description", "details", "mitigations", "example",
            "prerequisites", "references");
    private static final Pattern CAPEC_URL = Pattern.compile("capec\\.mitre\\.org/data/definitions/(\\d+)\\.html");
    private static final Pattern CWE_URL = Pattern.compile("cwe\\.mitre\\.org/data/definitions/(\\d+)\\.html");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    /** A run of this many consecutive words shared with pytm's text counts as copied. */
    private static final int COPIED_RUN = 6;

    private static ThreatLibrary builtIn() {
        return ThreatLibrary.fromResource(ThreatLibrary.class, RESOURCE);
    }

    private static JsonNode builtInJson() throws IOException {
        try (InputStream in = ThreatLibrary.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    /** pytm's active entries by SID, in file order. */
    private static Map<String, JsonNode> pytmEntries() throws IOException {
        JsonNode raw = new ObjectMapper().readTree(SharedData.threatsJson().toFile());
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        raw.forEach(entry -> {
            if (!entry.has("DEPRECATED")) {
                entries.put(entry.get("SID").asText(), entry);
            }
        });
        return entries;
    }

    @Test
    void should_load_113_threats_with_texts_stride_and_classifications() {
        ThreatLibrary library = builtIn();

        assertThat(library.size()).isEqualTo(113);
        assertThat(library.threats()).allSatisfy(threat -> {
            Threat.Texts texts = threat.texts();
            assertThat(texts.description()).as(threat.id() + " description").isNotBlank();
            assertThat(texts.details()).as(threat.id() + " details").isNotBlank();
            assertThat(texts.mitigations()).as(threat.id() + " mitigations").isNotBlank();
            assertThat(texts.example()).as(threat.id() + " example").isNotBlank();
            assertThat(texts.references()).as(threat.id() + " references").isNotBlank();
            assertThat(texts.severity()).as(threat.id() + " severity").isNotBlank();
            assertThat(texts.stride()).as(threat.id() + " stride").isIn(STRIDE);
            assertThat(texts.classifications()).as(threat.id() + " classifications").isNotEmpty()
                    .doesNotHaveDuplicates()
                    .allSatisfy(c -> assertThat(c).matches(CLASSIFICATION));
            assertThat(threat.condition().text()).as(threat.id() + " condition").isNotBlank();
        });
    }

    @Test
    void should_keep_the_documented_key_order_in_every_entry() throws IOException {
        JsonNode json = builtInJson();

        assertThat(json).hasSize(113);
        json.forEach(entry -> {
            List<String> keys = new ArrayList<>();
            entry.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).as(entry.get("SID").asText()).containsExactlyElementsOf(KEY_ORDER);
        });
    }

    @Test
    void should_cite_a_url_for_every_capec_and_cwe_classification() {
        assertThat(builtIn().threats()).allSatisfy(threat -> {
            String references = threat.texts().references();
            for (String c : threat.texts().classifications()) {
                if (c.startsWith("CAPEC-")) {
                    assertThat(references).as(threat.id())
                            .contains("https://capec.mitre.org/data/definitions/" + c.substring(6) + ".html");
                } else if (c.startsWith("CWE-")) {
                    assertThat(references).as(threat.id())
                            .contains("https://cwe.mitre.org/data/definitions/" + c.substring(4) + ".html");
                }
            }
            assertThat(references.split(",\\s*")).as(threat.id() + " references are URLs")
                    .allSatisfy(r -> assertThat(r).startsWith("https://"));
        });
    }

    @Test
    void should_keep_pytm_sids_order_targets_conditions_severity_and_likelihood() {
        ThreatLibrary pytm = ThreatLibrary.fromJson(SharedData.threatsJson());
        ThreatLibrary tmj = builtIn();

        assertThat(tmj.threats()).extracting(Threat::id)
                .containsExactlyElementsOf(pytm.threats().stream().map(Threat::id).toList());
        for (Threat theirs : pytm.threats()) {
            Threat ours = tmj.find(theirs.id()).orElseThrow();
            assertThat(ours.targets()).as(theirs.id() + " target").isEqualTo(theirs.targets());
            assertThat(ours.condition().text()).as(theirs.id() + " condition")
                    .isEqualTo(theirs.condition().text());
            assertThat(ours.texts().severity()).as(theirs.id() + " severity")
                    .isEqualTo(theirs.texts().severity());
            assertThat(ours.texts().likelihood()).as(theirs.id() + " likelihood")
                    .isEqualTo(theirs.texts().likelihood());
        }
    }

    @Test
    void should_keep_pytm_target_lists_verbatim() throws IOException {
        Map<String, JsonNode> pytm = pytmEntries();

        builtInJson().forEach(entry -> assertThat(entry.get("target"))
                .as(entry.get("SID").asText()).isEqualTo(pytm.get(entry.get("SID").asText()).get("target")));
    }

    @Test
    void should_classify_every_capec_and_cwe_number_that_pytm_cites() throws IOException {
        Map<String, JsonNode> pytm = pytmEntries();
        ThreatLibrary tmj = builtIn();

        pytm.forEach((sid, entry) -> {
            String references = entry.path("references").asText("");
            Set<String> expected = new TreeSet<>();
            expected.addAll(numbers(CAPEC_URL, references, "CAPEC-"));
            expected.addAll(numbers(CWE_URL, references, "CWE-"));
            assertThat(tmj.find(sid).orElseThrow().texts().classifications()).as(sid)
                    .containsAll(expected);
        });
        // spot checks against the source file
        assertThat(tmj.find("INP01").orElseThrow().texts().classifications())
                .contains("CAPEC-10", "CWE-120", "CWE-119", "CWE-680");
        assertThat(tmj.find("DE04").orElseThrow().texts().classifications()).contains("CAPEC-268", "CAPEC-93");
    }

    @Test
    void should_not_reuse_six_consecutive_words_of_pytm_texts() throws IOException {
        Map<String, JsonNode> pytm = pytmEntries();
        List<String> copied = new ArrayList<>();

        builtInJson().forEach(entry -> {
            String sid = entry.get("SID").asText();
            for (String field : TEXT_FIELDS) {
                Set<String> theirs = runs(pytm.get(sid).path(field).asText(""));
                Set<String> ours = runs(entry.path(field).asText(""));
                ours.retainAll(theirs);
                ours.forEach(run -> copied.add(sid + " " + field + ": \"" + run + "\""));
            }
        });

        assertThat(copied).as("word runs copied from pytm's threats.json").isEmpty();
    }

    @Test
    void the_copy_guard_detects_copied_and_lightly_edited_text() {
        String original = "Use a language or compiler that performs automatic bounds checking.";
        Function<String, Boolean> copied = text -> {
            Set<String> shared = runs(text);
            shared.retainAll(runs(original));
            return !shared.isEmpty();
        };

        assertThat(copied.apply("Always use a language or compiler that performs automatic bounds checking!"))
                .isTrue();
        assertThat(copied.apply("USE A LANGUAGE, OR COMPILER, THAT does the checks")).as("case and punctuation")
                .isTrue();
        assertThat(copied.apply("Write the component in a memory-safe language that checks bounds for you."))
                .isFalse();
        assertThat(copied.apply("Pick a memory-safe language, see https://use.a/language/or/compiler/that/performs"))
                .isFalse();
    }

    /** Every run of {@link #COPIED_RUN} consecutive words, lower-cased, punctuation stripped, URLs removed. */
    private static Set<String> runs(String text) {
        String words = URL.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        Set<String> runs = new HashSet<>();
        if (words.isEmpty()) {
            return runs;
        }
        String[] w = words.split(" ");
        for (int i = 0; i + COPIED_RUN <= w.length; i++) {
            runs.add(String.join(" ", List.of(w).subList(i, i + COPIED_RUN)));
        }
        return runs;
    }

    private static Set<String> numbers(Pattern pattern, String text, String prefix) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(prefix + m.group(1));
        }
        return found;
    }
}
