package dev.tmj.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.format.json.PytmJsonModelReader;
import dev.tmj.format.json.TmjModelReader;
import dev.tmj.format.json.TmjModelWriter;
import dev.tmj.format.script.PytmScriptReader;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.FindingStatus;
import dev.tmj.model.Model;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An override's status and expiry are typed values in every format: read from their text (any case, member names
 * too) into a {@link FindingStatus} and a {@link LocalDate}, and written back in their canonical spelling.
 */
class OverrideDecisionFormatsTest {
    private static final LocalDate LAST_DAY = LocalDate.of(2027, 1, 31);

    @Test
    void should_read_status_and_expiry_from_yaml_and_write_their_canonical_text() {
        Model model = TmjModelReader.read("tmj: 1\nname: m\nelements:\n  - type: Server\n    name: Web\n"
                + "    overrides:\n      - {threat_id: INP02, status: FALSE_POSITIVE, expires: 2027-01-31}\n",
                "m.yaml");

        FindingOverride override = override(model);
        assertThat(override.status()).contains(FindingStatus.FALSE_POSITIVE);
        assertThat(override.expires()).contains(LAST_DAY);
        assertThat(TmjModelWriter.toYaml(model))
                .contains("status: false positive\n", "expires: 2027-01-31\n");
    }

    @Test
    void should_read_status_and_expiry_from_pytm_json() {
        Model model = PytmJsonModelReader.read("{\"name\": \"m\", \"elements\": [{\"name\": \"Web\", \"overrides\":"
                + " [{\"threat_id\": \"INP02\", \"status\": \"Accepted\", \"expires\": \"2027-01-31\"}]}]}", "m.json");

        assertThat(override(model).status()).contains(FindingStatus.ACCEPTED);
        assertThat(override(model).expires()).contains(LAST_DAY);
    }

    @Test
    void should_read_status_and_expiry_from_a_pytm_script() {
        Model model = PytmScriptReader.read("from pytm import *\ntm = TM(\"m\")\nweb = Server(\"Web\")\n"
                + "web.overrides = [Finding(threat_id=\"INP02\", status=\"mitigated\", expires=\"2027-01-31\")]\n",
                "m.py");

        assertThat(override(model).status()).contains(FindingStatus.MITIGATED);
        assertThat(override(model).expires()).contains(LAST_DAY);
    }

    @Test
    void should_leave_status_and_expiry_unset_when_the_override_gives_none() {
        Model model = TmjModelReader.read("tmj: 1\nname: m\nelements:\n  - type: Server\n    name: Web\n"
                + "    overrides:\n      - {threat_id: INP02, response: mitigated}\n", "m.yaml");

        assertThat(override(model).status()).isEmpty();
        assertThat(override(model).expires()).isEmpty();
    }

    private static FindingOverride override(Model model) {
        return model.elements().get(0).overrides().get(0);
    }
}
