package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tmj check --fail-on-risk}: the project's threats say no likelihood (medium), so a server of critical impact
 * has findings of high risk, one of no declared impact (medium) findings of medium risk (docs/risk.md).
 */
class CheckRiskGateTest {
    private static final String CRITICAL_WEB = "- type: Server\n  name: Web\n  impact: critical";
    private static final String PLAIN_API = "- type: Server\n  name: API";
    private static final String DB = "- type: Datastore\n  name: DB";

    @TempDir
    Path dir;
    private CheckProject project;

    @BeforeEach
    void setUp() throws IOException {
        project = new CheckProject(dir);
    }

    @Test
    void should_fail_on_open_findings_at_or_above_the_risk_level_alone_when_severity_fails_nothing()
            throws IOException {
        Path model = project.model("tm.yaml", CRITICAL_WEB, PLAIN_API);

        CliRun run = project.check("--fail-on", "none", "--fail-on-risk", "high", model.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "tmj: TH high \"Web\" open risk high tm.yaml:4",
                "tmj: TM medium \"Web\" open risk high tm.yaml:4",
                "tmj: gate failed: 2 open findings at or above risk high (1 model, 4 findings, 4 open)");
    }

    @Test
    void should_pass_when_no_open_finding_reaches_the_risk_level() throws IOException {
        Path model = project.model("tm.yaml", CRITICAL_WEB, PLAIN_API);

        CliRun run = project.check("--fail-on", "none", "--fail-on-risk", "Critical", model.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.errLines()).containsExactly(
                "tmj: gate passed: no open findings at or above risk critical (1 model, 4 findings, 4 open)");
    }

    @Test
    void should_fail_a_finding_that_meets_either_threshold() throws IOException {
        Path model = project.model("tm.yaml", CRITICAL_WEB, DB);

        CliRun run = project.check("--fail-on", "very-high", "--fail-on-risk", "high", model.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "tmj: TH high \"Web\" open risk high tm.yaml:4",
                "tmj: TM medium \"Web\" open risk high tm.yaml:4",
                "tmj: TV very-high \"DB\" open risk medium tm.yaml:7",
                "tmj: gate failed: 3 open findings at or above very-high or risk high (1 model, 3 findings, 3 open)");
    }

    @Test
    void should_keep_the_default_severity_gate_beside_a_risk_threshold() throws IOException {
        Path model = project.model("tm.yaml", PLAIN_API);

        CliRun run = project.check("--fail-on-risk", "critical", model.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(last(run)).isEqualTo("tmj: gate failed: 1 open finding at or above high or risk critical (1 model, 2 findings,"
                        + " 2 open)");
    }

    @Test
    void should_exit_2_for_an_unknown_risk_level_and_write_nothing() throws IOException {
        Path model = project.model("tm.yaml", CRITICAL_WEB);
        Path json = dir.resolve("findings.json");

        CliRun run = project.check("--fail-on-risk", "very high", "--json", json.toString(), model.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "tmj: unknown risk level 'very high': expected one of low, medium, high, critical or none");
        assertThat(json).doesNotExist();
    }

    @Test
    void should_take_the_risk_threshold_from_tmj_yaml_and_let_the_flag_beat_it() throws IOException {
        project.model("models/tm.yaml", CRITICAL_WEB);
        project.write("tmj.yaml", "models: [models/tm.yaml]\nthreats: [threats.json]\ngate:\n  failOn: none\n"
                + "  failOnRisk: high\n");

        CliRun fromConfig = project.checkIn(dir);
        CliRun fromFlag = project.checkIn(dir, "--fail-on-risk", "none");

        assertThat(fromConfig.exitCode()).as(fromConfig.err()).isEqualTo(1);
        assertThat(last(fromConfig)).contains("at or above risk high");
        assertThat(fromFlag.exitCode()).as(fromFlag.err()).isZero();
        assertThat(fromFlag.errLines()).containsExactly("tmj: gate passed: --fail-on none (1 model, 2 findings, 2 open)");
    }

    @Test
    void should_exit_2_for_an_unknown_risk_level_in_tmj_yaml_at_its_line_and_column() throws IOException {
        project.model("models/tm.yaml", CRITICAL_WEB);
        project.write("tmj.yaml", "models: [models/tm.yaml]\nthreats: [threats.json]\ngate:\n  failOnRisk: severe\n");

        CliRun run = project.checkIn(dir);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("tmj.yaml:4:15").contains("unknown risk level 'severe'");
    }

    private static String last(CliRun run) {
        String[] lines = run.errLines();
        return lines[lines.length - 1];
    }
}
