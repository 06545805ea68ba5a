package dev.tmj.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A response read by its first word, without a regular expression per finding, as the regular expression read it. */
class FindingStatusResponseTest {
    private static Optional<FindingStatus> byRegex(String response) {
        String first = response.strip().toLowerCase(Locale.ROOT).split("[^a-z]+", 2)[0];
        return first.isEmpty() || first.equals("open") ? Optional.empty() : FindingStatus.parse(first);
    }

    @Provide
    Arbitrary<String> responses() {
        Arbitrary<String> words = Arbitraries.of("mitigated", "Accepted", "TRANSFERRED", "avoided", "open",
                "false", "positive", "false_positive", "İ", "x");
        Arbitrary<String> glue = Arbitraries.of("", " ", ": ", "_", "-", "\t", "\u00e9", "1");
        return Arbitraries.oneOf(Arbitraries.strings(),
                words.list().ofMaxSize(3).flatMap(w -> glue.list().ofSize(w.size() + 1).map(g -> {
                    StringBuilder s = new StringBuilder(g.get(0));
                    for (int i = 0; i < w.size(); i++) {
                        s.append(w.get(i)).append(g.get(i + 1));
                    }
                    return s.toString();
                })));
    }

    @Property(tries = 3000)
    void should_read_the_first_word_of_a_response_as_before(@ForAll("responses") String response) {
        assertThat(FindingStatus.ofResponse(response)).isEqualTo(byRegex(response));
    }
}
