package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.check.CheckRenderers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tmj check --history} records runs; {@code tmj history} lists, traces, exports and gives models back. */
class HistoryCommandTest {
    private static final String SERVER = "- type: Server\n  name: Web";
    private static final String DATASTORE = "- type: Datastore\n  name: Orders";
    private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

    @TempDir
    Path dir;
    private CheckProject project;

    @BeforeEach
    void setUp() throws IOException {
        project = new CheckProject(dir);
    }

    private CliRun history(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("history"));
        all.addAll(List.of(args));
        return CliRun.in(Map.of(), dir, CheckRenderers.available(), all.toArray(String[]::new));
    }

    @Test
    void should_record_each_check_run_and_list_the_runs_one_line_each() throws IOException {
        project.model("models/shop.yaml", SERVER);
        CliRun first = project.check("--history", "audit/history.db", "models/shop.yaml");
        project.model("models/shop.yaml", SERVER, DATASTORE);
        CliRun second = project.check("--history", "audit/history.db", "models/shop.yaml");

        assertThat(first.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(first.errLines()).contains("tmj: recorded run #1 of models/shop.yaml in "
                + dir.resolve("audit/history.db"));
        assertThat(second.errLines()).contains("tmj: recorded run #2 of models/shop.yaml in "
                + dir.resolve("audit/history.db"));
        CliRun list = history("--history", "audit/history.db");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out().split("\n")).hasSize(2).satisfies(lines -> {
            assertThat(lines[0]).matches("#1 " + TIME + " - - Gate test \\(models/shop.yaml\\) failed findings 2: "
                    + "High 1, Medium 1 \\| open 2");
            assertThat(lines[1]).matches("#2 " + TIME + " - - Gate test \\(models/shop.yaml\\) failed findings 3: "
                    + "Very High 1, High 1, Medium 1 \\| open 3");
        });
        assertThat(history("--history", "audit/history.db").out()).isEqualTo(list.out());
    }

    @Test
    void should_trace_a_finding_export_the_runs_and_give_a_recorded_model_back() throws IOException {
        Path model = project.model("models/shop.yaml", SERVER, DATASTORE);
        String before = Files.readString(model);
        project.check("--history", "h.db", "models/shop.yaml");
        project.model("models/shop.yaml", SERVER, "- type: Datastore\n  name: Orders\n  overrides:\n"
                + "    - threat_id: TV\n      status: accepted\n      owner: Ops\n      justification: \"Backups, daily\"");
        project.check("--history", "h.db", "models/shop.yaml");
        project.model("models/shop.yaml", SERVER);
        project.check("--history", "h.db", "models/shop.yaml");
        // the fingerprint column of TV's row in the export
        String fingerprint = java.util.Arrays.stream(history("--history", "h.db", "--format", "csv").out()
                .split("\r\n")).filter(l -> l.contains(",TV,")).findFirst().orElseThrow().split(",")[9];

        CliRun timeline = history("--history", "h.db", "--finding", fingerprint);
        CliRun csv = history("--history", "h.db", "--since", "2000-01-01", "--format", "csv");
        CliRun json = history("--history", "h.db", "--format", "json");
        CliRun old = history("--history", "h.db", "--model", "1");

        assertThat(timeline.exitCode()).isZero();
        assertThat(timeline.out().split("\n")).satisfiesExactly(
                l -> assertThat(l).matches(TIME + " #1 - models/shop.yaml first seen: TV on Orders \\(Very High\\) "
                        + "open, at models/shop.yaml:\\d+"),
                l -> assertThat(l).matches(TIME + " #2 - models/shop.yaml changed: TV on Orders \\(Very High\\) "
                        + "accepted, owner Ops, justification Backups, daily, at models/shop.yaml:\\d+"),
                l -> assertThat(l).matches(TIME + " #3 - models/shop.yaml fixed: TV on Orders \\(Very High\\) no "
                        + "longer in the model"));
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out().split("\r\n")).hasSize(1 + 3 + 3 + 2)
                .anySatisfy(l -> assertThat(l).startsWith("2,").contains(",TV,Orders,Very High,accepted,Ops,"
                        + "\"Backups, daily\","));
        assertThat(json.out()).startsWith("{\n  \"findings\": [\n").contains("\"owner\": \"Ops\"");
        assertThat(old.out()).isEqualTo(before);
        assertThat(history("--history", "h.db", "--model", "9").errLines())
                .containsExactly("tmj: --model: no run #9 in " + dir.resolve("h.db"));
    }

    @Test
    void should_add_the_history_section_to_the_html_report_of_a_recorded_model() throws IOException {
        Path model = project.model("models/shop.yaml", SERVER);
        project.check("--history", "h.db", "models/shop.yaml");
        project.model("models/shop.yaml", SERVER, DATASTORE);
        project.check("--history", "h.db", "models/shop.yaml");

        CliRun run = CliRun.in(Map.of(), dir, CheckRenderers.available(), model.toString(), "--threats",
                project.threats.toString(), "--out", dir.resolve("out").toString(), "--history",
                dir.resolve("h.db").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(dir.resolve("out/report.html"));
        assertThat(html).contains("<section id=\"history\"", "over the last 2 recorded runs",
                "<title>#2 ", "<dt>First seen</dt><dd>");
        assertThat(html.split("<dt>First seen</dt><dd>[0-9-]+ \\(run #1\\)</dd>", -1)).hasSize(3);
        assertThat(html.split("<dt>First seen</dt><dd>[0-9-]+ \\(run #2\\)</dd>", -1)).hasSize(2);
    }

    @Test
    void should_record_into_the_default_file_when_tmj_yaml_says_history_true() throws IOException {
        project.model("models/shop.yaml", SERVER);
        project.write("tmj.yaml", "models: [models/shop.yaml]\nhistory: true\n");

        CliRun check = project.check();
        CliRun list = history();

        assertThat(check.errLines()).contains("tmj: recorded run #1 of models/shop.yaml in "
                + dir.resolve(".tmj/history.db"));
        assertThat(list.out()).startsWith("#1 ");
    }

    @Test
    void should_print_the_verdict_and_exit_3_when_the_history_cannot_be_written() throws IOException {
        project.model("models/shop.yaml", SERVER);
        project.write("blocker", "a file where the history's folder should be");

        CliRun check = project.check("--history", "blocker/history.db", "models/shop.yaml");

        assertThat(check.exitCode()).isEqualTo(ExitCode.INTERNAL);
        assertThat(check.errLines()).contains("tmj: gate failed: 1 open finding at or above high (1 model, 2 findings,"
                + " 2 open)");
        String[] lines = check.errLines();
        assertThat(lines[lines.length - 1]).startsWith("tmj: could not record the run: history "
                + dir.resolve("blocker/history.db") + ": cannot create its folder: " + dir.resolve("blocker")
                + " is a file");
    }

    @Test
    void should_refuse_a_bad_history_before_checking_and_say_when_there_is_no_history_yet() throws IOException {
        project.model("models/shop.yaml", SERVER);

        CliRun mysql = project.check("--history", "jdbc:mysql://db/tmj", "--json", "out.json", "models/shop.yaml");
        CliRun none = history();

        assertThat(mysql.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(mysql.errLines()).containsExactly("tmj: --history jdbc:mysql://db/tmj: tmj records into SQLite (a "
                + "file path) or PostgreSQL (jdbc:postgresql://...), not this database");
        assertThat(dir.resolve("out.json")).doesNotExist();
        assertThat(none.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(none.errLines()).containsExactly("tmj: " + dir.resolve(".tmj/history.db")
                + ": no history here yet (tmj check --history records runs)");
        assertThat(dir.resolve(".tmj")).doesNotExist();
    }

    @Test
    void should_record_the_commit_branch_and_author_of_a_git_work_tree() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        CheckProject gitProject = new CheckProject(repo);
        Files.delete(repo.resolve(".git"));
        gitProject.model("tm.yaml", SERVER);
        git(repo, "init", "-q", "-b", "trunk");
        git(repo, "add", "tm.yaml");
        git(repo, "-c", "user.name=Ada", "-c", "user.email=ada@example.com", "commit", "-q", "-m", "model");
        String commit = new String(new ProcessBuilder("git", "-C", repo.toString(), "rev-parse", "HEAD").start()
                .getInputStream().readAllBytes()).strip();

        gitProject.check("--history", "h.db", "tm.yaml");
        CliRun list = CliRun.in(Map.of(), repo, CheckRenderers.available(), "history", "--history", "h.db");

        assertThat(list.out()).startsWith("#1 ").contains(" " + commit.substring(0, 12) + " trunk Gate test (tm.yaml) ");
    }

    private static void git(Path repo, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes());
        assertThat(git.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(git.exitValue()).as(out).isZero();
    }
}
