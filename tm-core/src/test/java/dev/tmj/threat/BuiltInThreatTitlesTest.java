package dev.tmj.threat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmj.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The built-in library's titles ({@code description}) are tmj's own words, yet a pytm user must recognise each
 * threat. Compared with pytm's title for the same SID (the tests skip when {@code ../shared/pytm} is absent):
 * <ul>
 *   <li><b>recognisable</b>: the two titles share at least one significant word stem, and tmj's title is between
 *       half and twice as long as pytm's, in characters. Words are split at anything but letters and digits
 *       and lower-cased; a word is significant when it has at least three characters and is not in
 *       {@link #NOT_SIGNIFICANT} (function words and "attack"/"exploit", which say nothing about the threat);
 *       its stem is its first five characters, so "privileges" matches "Privilege" and "Spoofed" "Spoof".</li>
 *   <li><b>not copied</b>: a title of more than {@value #STANDARD_NAME_WORDS} words differs from pytm's once case
 *       and punctuation are ignored. Shorter titles may equal pytm's: "Code injection", "Path traversal" or
 *       "Stored XSS" are the established names of those attacks (CAPEC's and OWASP's), which every library
 *       shares, and a reordering such as "Injection of code" would only make them harder to recognise.</li>
 * </ul>
 */
class BuiltInThreatTitlesTest {
    private static final String RESOURCE = "/dev/tmj/threat/tmj-threats.json";
    private static final Set<String> NOT_SIGNIFICANT = Set.of("the", "and", "for", "with", "through", "via",
            "from", "into", "aka", "using", "use", "attack", "attacks", "exploit", "exploiting", "exploitation");
    private static final int STEM = 5;
    private static final double MIN_LENGTH_RATIO = 0.5;
    private static final double MAX_LENGTH_RATIO = 2.0;
    /** Titles of at most this many words are attack names, which may be the same as pytm's. */
    private static final int STANDARD_NAME_WORDS = 4;

    @Test
    void every_title_shares_a_significant_word_with_pytms_and_has_a_similar_length() throws IOException {
        Map<String, String> pytm = pytmTitles();
        List<String> failures = new ArrayList<>();

        builtInTitles().forEach((sid, ours) -> failures.addAll(
                unrecognisable(ours, pytm.get(sid)).stream().map(p -> sid + ": " + p).toList()));

        assertThat(failures).as("built-in titles a pytm user would not recognise").isEmpty();
    }

    @Test
    void no_title_longer_than_an_attack_name_copies_pytms() throws IOException {
        Map<String, String> pytm = pytmTitles();
        Map<String, String> equal = new LinkedHashMap<>();

        builtInTitles().forEach((sid, ours) -> {
            if (normalised(ours).equals(normalised(pytm.get(sid)))
                    && normalised(ours).split(" ").length > STANDARD_NAME_WORDS) {
                equal.put(sid, ours);
            }
        });

        assertThat(equal).as("titles of more than %d words equal to pytm's apart from case and punctuation",
                STANDARD_NAME_WORDS).isEmpty();
    }

    @Test
    void the_title_rules_accept_a_rewording_and_reject_an_unrelated_a_long_or_a_copied_title() {
        assertThat(unrecognisable("Abuse of privileges", "Privilege Abuse")).isEmpty();
        assertThat(unrecognisable("Sidejacking a session", "Session Sidejacking")).isEmpty();
        assertThat(unrecognisable("Use of privileged functions by unprivileged users", "Privilege Abuse"))
                .as("more than twice as long").singleElement().asString().startsWith("length ratio 3.27");
        assertThat(unrecognisable("Cookie theft via HTTP", "Cross Site Tracing"))
                .as("no word in common").singleElement().asString().startsWith("no significant word in common");
        assertThat(unrecognisable("Attack through the API", "Attacks using the")).as("only insignificant words")
                .anySatisfy(p -> assertThat(p).startsWith("no significant word in common"));

        assertThat(normalised("White-box reverse engineering")).isEqualTo(normalised("White Box Reverse Engineering"));
        assertThat(normalised("Reverse engineering with white-box access"))
                .isNotEqualTo(normalised("White Box Reverse Engineering"));
    }

    /** Why a reader of pytm's title {@code theirs} would not recognise {@code ours}; empty when they would. */
    private static List<String> unrecognisable(String ours, String theirs) {
        List<String> problems = new ArrayList<>();
        Set<String> shared = stems(ours);
        shared.retainAll(stems(theirs));
        if (shared.isEmpty()) {
            problems.add("no significant word in common: \"" + ours + "\" vs pytm's \"" + theirs + "\"");
        }
        double ratio = (double) ours.length() / theirs.length();
        if (ratio < MIN_LENGTH_RATIO || ratio > MAX_LENGTH_RATIO) {
            problems.add(String.format(Locale.ROOT, "length ratio %.2f: \"%s\" vs pytm's \"%s\"",
                    ratio, ours, theirs));
        }
        return problems;
    }

    private static Set<String> stems(String title) {
        return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 3 && !NOT_SIGNIFICANT.contains(w))
                .map(w -> w.substring(0, Math.min(STEM, w.length())))
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static String normalised(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static Map<String, String> builtInTitles() throws IOException {
        try (InputStream in = ThreatLibrary.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            Map<String, String> titles = new LinkedHashMap<>();
            new ObjectMapper().readTree(in).forEach(entry ->
                    titles.put(entry.get("SID").asText(), entry.get("description").asText()));
            return titles;
        }
    }

    /** pytm's active titles by SID. */
    private static Map<String, String> pytmTitles() throws IOException {
        JsonNode raw = new ObjectMapper().readTree(SharedData.threatsJson().toFile());
        Map<String, String> titles = new LinkedHashMap<>();
        raw.forEach(entry -> {
            if (!entry.has("DEPRECATED")) {
                titles.put(entry.get("SID").asText(), entry.get("description").asText());
            }
        });
        return titles;
    }
}
