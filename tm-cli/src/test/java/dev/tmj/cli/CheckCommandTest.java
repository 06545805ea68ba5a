package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.check.CheckOutputs;
import dev.tmj.check.CheckOutputs.Kind;
import dev.tmj.check.CheckRenderers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tmj check}: its exit codes, what it prints and what it writes. */
class CheckCommandTest {
    private static final String WEB = "- type: Server\n  name: Web";
    private static final String DB = "- type: Datastore\n  name: DB";

    @TempDir
    Path dir;
    private CheckProject project;

    @BeforeEach
    void setUp() throws IOException {
        project = new CheckProject(dir);
    }

    @Test
    void should_exit_0_when_no_open_finding_reaches_the_threshold() throws IOException {
        Path model = project.model("tm.yaml", WEB);

        CliRun run = project.check("--fail-on", "very-high", model.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly(
                "tmj: gate passed: no open findings at or above very-high (1 model, 2 findings, 2 open)");
    }

    @Test
    void should_exit_1_and_print_each_failing_finding_then_the_verdict() throws IOException {
        Path model = project.model("models/tm.yaml", WEB, DB);

        CliRun run = project.check(model.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "tmj: TH high \"Web\" open models/tm.yaml:4",
                "tmj: TV very-high \"DB\" open models/tm.yaml:6",
                "tmj: gate failed: 2 open findings at or above high (1 model, 3 findings, 3 open)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void should_check_every_model_given_and_fail_when_one_fails() throws IOException {
        Path passing = project.model("a.yaml", "- type: Actor\n  name: User");
        Path failing = project.model("b.yaml", DB);

        CliRun run = project.check(passing.toString(), failing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("tmj: TV very-high \"DB\" open b.yaml:4",
                "tmj: gate failed: 1 open finding at or above high (2 models, 1 finding, 1 open)");
    }

    @Test
    void should_exit_2_for_an_unknown_severity_and_write_nothing() throws IOException {
        Path model = project.model("tm.yaml", WEB);
        Path json = dir.resolve("findings.json");

        CliRun run = project.check("--fail-on", "severe", "--json", json.toString(), model.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("tmj: unknown severity 'severe': expected one of info, very-low,"
                + " low, medium, high, very-high or none");
        assertThat(json).doesNotExist();
    }

    @Test
    void should_accept_a_severity_in_any_spelling() throws IOException {
        Path model = project.model("tm.yaml", DB);

        assertThat(project.check("--fail-on", "Very High", model.toString()).exitCode()).isEqualTo(1);
        assertThat(project.check("--fail-on", "VERY_HIGH", model.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void should_exit_2_for_a_model_that_cannot_be_read() throws IOException {
        Path model = project.write("tm.yaml", "tmj: 1\nname: Broken\nelements:\n  - type: Servr\n    name: Web\n");

        CliRun run = project.check(model.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(model + ":4:").contains("Servr");
    }

    @Test
    void should_exit_2_without_a_model() {
        CliRun run = project.checkIn(dir);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give a MODEL file, or models in tmj.yaml");
    }

    @Test
    void should_exit_2_before_running_when_an_output_folder_is_missing_and_write_no_other_output()
            throws IOException {
        Path model = project.model("tm.yaml", WEB);
        Path json = dir.resolve("findings.json");
        Path fake = dir.resolve("missing/report.txt");
        project.outputs(CheckOutputs.standard().with(Kind.SUMMARY, (result, out) -> out.write('x')));

        CliRun run = project.check("--json", json.toString(), "--summary", fake.toString(), model.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("tmj: " + fake + ": its folder " + fake.getParent()
                + " does not exist");
        assertThat(json).doesNotExist();
    }

    @Test
    void should_exit_2_when_an_output_folder_is_read_only() throws IOException {
        Path model = project.model("tm.yaml", WEB);
        Path readOnly = Files.createDirectories(dir.resolve("ro"));
        org.junit.jupiter.api.Assumptions.assumeTrue(readOnly.toFile().setWritable(false) && !Files.isWritable(readOnly),
                "running as a user who can write anywhere");
        try {
            CliRun run = project.check("--json", readOnly.resolve("f.json").toString(), model.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("is not writable");
        } finally {
            readOnly.toFile().setWritable(true);
        }
    }

    @Test
    void should_exit_3_when_an_output_fails_after_the_gate_ran_and_still_write_the_others() throws IOException {
        Path model = project.model("tm.yaml", DB);
        Path json = dir.resolve("findings.json");
        project.outputs(CheckOutputs.standard().with(Kind.JUNIT, (result, out) -> {
            throw new IOException("disk full");
        }));

        CliRun run = project.check("--json", json.toString(), "--junit", dir.resolve("junit.xml").toString(),
                model.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("tmj: gate failed: 1 open finding")
                .contains("tmj: wrote " + json)
                .contains("could not write " + dir.resolve("junit.xml") + ": disk full");
        assertThat(json).isNotEmptyFile();
        assertThat(dir.resolve("junit.xml")).doesNotExist();
    }

    @Test
    void should_write_a_ci_output_through_the_renderer_the_build_supplies() throws IOException {
        Path model = project.model("tm.yaml", WEB, DB);
        Path sarif = dir.resolve("out.sarif");
        project.outputs(CheckOutputs.standard().with(Kind.SARIF, (result, out) -> out.write(
                (result.failing().size() + " failing in " + result.models().get(0).path())
                        .getBytes(StandardCharsets.UTF_8))));

        CliRun run = project.check("--sarif", sarif.toString(), model.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(sarif).hasContent("2 failing in tm.yaml");
    }

    @Test
    void should_refuse_an_output_this_build_cannot_write_before_running() throws IOException {
        Path model = project.model("tm.yaml", WEB);
        project.outputs(CheckOutputs.standard()); // a build without the CI formats

        CliRun run = project.check("--gitlab-codequality", dir.resolve("gl.json").toString(), model.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "tmj: --gitlab-codequality: this output is not available in this build of tmj");
    }

    @Test
    void should_refuse_stdout_as_an_output_file() throws IOException {
        Path model = project.model("tm.yaml", WEB);

        CliRun run = project.check("--json", "-", model.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "tmj: --json: writes a file, not stdout ('-'); name a file, or /dev/stdout");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void should_write_an_output_to_a_device() throws IOException {
        Path model = project.model("tm.yaml", WEB);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/null")), "no /dev/null here");

        CliRun run = project.check("--fail-on", "none", "--json", "/dev/null", model.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("tmj: wrote /dev/null");
    }

    @Test
    void should_refuse_json_for_several_models() throws IOException {
        Path a = project.model("a.yaml", WEB);
        Path b = project.model("b.yaml", DB);
        Path json = dir.resolve("findings.json");

        CliRun run = project.check("--json", json.toString(), a.toString(), b.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--json: writes the findings of one model, and 2 models are checked");
        assertThat(json).doesNotExist();
    }

    @Test
    void should_read_a_model_file_named_check_when_given_as_a_path() throws IOException {
        Path model = project.model("check", DB);

        CliRun run = CliRun.in(java.util.Map.of(), dir, CheckRenderers.available(), "--threats",
                project.threats.toString(), model.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("TV");
    }

    @Test
    void should_refuse_a_model_that_names_its_own_threat_library_unless_allowed() throws IOException {
        Path model = project.write("tm.yaml", "tmj: 1\nname: Own library\nthreatsFile: threats.json\n"
                + "elements:\n  - type: Datastore\n    name: DB\n");

        CliRun refused = project.checkIn(dir, model.toString());
        CliRun allowed = project.checkIn(dir, "--allow-model-threats", model.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("names its own threat library");
        assertThat(allowed.exitCode()).isEqualTo(1);
        assertThat(allowed.err()).contains("tmj: TV very-high \"DB\" open tm.yaml:5");
    }

    @Test
    void should_leave_out_excluded_threats() throws IOException {
        Path model = project.model("tm.yaml", WEB, DB);

        CliRun run = project.check("--exclude", "TH, TV", model.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly(
                "tmj: gate passed: no open findings at or above high (1 model, 1 finding, 1 open)");
    }

    @Test
    void should_keep_tmj_without_a_subcommand_working() throws IOException {
        Path model = project.model("tm.yaml", WEB);

        CliRun run = CliRun.of("--threats", project.threats.toString(), model.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("TH", "TM");
    }
}
