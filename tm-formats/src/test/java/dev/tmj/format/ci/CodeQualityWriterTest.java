package dev.tmj.format.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.Gate;
import dev.tmj.threat.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GitLab's Code Quality contract: an array of issues with the five fields GitLab reads, no byte-order mark. */
class CodeQualityWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CodeQualityWriter WRITER = new CodeQualityWriter();
    private static final Set<String> SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");

    @Test
    void should_write_the_shop_as_in_the_golden_file() {
        CiFixtures.assertMatchesGolden("shop.codequality.json", WRITER.renderText(CiFixtures.shop(Gate.DEFAULT)));
    }

    @Test
    void should_list_open_findings_only_each_with_the_fields_gitlab_reads() throws IOException {
        for (CheckResult result : List.of(CiFixtures.shop(Gate.DEFAULT), CiFixtures.hostile(),
                JunitXmlWriterTest.twoModels())) {
            byte[] bytes = WRITER.render(result);
            assertThat(bytes[0]).as("no byte-order mark").isEqualTo((byte) '[');
            JsonNode issues = JSON.readTree(bytes);
            long open = result.models().stream().flatMap(m -> m.checked().stream())
                    .filter(f -> !f.finding().status().isHandled()).count();
            assertThat(issues.isArray()).isTrue();
            assertThat(issues).hasSize((int) open);
            Set<String> fingerprints = new HashSet<>();
            for (JsonNode issue : issues) {
                assertThat(issue.get("description").asText()).isNotBlank().doesNotContain("\n");
                assertThat(issue.get("check_name").asText()).isNotBlank();
                assertThat(fingerprints.add(issue.get("fingerprint").asText())).as("unique fingerprint").isTrue();
                assertThat(SEVERITIES).contains(issue.get("severity").asText());
                assertThat(issue.at("/location/path").asText()).isNotBlank();
                assertThat(issue.at("/location/lines/begin").asInt()).isGreaterThanOrEqualTo(1);
            }
        }
    }

    @Test
    void should_write_hostile_names_as_a_generator_escapes_each_text_whole() throws IOException {
        CheckResult result = CiFixtures.hostile();
        List<String> expected = new ArrayList<>();
        for (var checked : result.models().get(0).checked()) {
            var finding = checked.finding();
            if (!finding.status().isHandled()) {
                expected.add(CiText.title(finding.threat()) + " (" + CiText.oneLine(finding.threatId()) + ") on "
                        + CiText.subject(finding) + " | " + CiText.clean(finding.threatId()) + " | "
                        + CiText.clean(checked.path()));
            }
        }
        String text = WRITER.renderText(result);
        List<String> written = new ArrayList<>();
        for (JsonNode issue : JSON.readTree(text)) {
            written.add(issue.get("description").asText() + " | " + issue.get("check_name").asText() + " | "
                    + issue.at("/location/path").asText());
        }

        assertThat(expected).isNotEmpty();
        assertThat(written).containsExactlyElementsOf(expected);
        assertThat(text).doesNotContain("\uD800").contains("\\u0000", "\\u001b", "\"Web \\\"server\\\"", "😀");
    }

    @Test
    void should_describe_the_shop_open_findings_with_location_and_severity() throws IOException {
        List<String> issues = new ArrayList<>();
        for (JsonNode issue : JSON.readTree(WRITER.render(CiFixtures.shop(Gate.DEFAULT)))) {
            issues.add(issue.get("check_name").asText() + " " + issue.get("severity").asText() + " "
                    + issue.at("/location/path").asText() + ":" + issue.at("/location/lines/begin").asInt() + " "
                    + issue.get("description").asText());
        }
        assertThat(issues).containsExactly(
                "AC01 major models/shop.yaml:13 Abuse of privileges (AC01) on Server 'Web server'",
                "DS03 info models/shop.yaml:13 Footprinting (DS03) on Server 'Web server'",
                "CI01 info models/shop.yaml:27 Backups of stored data are not described (CI01) on Datastore 'Orders DB'",
                "DE01 major models/shop.yaml:35 Data interception (DE01) on Dataflow 'Place order' from 'Customer' to"
                        + " 'Web server'",
                "CR06 critical models/shop.yaml:35 Tampering with communication channel settings (CR06) on Dataflow"
                        + " 'Place order' from 'Customer' to 'Web server'",
                "DE01 major models/shop.yaml:44 Data interception (DE01) on Dataflow 'Store order' from 'Web server' to"
                        + " 'Orders DB'",
                "CR06 critical models/shop.yaml:44 Tampering with communication channel settings (CR06) on Dataflow"
                        + " 'Store order' from 'Web server' to 'Orders DB'",
                "CR06 critical models/shop.yaml:47 Tampering with communication channel settings (CR06) on Dataflow"
                        + " 'Notify' from 'Web server' to 'Customer'");
    }

    @Test
    void should_map_pytm_severities_to_code_quality_ones() {
        assertThat(List.of(Severity.VERY_HIGH, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.VERY_LOW,
                Severity.INFO).stream().map(CodeQualityWriter::severity).toList())
                .containsExactly("blocker", "critical", "major", "minor", "info", "info");
    }

    @Test
    void should_use_tmj_fingerprints_and_number_one_repeated_in_a_second_model() throws IOException {
        CheckResult result = JunitXmlWriterTest.twoModels();
        JsonNode issues = JSON.readTree(WRITER.render(result));
        String first = result.models().get(0).checked().get(1).fingerprint();

        assertThat(issues.get(0).get("fingerprint").asText()).isEqualTo(first);
        assertThat(issues.get(8).get("fingerprint").asText()).isEqualTo(first + "-2");
        assertThat(issues.get(8).at("/location/path").asText()).isEqualTo("models/shop-copy.yaml");
    }

    @Test
    void should_write_the_same_bytes_twice() {
        assertThat(WRITER.render(CiFixtures.shop(Gate.DEFAULT))).isEqualTo(WRITER.render(CiFixtures.shop(Gate.DEFAULT)));
    }
}
