package dev.tmj.format.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SpecificationVersion;
import dev.tmj.format.OfflineSchemas;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.Gate;
import dev.tmj.gate.ModelCheck;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.Severity;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA_ID =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final SarifWriter WRITER = SarifWriter.withToolVersion("1.2.3");
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schema = OfflineSchemas.load(CiFixtures.DIR.resolve("sarif-schema-2.1.0.json"), SCHEMA_ID,
                SpecificationVersion.DRAFT_4);
    }

    @Test
    void should_write_the_shop_as_in_the_golden_file() {
        CiFixtures.assertMatchesGolden("shop.sarif", WRITER.renderText(CiFixtures.shop(Gate.DEFAULT)));
    }

    @Test
    void should_write_changes_against_a_baseline_as_in_the_golden_file() {
        CiFixtures.assertMatchesGolden("shop-baseline.sarif",
                WRITER.renderText(CiFixtures.shopAgainstBaseline(Gate.DEFAULT.onlyNewFindings())));
    }

    @Test
    void should_validate_against_the_official_schema() {
        for (CheckResult result : List.of(CiFixtures.shop(Gate.DEFAULT), CiFixtures.shop(Gate.never()),
                CiFixtures.shopAgainstBaseline(Gate.DEFAULT.onlyNewFindings()), CiFixtures.hostile(),
                new CheckResult(Gate.DEFAULT, List.of()))) {
            String sarif = SarifWriter.standard().renderText(result);
            assertThat(OfflineSchemas.errors(schema, sarif, InputFormat.JSON)).as(sarif).isEmpty();
        }
    }

    @Test
    void should_be_checked_by_a_schema_that_rejects_what_github_rejects() throws IOException {
        ObjectNode sarif = (ObjectNode) JSON.readTree(WRITER.renderText(CiFixtures.shop(Gate.DEFAULT)));
        ObjectNode result = (ObjectNode) sarif.at("/runs/0/results/0");
        result.remove("message");
        ((ObjectNode) result.at("/locations/0/physicalLocation/region")).put("startLine", 0);
        sarif.put("version", "2.0.0");

        assertThat(OfflineSchemas.errors(schema, sarif.toString(), InputFormat.JSON)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void should_give_every_result_exactly_one_physical_location_with_a_line() throws IOException {
        for (CheckResult result : List.of(CiFixtures.shop(Gate.DEFAULT), CiFixtures.hostile())) {
            JsonNode sarif = JSON.readTree(WRITER.renderText(result));
            JsonNode results = sarif.at("/runs/0/results");
            assertThat(results).hasSize(result.models().get(0).checked().size());
            for (JsonNode r : results) {
                assertThat(r.get("locations")).hasSize(1);
                JsonNode location = r.at("/locations/0/physicalLocation");
                assertThat(location.at("/artifactLocation/uri").asText()).isNotBlank().doesNotContain("\\", " ");
                assertThat(location.at("/region/startLine").asInt()).isGreaterThanOrEqualTo(1);
            }
        }
    }

    @Test
    void should_name_the_model_file_and_the_line_that_declares_the_element() throws IOException {
        JsonNode results = JSON.readTree(WRITER.renderText(CiFixtures.shop(Gate.DEFAULT))).at("/runs/0/results");
        Set<String> where = new TreeSet<>();
        for (JsonNode r : results) {
            where.add(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText() + ":"
                    + r.at("/locations/0/physicalLocation/region/startLine").asInt());
        }
        assertThat(where).containsExactly("models/shop.yaml:13", "models/shop.yaml:27", "models/shop.yaml:35",
                "models/shop.yaml:44", "models/shop.yaml:47");
    }

    @Test
    void should_write_the_same_bytes_for_two_runs_of_the_same_model() {
        byte[] first = WRITER.render(CiFixtures.shop(Gate.DEFAULT));
        byte[] second = WRITER.render(CiFixtures.shop(Gate.DEFAULT));
        assertThat(first).isEqualTo(second);
    }

    @Test
    void should_keep_every_fingerprint_when_the_model_file_lists_its_elements_in_another_order() throws IOException {
        Findings shuffled = Pipeline.fromFile(CiFixtures.DIR.resolve("shop-shuffled.yaml"), dev.tmj.format.ModelFiles::read)
                .threatFiles(List.of(CiFixtures.DIR.resolve("threats.json"))).asOf(CiFixtures.TODAY).run().findings();
        CheckResult result = new CheckResult(Gate.DEFAULT, List.of(ModelCheck.of("models/shop.yaml", shuffled,
                Gate.DEFAULT, Optional.empty(), location -> Optional.empty())));

        assertThat(fingerprints(WRITER.renderText(result)))
                .isEqualTo(fingerprints(WRITER.renderText(CiFixtures.shop(Gate.DEFAULT))))
                .hasSize(12);
    }

    private static Set<String> fingerprints(String sarif) throws IOException {
        Set<String> prints = new TreeSet<>();
        for (JsonNode r : JSON.readTree(sarif).at("/runs/0/results")) {
            assertThat(r.get("partialFingerprints").size()).isEqualTo(1);
            prints.add(r.at("/ruleId").asText() + " " + r.get("partialFingerprints").get("tmj/v1").asText());
        }
        return prints;
    }

    @Test
    void should_suppress_handled_findings_with_their_justification_and_only_those() throws IOException {
        JsonNode results = JSON.readTree(WRITER.renderText(CiFixtures.shop(Gate.DEFAULT))).at("/runs/0/results");
        List<String> suppressed = new ArrayList<>();
        for (JsonNode r : results) {
            String status = r.at("/properties/status").asText();
            assertThat(r.at("/properties/element").asText()).isNotBlank();
            assertThat(r.has("suppressions")).as(r.toString()).isEqualTo(!status.equals("open"));
            if (r.has("suppressions")) {
                assertThat(r.at("/suppressions/0/kind").asText()).isEqualTo("external");
                assertThat(r.at("/suppressions/0/status").asText()).isEqualTo("accepted");
                suppressed.add(r.at("/ruleId").asText() + " " + status + ": "
                        + r.at("/suppressions/0/justification").asText());
            }
        }
        assertThat(suppressed).containsExactly(
                "INP05 accepted: Only parameterised queries reach the database; reviewed in SEC-12",
                "HA03 false positive: The server sends no version headers",
                "AC01 mitigated: row-level security",
                "DE01 transferred: transferred in the threat model");
    }

    @Test
    void should_level_findings_by_the_gate_then_by_severity() throws IOException {
        JsonNode results = JSON.readTree(WRITER.renderText(CiFixtures.shop(Gate.failingOn(Severity.HIGH))))
                .at("/runs/0/results");
        List<String> levels = new ArrayList<>();
        for (JsonNode r : results) {
            levels.add(r.at("/ruleId").asText() + " " + r.at("/level").asText());
        }
        assertThat(levels).containsExactly("INP05 warning", "AC01 warning", "DS03 note", "HA03 note", "AC01 warning",
                "CI01 note", "DE01 warning", "CR06 error", "DE01 warning", "CR06 error", "DE01 warning", "CR06 error");
    }

    @Test
    void should_describe_each_threat_once_sorted_by_sid_with_tags_and_security_severity() throws IOException {
        JsonNode run = JSON.readTree(WRITER.renderText(CiFixtures.shop(Gate.DEFAULT))).at("/runs/0");
        List<String> rules = new ArrayList<>();
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            rules.add(rule.get("id").asText() + " " + rule.at("/properties/security-severity").asText() + " "
                    + rule.at("/properties/tags"));
        }
        assertThat(rules).containsExactly(
                "AC01 5.5 [\"security\",\"elevation-of-privilege\",\"CWE-732\",\"CWE-269\"]",
                "CI01 0.5 [\"security\",\"denial-of-service\",\"CWE-1188\",\"CWE-530\"]",
                "CR06 8.0 [\"security\",\"tampering\"]",
                "DE01 5.5 [\"security\",\"information-disclosure\",\"CWE-319\",\"CWE-299\"]",
                "DS03 1.0 [\"security\",\"information-disclosure\",\"CWE-200\"]",
                "HA03 2.0 [\"security\",\"information-disclosure\",\"CWE-497\"]",
                "INP05 9.5 [\"security\",\"elevation-of-privilege\",\"CWE-89\",\"CWE-74\",\"CWE-20\",\"CWE-78\",\"CWE-114\"]");
        for (JsonNode r : run.get("results")) {
            assertThat(run.at("/tool/driver/rules/" + r.get("ruleIndex").asInt() + "/id").asText())
                    .isEqualTo(r.get("ruleId").asText());
        }
        assertThat(run.at("/automationDetails/id").asText()).isEqualTo("tmj/models/shop.yaml/");
    }

    @Test
    void should_cut_descriptions_to_1024_characters_with_an_ellipsis() throws IOException {
        String longText = "Long description ".repeat(100);
        ThreatLibrary library = ThreatLibrary.fromJson("[{\"SID\": \"L1\", \"target\": [\"Server\"], \"description\": \""
                + longText + "\", \"details\": \"" + longText + "\", \"severity\": \"High\", \"condition\": \"True\"}]",
                "long.json");
        Model model = Model.named("m");
        model.add(ElementType.SERVER, "s");
        Findings findings = Pipeline.of(model).threats(library).run().findings();
        CheckResult result = new CheckResult(Gate.DEFAULT, List.of(ModelCheck.of("m.py", findings, Gate.DEFAULT,
                Optional.empty(), location -> Optional.empty())));

        JsonNode rule = JSON.readTree(WRITER.renderText(result)).at("/runs/0/tool/driver/rules/0");
        for (String field : List.of("shortDescription", "fullDescription")) {
            String text = rule.at("/" + field + "/text").asText();
            assertThat(text).hasSize(1024).endsWith("\u2026").startsWith("Long description Long");
        }
        assertThat(rule.at("/name").asText()).hasSize(255).startsWith("LongDescriptionLong");
        assertThat(rule.at("/help/text").asText()).isNotBlank();
    }

    @Test
    void should_keep_failing_then_open_then_severe_findings_when_a_run_exceeds_the_limit() throws IOException {
        JsonNode run = JSON.readTree(WRITER.withMaxResultsPerRun(4).renderText(CiFixtures.shop(Gate.DEFAULT)))
                .at("/runs/0");
        List<String> kept = new ArrayList<>();
        for (JsonNode r : run.get("results")) {
            kept.add(r.at("/ruleId").asText() + " " + r.at("/level").asText());
        }
        assertThat(kept).containsExactly("AC01 warning", "CR06 error", "CR06 error", "CR06 error");
        assertThat(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText())
                .startsWith("8 findings were left out");
        assertThat(run.at("/tool/driver/rules")).hasSize(2);
        assertThatThrownBy(() -> WRITER.withMaxResultsPerRun(25_001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_write_hostile_names_as_valid_json_and_one_line_titles() throws IOException {
        String sarif = WRITER.renderText(CiFixtures.hostile());
        JsonNode run = JSON.readTree(sarif).at("/runs/0");

        assertThat(sarif).doesNotContain("\uD800").contains("\\u0000", "\\u0007", "\\u001b");
        for (JsonNode r : run.get("results")) {
            String message = r.at("/message/text").asText();
            assertThat(message).doesNotContain("\n", "\r", "\u0000", "\u2028").contains("\\[l\\](javascript:x)");
            assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                    .startsWith("dir%20with%20space/Web%20%22server%22%20'q'%20%3Cscript%3E")
                    .doesNotContain("\n", "<", "\"", "#", "?");
        }
        assertThat(run.at("/tool/driver/rules/0/help/markdown").asText()).contains("&lt;script&gt;", "\\`code\\`")
                .doesNotContain("<script>", "<!--");
        assertThat(run.at("/automationDetails/id").asText()).startsWith("tmj/dir with space/Web \"server\"");
    }

    @Test
    void should_refuse_a_finding_without_a_file() {
        CheckResult result = CiFixtures.shop(Gate.DEFAULT);
        ModelCheck model = result.models().get(0);
        CheckResult noPath = new CheckResult(Gate.DEFAULT, List.of(ModelCheck.of("", model.findings(), Gate.DEFAULT,
                Optional.empty(), location -> Optional.empty())));

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertThatThrownBy(() -> WRITER.writeTo(noPath, out)).hasMessageContaining("has no file");
        assertThat(out.size()).as("nothing written").isZero();
    }

    @Test
    void should_name_the_version_this_build_of_tmj_has() throws IOException {
        JsonNode driver = JSON.readTree(SarifWriter.standard().renderText(CiFixtures.shop(Gate.DEFAULT)))
                .at("/runs/0/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("tmj");
        assertThat(driver.get("semanticVersion").asText()).isEqualTo(ToolInfo.version())
                .isNotEqualTo(ToolInfo.UNKNOWN_VERSION).matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
    }

    @Test
    void should_write_utf8_without_a_byte_order_mark_and_end_with_a_newline() {
        byte[] bytes = WRITER.render(CiFixtures.hostile());
        assertThat(bytes[0]).isEqualTo((byte) '{');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).endsWith("}\n").contains("😀");
    }
}
