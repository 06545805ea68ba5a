package dev.tmj.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.format.json.TmjModelReader;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.Gate;
import dev.tmj.model.Model;
import dev.tmj.threat.Severity;
import org.junit.jupiter.api.Test;

class GateSummaryTest {
    private static final String THREATS = "[{\"SID\": \"TV\", \"target\": [\"Datastore\"], \"description\": \"d\","
            + " \"severity\": \"Very High\", \"condition\": \"True\"}]";

    private static CheckResult check(String elements, Gate gate) throws Exception {
        java.nio.file.Path threats = java.nio.file.Files.createTempFile("threats", ".json");
        try {
            java.nio.file.Files.writeString(threats, THREATS);
            Model model = TmjModelReader.read("tmj: 1\nname: S\nelements:\n" + elements, "m/s.yaml");
            return Check.of().model(model, "m/s.yaml").threatFiles(java.util.List.of(threats)).gate(gate).run();
        } finally {
            java.nio.file.Files.delete(threats);
        }
    }

    @Test
    void should_word_a_failing_finding_with_its_element_quoted_as_a_json_string() throws Exception {
        CheckResult result = check("  - type: Datastore\n    name: 'The \"main\" DB'\n", Gate.DEFAULT);

        assertThat(GateSummary.findingLine(result.failing().get(0)))
                .isEqualTo("TV very-high \"The \\\"main\\\" DB\" open m/s.yaml:4");
        assertThat(GateSummary.verdict(result))
                .isEqualTo("gate failed: 1 open finding at or above high (1 model, 1 finding, 1 open)");
    }

    @Test
    void should_word_a_gate_that_holds_and_one_that_never_fails() throws Exception {
        String db = "  - type: Datastore\n    name: DB\n";

        assertThat(GateSummary.verdict(check("  - type: Actor\n    name: A\n", Gate.failingOn(Severity.LOW))))
                .isEqualTo("gate passed: no open findings at or above low (1 model, 0 findings, 0 open)");
        assertThat(GateSummary.verdict(check(db, Gate.never())))
                .isEqualTo("gate passed: --fail-on none (1 model, 1 finding, 1 open)");
    }

    @Test
    void should_spell_severities_as_fail_on_does() {
        assertThat(GateSummary.severityWord(Severity.VERY_LOW)).isEqualTo("very-low");
        assertThat(Gate.threshold(GateSummary.severityWord(Severity.VERY_HIGH))).hasValue(Severity.VERY_HIGH);
    }
}
