package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tmj.yaml}: found at the repository's top, overridden by flags, its errors placed. */
class CheckConfigTest {
    @TempDir
    Path dir;
    private CheckProject project;

    @BeforeEach
    void setUp() throws IOException {
        project = new CheckProject(dir);
        // A High finding (TH) and a Medium one (TM) on Web: fails at high (the default), passes at very-high.
        project.model("models/tm.yaml", "- type: Server\n  name: Web");
    }

    @Test
    void should_take_the_models_library_and_gate_from_tmj_yaml_at_the_repository_top() throws IOException {
        project.write("tmj.yaml", "models: [models/tm.yaml]\nthreats: [threats.json]\ngate:\n  failOn: very-high\n");

        CliRun run = project.checkIn(dir.resolve("models"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.errLines()).containsExactly(
                "tmj: gate passed: no open findings at or above very-high (1 model, 2 findings, 2 open)");
    }

    @Test
    void should_let_a_flag_beat_tmj_yaml_and_tmj_yaml_beat_the_default() throws IOException {
        project.write("tmj.yaml", "models: [models/tm.yaml]\nthreats: [threats.json]\ngate:\n  failOn: medium\n");

        CliRun fromConfig = project.checkIn(dir);
        CliRun fromFlag = project.checkIn(dir, "--fail-on", "very-high");
        project.write("tmj.yaml", "models: [models/tm.yaml]\nthreats: [threats.json]\n");
        CliRun byDefault = project.checkIn(dir);

        assertThat(fromConfig.exitCode()).isEqualTo(1);
        assertThat(fromConfig.errLines()).hasSize(3);
        assertThat(fromConfig.errLines()[2]).contains("at or above medium");
        assertThat(fromFlag.exitCode()).isZero();
        assertThat(byDefault.exitCode()).isEqualTo(1);
        assertThat(byDefault.errLines()).hasSize(2);
        assertThat(byDefault.errLines()[1]).contains("at or above high");
    }

    @Test
    void should_let_a_negated_flag_beat_a_setting_of_tmj_yaml() throws IOException {
        Path baseline = dir.resolve("baseline.json");
        project.write("tmj.yaml", "models: [models/tm.yaml]\nthreats: [threats.json]\ngate:\n  failOnNew: true\n");

        CliRun withoutBaseline = project.checkIn(dir);
        CliRun negated = project.checkIn(dir, "--no-fail-on-new", "--json", baseline.toString());

        assertThat(withoutBaseline.exitCode()).isEqualTo(2);
        assertThat(negated.exitCode()).isEqualTo(1);
        assertThat(baseline).isNotEmptyFile();
    }

    @Test
    void should_write_the_outputs_tmj_yaml_names_relative_to_its_folder() throws IOException {
        project.write("ci/tmj.yaml", "models: [../models/tm.yaml]\nthreats: [../threats.json]\n"
                + "gate: {failOn: none}\noutputs:\n  json: findings.json\n");

        CliRun run = project.checkIn(dir, "--config", dir.resolve("ci/tmj.yaml").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("ci/findings.json")).content().contains("\"fingerprint\": ");
    }

    @Test
    void should_exit_2_for_an_unknown_key_with_its_line_column_and_a_suggestion() throws IOException {
        Path config = project.write("tmj.yaml", "models: [models/tm.yaml]\ngate:\n  failon: high\n");

        CliRun run = project.checkIn(dir);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("tmj: " + config + ":3:3: gate.failon: unknown key \"failon\"; did"
                + " you mean \"failOn\"? (known in gate keys: failOn, failOnNew, failOnRisk)");
    }

    @Test
    void should_exit_2_for_a_value_of_the_wrong_type() throws IOException {
        Path config = project.write("tmj.yaml", "models: models/tm.yaml\n");

        CliRun run = project.checkIn(dir);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("tmj: " + config
                + ":1:9: models: expected a list of file paths, not string \"models/tm.yaml\"");
    }

    @Test
    void should_exit_2_for_an_unknown_severity_in_tmj_yaml() throws IOException {
        Path config = project.write("tmj.yaml", "models: [models/tm.yaml]\ngate:\n  failOn: severe\n");

        CliRun run = project.checkIn(dir);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("tmj: " + config + ":3:11: gate.failOn: unknown severity 'severe'");
    }

    @Test
    void should_exit_2_for_a_config_file_that_does_not_exist() {
        CliRun run = project.checkIn(dir, "--config", dir.resolve("nope.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.yaml");
    }
}
