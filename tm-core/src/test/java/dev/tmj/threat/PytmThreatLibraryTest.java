package dev.tmj.threat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmj.model.ElementType;
import dev.tmj.testing.SharedData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PytmThreatLibraryTest {

    @Test
    void should_load_and_compile_every_active_condition_of_pytm_threats_json() throws IOException {
        ThreatLibrary library = ThreatLibrary.fromJson(SharedData.threatsJson());

        JsonNode raw = new ObjectMapper().readTree(SharedData.threatsJson().toFile());
        List<String> activeSids = new ArrayList<>();
        raw.forEach(entry -> {
            if (!entry.has("DEPRECATED")) {
                activeSids.add(entry.get("SID").asText());
            }
        });
        assertThat(activeSids).hasSize(113);
        assertThat(library.threats()).extracting(Threat::id).containsExactlyElementsOf(activeSids);
        assertThat(library.threats()).allSatisfy(t -> assertThat(t.condition().text()).isNotBlank());
        assertThat(library.find("AC22")).as("the deprecated entry is skipped").isEmpty();
    }

    @Test
    void should_match_process_threats_on_sets_of_processes_by_inheritance() {
        ThreatLibrary library = ThreatLibrary.fromJson(SharedData.threatsJson());

        Threat inp02 = library.find("INP02").orElseThrow();

        assertThat(inp02.targets()).containsExactly(ElementType.PROCESS);
        assertThat(inp02.targets(ElementType.SET_OF_PROCESSES)).isTrue();
        assertThat(inp02.targets(ElementType.SERVER)).isFalse();
        assertThat(library.threatsFor(ElementType.SET_OF_PROCESSES))
                .containsExactlyElementsOf(library.threatsFor(ElementType.PROCESS));
    }
}
