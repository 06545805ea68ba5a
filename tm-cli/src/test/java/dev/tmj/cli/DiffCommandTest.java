package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code tmj diff OLD NEW}: its outputs, exit codes and REV:PATH from git. */
class DiffCommandTest {
    private static final String BEFORE = Path.of("..", "docs", "examples", "diff", "before.py").toString();
    private static final String AFTER = Path.of("..", "docs", "examples", "diff", "after.py").toString();
    private static final String V1 = """
            from pytm import TM, Server, Datastore, Dataflow
            tm = TM("shop")
            web = Server("Web")
            db = Datastore("DB")
            Dataflow(web, db, "Query")
            """;
    private static final String V1_REORDERED = """
            from pytm import TM, Server, Datastore, Dataflow
            tm = TM("shop")
            db = Datastore("DB")
            web = Server("Web")
            Dataflow(web, db, "Query")
            """;
    private static final String V2 = V1 + "Server(\"Cache\")\n";

    @TempDir
    Path dir;

    @Test
    void should_list_the_changes_of_the_docs_example_and_exit_0() {
        CliRun run = CliRun.of("diff", BEFORE, AFTER);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("added    Datastore:Comment cache\n", "removed  Lambda:Cleanup function\n",
                "changed  Dataflow:Insert comment (Server:Web server -> Datastore:Comments DB): tlsVersion TLSv11"
                        + " -> TLSv13\n",
                "status   DO02 on Datastore:Comments DB: status open -> accepted\n")
                .endsWith("2 elements added, 2 removed, 3 changed; findings: 9 new, 16 fixed, 1 changed\n");
    }

    @Test
    void should_exit_1_with_exit_code_only_when_the_versions_differ() throws IOException {
        Path v1 = write("v1.py", V1);
        Path v2 = write("v2.py", V2);

        assertThat(CliRun.of("diff", "--exit-code", v1.toString(), v2.toString()).exitCode()).isEqualTo(1);
        assertThat(CliRun.of("diff", v1.toString(), v2.toString()).exitCode()).isZero();
        assertThat(CliRun.of("diff", "--exit-code", v1.toString(), v1.toString()).exitCode()).isZero();
    }

    @Test
    void should_find_no_change_in_a_reordered_model() throws IOException {
        CliRun run = CliRun.of("diff", "--exit-code", write("a.py", V1).toString(),
                write("b.py", V1_REORDERED).toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("no changes\n");
    }

    @Test
    void should_write_markdown_to_the_output_file_and_the_diagram_beside_it() throws IOException {
        Path md = dir.resolve("diff.md");
        Path svg = dir.resolve("diff.svg");

        CliRun run = CliRun.of("diff", "--format", "md", "--output", md.toString(), "--dfd-svg", svg.toString(),
                BEFORE, AFTER);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(md)).startsWith("## Threat model changes: Comment board\n")
                .contains("| added | Datastore | Datastore:Comment cache |");
        assertThat(Files.readString(svg)).contains("<svg", "#1a7f37");
        assertThat(dir).isDirectoryNotContaining(path -> path.getFileName().toString().startsWith("."));
    }

    @Test
    void should_print_json_with_the_elements_and_findings_lists() {
        CliRun run = CliRun.of("diff", "--format", "json", BEFORE, AFTER);

        assertThat(run.out()).startsWith("{\n  \"elements\": {\n    \"added\": [\n")
                .contains("\"findings\": {\n    \"new\": [\n", "\"fixed\": [", "\"changed\": [");
    }

    @Test
    void should_refuse_a_model_that_names_its_own_threat_library() throws IOException {
        Path own = write("own.py", V1 + "tm.threatsFile = \"empty.json\"\n");
        Files.writeString(dir.resolve("empty.json"), "[]");

        CliRun run = CliRun.of("diff", write("v1.py", V1).toString(), own.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("threatsFile");
    }

    @Test
    void should_exit_2_with_one_line_for_an_argument_holding_a_nul_character() throws IOException {
        CliRun file = CliRun.of("diff", write("v1.py", V1).toString(), "model\u0000.py");
        CliRun revision = CliRun.of("diff", "HEAD:tm\u0000.py", write("v2.py", V1).toString());

        assertThat(file.exitCode()).as(file.err()).isEqualTo(2);
        assertThat(file.errLines()).singleElement().asString().contains("NUL");
        assertThat(revision.exitCode()).as(revision.err()).isEqualTo(2);
        assertThat(revision.errLines()).singleElement().asString().contains("NUL");
    }

    @Test
    void should_escape_hostile_names_in_the_lines_it_prints() throws IOException {
        Path hostile = write("hostile.py", V1 + "Server(\"E\\n::error file=x.py,line=1::pwned\\x1b[31m\")\n");

        CliRun run = CliRun.of("diff", write("v1.py", V1).toString(), hostile.toString());

        assertThat(run.out()).doesNotContain("\u001b").contains("added    Server:E\\n::error file=x.py,line=1::pwned\\e[31m");
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line).doesNotStartWith("::"));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void should_read_the_old_version_from_git_as_rev_colon_path() throws Exception {
        Path repo = gitRepository();

        Process fromTop = ChildTmj.of("diff", "HEAD:models/tm.py", "models/tm.py").directory(repo.toFile()).start();
        Process fromFolder = ChildTmj.of("diff", "--exit-code", "HEAD:./tm.py", "tm.py")
                .directory(repo.resolve("models").toFile()).start();

        for (Process tmj : List.of(fromTop, fromFolder)) {
            String out = new String(tmj.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(tmj.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(tmj.waitFor()).as(err).isEqualTo(tmj == fromTop ? 0 : 1);
            assertThat(out).startsWith("added    Server:Cache\n");
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void should_exit_2_with_one_line_naming_a_rev_path_git_cannot_show() throws Exception {
        Path repo = gitRepository();

        for (String bad : List.of("nope:models/tm.py", "HEAD:models/missing.py", "-c:models/tm.py")) {
            // "--": picocli would read an argument that starts with "-" as an option.
            Process tmj = ChildTmj.of("diff", "--", bad, "models/tm.py").directory(repo.toFile()).start();
            String out = new String(tmj.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(tmj.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(tmj.waitFor()).as(err).isEqualTo(2);
            assertThat(out).isEmpty();
            assertThat(err.lines().toList()).as(bad).singleElement().asString().startsWith("tmj: " + bad + ": ")
                    .contains(bad.startsWith("-") ? "may not start with '-'" : "git cannot show it");
        }
    }

    /** A repository with models/tm.py committed as V1 and changed to V2 in the work tree. */
    private Path gitRepository() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve("models"));
        Files.writeString(repo.resolve("models/tm.py"), V1);
        git(repo, "init", "-q");
        git(repo, "add", "models/tm.py");
        git(repo, "-c", "user.name=tmj", "-c", "user.email=tmj@example.invalid", "-c", "commit.gpgsign=false",
                "commit", "-q", "-m", "v1");
        Files.writeString(repo.resolve("models/tm.py"), V2);
        return repo;
    }

    private static void git(Path repo, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Process git = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor()).as(Arrays.toString(command) + ": " + output).isZero();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
