package dev.tmj.threat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.Model;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.resolve.Resolver;
import dev.tmj.testing.EveryAttributeModel;
import dev.tmj.testing.SharedData;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** tmj's built-in library finds what pytm's library finds, on models that exercise every attribute. */
class BuiltInLibraryEquivalenceTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void should_give_the_same_findings_as_pytms_library_on_a_model_that_sets_every_attribute(long seed) {
        ThreatLibrary pytm = ThreatLibrary.fromJson(SharedData.threatsJson());
        Model model = EveryAttributeModel.generate(seed, 3);

        Findings expected = Resolver.resolve(model, pytm);
        Findings actual = Resolver.resolve(model, ThreatLibrary.builtIn());

        assertThat(expected.size()).as("the generated model exercises many threats").isGreaterThan(300);
        assertThat(lines(actual.findings())).containsExactlyElementsOf(lines(expected.findings()));
        assertThat(lines(actual.excluded())).containsExactlyElementsOf(lines(expected.excluded()));
        assertThat(actual.warnings()).isEqualTo(expected.warnings());
    }

    @org.junit.jupiter.api.Test
    void should_match_every_threat_somewhere_in_the_generated_models() {
        ThreatLibrary library = ThreatLibrary.builtIn();
        java.util.Set<String> matched = new java.util.TreeSet<>();
        for (long seed = 1; seed <= 8; seed++) {
            Resolver.resolve(EveryAttributeModel.generate(seed, 8), library).forEach(f -> matched.add(f.threatId()));
        }
        java.util.Set<String> never = new java.util.TreeSet<>();
        library.threats().forEach(t -> never.add(t.id()));
        never.removeAll(matched);
        assertThat(never).as("threats never matched by the generated models").isEmpty();
    }

    private static List<String> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.id() + " " + f.threatId() + " " + f.target() + " " + f.severity())
                .toList();
    }
}
