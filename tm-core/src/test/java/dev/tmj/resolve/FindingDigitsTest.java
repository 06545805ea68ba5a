package dev.tmj.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.ElementType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.Model;
import dev.tmj.threat.Threat;
import dev.tmj.threat.ThreatLibrary;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A finding's id and fingerprint as numbers, for outputs that write a million of them as digits without a String
 * each: the numbers must spell exactly the texts {@link Finding#id()} and {@link Finding#fingerprint()} give.
 */
class FindingDigitsTest {
    private static final ThreatLibrary LIBRARY = ThreatLibrary.of("test", List.of(
            Threat.of("SRV01", Set.of(ElementType.SERVER), "True", texts()),
            Threat.of("SRV02", Set.of(ElementType.SERVER), "True", texts())));

    private static Threat.Texts texts() {
        return new Threat.Texts("t", "details", "High", "High", "", "", "", "", "Tampering", List.of());
    }

    @Test
    void should_give_the_running_id_as_a_number_unless_an_override_sets_the_id() {
        Model model = Model.named("m");
        model.add(ElementType.SERVER, "Web").set("overrides", List.of(FindingOverride.of("SRV02").set("id", "X-7")));
        model.add(ElementType.SERVER, "Db").set("overrides", List.of(FindingOverride.of("SRV01").cvss("3.1")));

        List<Finding> findings = Resolver.resolve(model, LIBRARY).findings();

        assertThat(findings).extracting(Finding::id).containsExactly("1", "X-7", "3", "4");
        assertThat(findings).extracting(Finding::idNumber).containsExactly(1, -1, 3, 4);
    }

    @Test
    void should_give_the_fingerprint_as_the_bits_its_hex_digits_spell() {
        Model model = Model.named("m");
        model.add(ElementType.SERVER, "Web");
        model.add(ElementType.SERVER, "Caf\u00e9 \u0141\u00f3d\u017a");

        for (Finding finding : Resolver.resolve(model, LIBRARY).findings()) {
            assertThat(String.format("%016x", finding.fingerprintBits())).isEqualTo(finding.fingerprint());
            assertThat(finding.fingerprintBits()).as("worked out the same each time")
                    .isEqualTo(finding.fingerprintBits());
        }
    }
}
