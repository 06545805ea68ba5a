package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which findings fail {@code tmj check}: status, expiry, {@code --fail-on none}, {@code --fail-on-new}. */
class CheckGateTest {
    @TempDir
    Path dir;
    private CheckProject project;

    @BeforeEach
    void setUp() throws IOException {
        project = new CheckProject(dir);
    }

    /** A server whose High finding TH has this status (and this expiry, when not empty). */
    private Path serverWithStatus(String status, String expires) throws IOException {
        return project.model("tm.yaml", "- type: Server\n  name: Web\n  overrides:\n    - threat_id: TH\n"
                + "      status: " + status + "\n      owner: alice\n      justification: handled elsewhere"
                + (expires.isEmpty() ? "" : "\n      expires: \"" + expires + "\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mitigated", "accepted", "transferred", "avoided", "false positive"})
    void should_never_fail_on_a_handled_finding(String status) throws IOException {
        CliRun run = project.check(serverWithStatus(status, "").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.errLines()).containsExactly(
                "tmj: gate passed: no open findings at or above high (1 model, 2 findings, 1 open)");
    }

    @Test
    void should_fail_on_a_finding_declared_open() throws IOException {
        CliRun run = project.check(serverWithStatus("open", "").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()[0]).isEqualTo("tmj: TH high \"Web\" open tm.yaml:4");
    }

    @Test
    void should_fail_on_an_acceptance_past_its_expiry() throws IOException {
        CliRun run = project.check(serverWithStatus("accepted", "2000-01-31").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()[0]).isEqualTo("tmj: TH high \"Web\" open tm.yaml:4");
    }

    @Test
    void should_not_fail_on_an_acceptance_before_its_expiry() throws IOException {
        CliRun run = project.check(serverWithStatus("accepted", "2999-12-31").toString());

        assertThat(run.exitCode()).isZero();
    }

    @Test
    void should_never_fail_with_fail_on_none() throws IOException {
        Path model = project.model("tm.yaml", "- type: Datastore\n  name: DB");

        CliRun run = project.check("--fail-on", "none", model.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly("tmj: gate passed: --fail-on none (1 model, 1 finding, 1 open)");
    }

    @Test
    void should_fail_on_new_findings_only_when_asked_to_with_a_baseline() throws IOException {
        Path before = project.model("before.yaml", "- type: Server\n  name: Web");
        Path baseline = dir.resolve("baseline.json");
        assertThat(project.check("--fail-on", "none", "--json", baseline.toString(), before.toString()).exitCode())
                .isZero();
        Path after = project.model("after.yaml", "- type: Server\n  name: Web", "- type: Server\n  name: Api");

        CliRun onlyNew = project.check("--baseline", baseline.toString(), "--fail-on-new", after.toString());
        CliRun unchanged = project.check("--baseline", baseline.toString(), "--fail-on-new", before.toString());
        CliRun all = project.check("--baseline", baseline.toString(), after.toString());

        assertThat(onlyNew.exitCode()).isEqualTo(1);
        assertThat(onlyNew.errLines()).containsExactly("tmj: TH high \"Api\" open after.yaml:6",
                "tmj: gate failed: 1 new open finding at or above high (1 model, 4 findings, 4 open, 2 new, 0 fixed)");
        assertThat(unchanged.exitCode()).isZero();
        assertThat(all.exitCode()).isEqualTo(1);
        assertThat(all.errLines()).hasSize(3);
    }

    @Test
    void should_count_the_findings_a_baseline_has_and_this_run_lacks_as_fixed() throws IOException {
        Path before = project.model("before.yaml", "- type: Server\n  name: Web", "- type: Datastore\n  name: DB");
        Path baseline = dir.resolve("baseline.json");
        project.check("--fail-on", "none", "--json", baseline.toString(), before.toString());
        Path after = project.model("after.yaml", "- type: Server\n  name: Web");

        CliRun run = project.check("--baseline", baseline.toString(), after.toString());

        assertThat(run.errLines()[run.errLines().length - 1]).endsWith("(1 model, 2 findings, 2 open, 0 new, 1 fixed)");
    }

    @Test
    void should_exit_2_for_fail_on_new_without_a_baseline() throws IOException {
        Path model = project.model("tm.yaml", "- type: Server\n  name: Web");

        CliRun run = project.check("--fail-on-new", model.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "tmj: failing only on new findings needs a baseline (--baseline FILE)");
    }

    @Test
    void should_exit_2_for_a_malformed_baseline_naming_file_line_and_column() throws IOException {
        Path model = project.model("tm.yaml", "- type: Server\n  name: Web");
        Path baseline = project.write("baseline.json", "{\"findings\": [\n  {\"fingerprint\": 3}\n]}");

        CliRun run = project.check("--baseline", baseline.toString(), model.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("tmj: " + baseline
                + ":2:19: findings[0].fingerprint: expected a string for \"fingerprint\"");
    }
}
