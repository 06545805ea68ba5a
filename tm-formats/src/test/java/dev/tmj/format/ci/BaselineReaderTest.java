package dev.tmj.format.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.format.json.PytmJsonWriter;
import dev.tmj.format.json.TmjModelReader;
import dev.tmj.gate.Baseline;
import dev.tmj.gate.BaselineFinding;
import dev.tmj.model.SourceException;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.Severity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineReaderTest {
    @TempDir
    Path dir;

    private static Findings resolved() {
        return Pipeline.of(TmjModelReader.read("""
                tmj: 1
                name: Shop
                elements:
                  - type: Server
                    name: Web Server
                    overrides:
                      - threat_id: INP02
                        status: mitigated
                  - type: Datastore
                    name: Comments DB
                """, "shop.yaml")).run().findings();
    }

    @Test
    void should_read_every_finding_of_a_findings_json_tmj_wrote() throws IOException {
        Findings findings = resolved();
        Path file = dir.resolve("findings.json");
        new PytmJsonWriter().writeTo(findings, file);

        Baseline baseline = BaselineReader.read(file);

        assertThat(baseline.source()).isEqualTo(file.toString());
        assertThat(baseline.findings()).hasSize(findings.size());
        for (Finding f : findings) {
            assertThat(baseline.get(f.fingerprint())).hasValue(new BaselineFinding(f.fingerprint(), f.threatId(),
                    f.target(), f.severity(), f.status().label(), "", 0));
        }
        assertThat(baseline.findings()).anyMatch(b -> b.sid().equals("INP02") && b.status().equals("mitigated"));
    }

    @Test
    void should_read_the_tmj_results_of_a_sarif_file_and_skip_other_tools_results() throws URISyntaxException {
        Path file = Path.of(getClass().getResource("baseline.sarif").toURI());

        Baseline baseline = BaselineReader.read(file);

        assertThat(baseline.findings()).containsExactly(
                new BaselineFinding("0a1b2c3d4e5f6071", "INP02", "Web Server", Severity.VERY_HIGH, "open",
                        "models/shop.py", 12),
                new BaselineFinding("1111222233334444", "DS01", "Comments DB", Severity.LOW, "accepted",
                        "models/shop.py", 20));
    }

    @Test
    void should_name_file_line_column_and_path_of_a_value_of_the_wrong_type() throws IOException {
        Path file = Files.writeString(dir.resolve("b.json"), "{\"findings\": [{\"fingerprint\": \"a\", \"threat_id\": \"INP01\", "
                + "\"target\": \"Web\", \"severity\": \"High\", \"status\": \"open\"},\n  {\"fingerprint\": [1]}]}");

        assertThatThrownBy(() -> BaselineReader.read(file)).isInstanceOf(SourceException.class)
                .hasMessage(file + ":2:19: findings[1].fingerprint: expected a string for \"fingerprint\"");
    }

    @Test
    void should_refuse_a_finding_without_a_fingerprint_as_pytms_output() throws IOException {
        Path file = Files.writeString(dir.resolve("b.json"), "{\"findings\": [\n  {\"threat_id\": \"INP01\","
                + " \"target\": \"Web\", \"severity\": \"High\", \"status\": \"open\"}]}");

        assertThatThrownBy(() -> BaselineReader.read(file)).isInstanceOf(SourceException.class)
                .hasMessage(file + ":2:3: findings[0]: a finding without \"fingerprint\": a baseline is a findings.json"
                        + " tmj wrote (with fingerprints), not pytm's");
    }

    @Test
    void should_name_the_position_of_malformed_json() throws IOException {
        Path file = Files.writeString(dir.resolve("b.json"), "{\"findings\": [\n  {\"fingerprint\": }]}");

        assertThatThrownBy(() -> BaselineReader.read(file)).isInstanceOf(SourceException.class)
                .hasMessageStartingWith(file + ":2:19: malformed JSON in the baseline: Unexpected character ('}'");
    }

    @Test
    void should_refuse_a_json_file_that_is_neither_findings_nor_sarif() throws IOException {
        Path file = Files.writeString(dir.resolve("b.json"), "{\"elements\": []}");

        assertThatThrownBy(() -> BaselineReader.read(file)).isInstanceOf(SourceException.class)
                .hasMessage(file + ":1:1: not a findings.json or SARIF file tmj wrote: it has neither \"findings\""
                        + " nor \"runs\"");
    }

    @Test
    void should_name_a_missing_baseline_file() {
        Path file = dir.resolve("missing.json");

        assertThatThrownBy(() -> BaselineReader.read(file)).isInstanceOf(SourceException.class)
                .hasMessage(file + ": no such baseline file");
    }
}
