package dev.tmj.format.otm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SpecificationVersion;
import dev.tmj.dsl.PytmModels;
import dev.tmj.format.OfflineSchemas;
import dev.tmj.resolve.Findings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link OtmWriter} writes: valid OTM 0.2.0, the same bytes for the same input, every name escaped. */
class OtmWriterTest {
    /** OTM 0.2.0's schema (draft-07), shared test data: the test that needs it skips when it is absent. */
    private static final Path SCHEMA = Path.of("..", "..", "shared", "schemas", "otm_schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_write_documents_that_validate_against_the_otm_schema() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(SCHEMA), "../shared/schemas is absent");
        com.networknt.schema.Schema schema = OfflineSchemas.load(SCHEMA,
                "https://iriusrisk.com/schema/otm-0.2.0.schema.json", SpecificationVersion.DRAFT_7);
        for (Findings findings : List.of(OtmRoundTripTest.resolve(OtmFixtures.shop()),
                OtmRoundTripTest.resolve(PytmModels.webapp().model()))) {
            String otm = new OtmWriter().renderText(findings);
            assertThat(OfflineSchemas.errors(schema, otm, InputFormat.JSON)).as(otm).isEmpty();
        }
        String broken = new OtmWriter().renderText(OtmRoundTripTest.resolve(OtmFixtures.shop()))
                .replace("\"trustRating\" : 50", "\"trustRating\" : \"high\"").replace("\"trustRating\": 50",
                        "\"trustRating\": \"high\"");
        assertThat(OfflineSchemas.errors(schema, broken, InputFormat.JSON)).as("the schema can fail").isNotEmpty();
    }

    @Test
    void should_write_the_same_bytes_for_the_same_model() {
        String first = new OtmWriter().renderText(OtmRoundTripTest.resolve(OtmFixtures.shop()));
        String second = new OtmWriter().renderText(OtmRoundTripTest.resolve(OtmFixtures.shop()));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void should_escape_every_name_as_json() throws IOException {
        JsonNode otm = JSON.readTree(new OtmWriter().renderText(OtmRoundTripTest.resolve(OtmFixtures.shop())));
        assertThat(otm.path("project").path("name").asText()).isEqualTo("Shop \"2\" <b>&</b> – ünïcode");
        assertThat(otm.path("project").path("description").asText()).isEqualTo("Sells things\nline two");
        List<String> zones = new ArrayList<>();
        otm.path("trustZones").forEach(z -> zones.add(z.path("name").asText()));
        assertThat(zones).contains("Core </script>");
    }

    @Test
    void should_map_boundaries_elements_flows_data_and_findings_to_otm() throws IOException {
        JsonNode otm = JSON.readTree(new OtmWriter().renderText(OtmRoundTripTest.resolve(OtmFixtures.shop())));
        assertThat(otm.path("otmVersion").asText()).isEqualTo("0.2.0");
        JsonNode core = find(otm.path("trustZones"), "Core </script>");
        assertThat(core.path("parent").path("trustZone").asText()).isEqualTo("DMZ");
        assertThat(core.path("risk").path("trustRating").asInt()).isEqualTo(50);
        JsonNode db = find(otm.path("components"), "DB");
        assertThat(db.path("type").asText()).isEqualTo("datastore");
        assertThat(db.path("parent").path("trustZone").asText()).isEqualTo("Core </script>");
        assertThat(db.path("assets").path("stored").get(0).asText()).isEqualTo("Card number");
        assertThat(db.path("attributes").path("tmj").path("storesPII").asBoolean()).isTrue();
        JsonNode outside = find(otm.path("components"), "SetOfProcesses \"node\"");
        assertThat(outside.path("type").asText()).isEqualTo("set-of-processes");
        assertThat(outside.path("parent").path("trustZone").asText()).isEqualTo("tmj-outside");
        JsonNode card = find(otm.path("assets"), "Card number");
        assertThat(card.path("risk").path("confidentiality").asInt()).isEqualTo(80);
        JsonNode request = find(otm.path("dataflows"), "Request");
        assertThat(request.path("source").asText()).isEqualTo("User");
        assertThat(request.path("destination").asText()).isEqualTo("Web");
        assertThat(request.path("attributes").path("tmj").path("controls").path("isEncrypted").asBoolean()).isTrue();
        JsonNode web = find(otm.path("components"), "Web");
        JsonNode accepted = null;
        for (JsonNode ref : web.path("threats")) {
            if (ref.path("threat").asText().equals("INP02")) {
                accepted = ref;
            }
        }
        assertThat(accepted).isNotNull();
        assertThat(accepted.path("state").asText()).isEqualTo("Accepted");
        JsonNode inp02 = find(otm.path("threats"), null, "INP02");
        assertThat(inp02.path("attributes").path("tmjSid").asText()).isEqualTo("INP02");
        assertThat(inp02.path("risk").path("impact").isNumber()).isTrue();
    }

    private static JsonNode find(JsonNode list, String name) {
        return find(list, name, null);
    }

    private static JsonNode find(JsonNode list, String name, String id) {
        for (JsonNode item : list) {
            if (name != null && item.path("name").asText().equals(name) || id != null && item.path("id").asText()
                    .equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no " + (name != null ? name : id) + " in " + list);
    }
}
