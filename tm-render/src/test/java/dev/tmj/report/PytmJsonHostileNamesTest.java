package dev.tmj.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmj.format.json.PytmJsonWriter;
import dev.tmj.report.html.HostileModel;
import dev.tmj.resolve.Findings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile names and texts come back from pytm's JSON output exactly as written, in valid ASCII JSON. */
class PytmJsonHostileNamesTest {

    @Test
    void should_write_valid_json_that_gives_back_every_hostile_name_and_text() throws Exception {
        Findings findings = HostileModel.findings();

        String json = new PytmJsonWriter().renderText(findings);

        assertThat(json.chars()).allMatch(c -> c < 0x80);
        JsonNode root = new ObjectMapper().readTree(json);
        List<String> names = new ArrayList<>();
        root.get("elements").forEach(e -> names.add(e.get("name").asText()));
        root.get("boundaries").forEach(e -> names.add(e.get("name").asText()));
        root.get("flows").forEach(e -> names.add(e.get("name").asText()));
        List<String> expected = new ArrayList<>();
        findings.checkedModel().model().elements().forEach(e -> expected.add(e.name()));
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(root.get("name").asText()).isEqualTo(findings.checkedModel().model().name());
        assertThat(root.get("description").asText()).isEqualTo(findings.checkedModel().model().description());
        JsonNode hostile = null;
        for (JsonNode f : root.get("findings")) {
            if (f.get("threat_id").asText().startsWith("ZZ")) {
                hostile = f;
            }
        }
        assertThat(hostile).isNotNull();
        assertThat(hostile.get("description").asText()).contains(HostileModel.SCRIPT);
    }
}
