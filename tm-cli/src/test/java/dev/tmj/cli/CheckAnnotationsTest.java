package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GitHub Actions annotations of {@code tmj check}: when, how many, and escaped. */
class CheckAnnotationsTest {
    @TempDir
    Path dir;
    private CheckProject project;

    @BeforeEach
    void setUp() throws IOException {
        project = new CheckProject(dir);
    }

    @Test
    void should_print_an_error_annotation_per_failing_finding_on_github_actions() throws IOException {
        Path model = project.model("models/tm.yaml", "- type: Server\n  name: Web", "- type: Datastore\n  name: DB");

        CliRun run = project.env(Map.of("GITHUB_ACTIONS", "true")).check(model.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().split("\\R")).containsExactly(
                "::error file=models/tm.yaml,line=4,title=TH high%3A Web::Web: High on servers (TH, open, fails the"
                        + " gate at high)",
                "::error file=models/tm.yaml,line=6,title=TV very-high%3A DB::DB: Very high on datastores (TV, open,"
                        + " fails the gate at high)");
    }

    @Test
    void should_print_no_annotation_outside_github_actions() throws IOException {
        Path model = project.model("tm.yaml", "- type: Server\n  name: Web");

        assertThat(project.env(Map.of("GITHUB_ACTIONS", "false")).check(model.toString()).out()).isEmpty();
        assertThat(project.env(Map.of()).check(model.toString()).out()).isEmpty();
    }

    @Test
    void should_print_no_annotation_when_the_gate_holds() throws IOException {
        Path model = project.model("tm.yaml", "- type: Server\n  name: Web");

        CliRun run = project.env(Map.of("GITHUB_ACTIONS", "true")).check("--fail-on", "none", model.toString());

        assertThat(run.out()).isEmpty();
    }

    @Test
    void should_annotate_ten_findings_and_say_how_many_more_fail() throws IOException {
        String[] servers = new String[12];
        for (int i = 0; i < servers.length; i++) {
            servers[i] = "- type: Server\n  name: Web " + i;
        }
        Path model = project.model("tm.yaml", servers);

        CliRun run = project.env(Map.of("GITHUB_ACTIONS", "true")).check(model.toString());

        String[] lines = run.out().split("\\R");
        assertThat(lines).hasSize(11);
        assertThat(lines[9]).startsWith("::error file=tm.yaml,line=22,title=TH high%3A Web 9::");
        assertThat(lines[10]).isEqualTo("::notice title=tmj gate::2 more findings fail the gate than the 10 annotated"
                + " here (GitHub shows at most 10 error annotations per step): see the job's log, SARIF or summary");
        assertThat(run.errLines()).hasSize(13);
    }

    @Test
    void should_escape_hostile_names_in_annotations_and_on_stderr() throws IOException {
        // a newline that would start a second workflow command, "::", "%", ",", ":" and an ANSI escape
        Path model = project.write("tm.json", "{\"tmj\": 1, \"name\": \"Hostile\", \"elements\": [{\"type\": "
                + "\"Server\", \"name\": \"a,b:c%0A\\n::error::owned\\u001b[31m\"}]}");

        CliRun run = project.env(Map.of("GITHUB_ACTIONS", "true")).check(model.toString());

        assertThat(run.out().split("\\R")).containsExactly("::error file=tm.json,line=1,title=TH high%3A a%2Cb%3Ac"
                + "%250A%0A%3A%3Aerror%3A%3Aowned\\e[31m::a,b:c%250A%0A::error::owned\\e[31m: High on servers (TH,"
                + " open, fails the gate at high)");
        assertThat(run.errLines()[0]).isEqualTo("tmj: TH high \"a,b:c%0A\\n::error::owned\\e[31m\" open tm.json:1");
    }
}
