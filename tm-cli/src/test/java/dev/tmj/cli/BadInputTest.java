package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input ends with exit code 2, one line on stderr naming the place, and no output file. */
class BadInputTest {
    private static final String HEADER = "from pytm import TM, Server, Actor, Dataflow\ntm = TM(\"m\")\n";

    @TempDir
    Path dir;

    @Test
    void should_reject_a_python_construct_outside_the_subset() throws IOException {
        assertBadInput(model("helper.py", HEADER + "class S(Server):\n    pass\n"), "helper.py:3:1: ");
    }

    @Test
    void should_reject_an_unknown_attribute_with_a_suggestion_when_strict() throws IOException {
        // pytm ignores an attribute it does not define, and tmj warns (ExtraAttributesTest); --strict refuses it.
        CliRun run = assertBadInput(model("typo.py", HEADER + "web = Server(\"Web\")\nweb.usesSessionToken = True\n"),
                "typo.py:4:", "--strict");
        assertThat(run.err()).contains("did you mean 'usesSessionTokens'?");
    }

    @Test
    void should_reject_a_misspelt_class_with_a_suggestion() throws IOException {
        CliRun run = assertBadInput(model("class.py", HEADER + "web = Sever(\"Web\")\n"), "class.py:3:");
        assertThat(run.err()).contains("Server");
    }

    @Test
    void should_reject_malformed_json() throws IOException {
        assertBadInput(model("bad.json", "{\n  \"name\": \"m\",\n  \"elements\": [\n}\n"), "bad.json:");
    }

    @Test
    void should_reject_a_threat_library_with_a_broken_condition() throws IOException {
        Path threats = Files.writeString(dir.resolve("threats.json"),
                "[{\"SID\": \"X1\", \"target\": \"Server\", \"condition\": \"target.controls.isHardened is\"}]");
        Path model = model("ok.py", HEADER + "Server(\"Web\")\n");
        Path out = dir.resolve("out.json");

        CliRun run = CliRun.of(model.toString(), "--threats", threats.toString(), "--json", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("tmj: " + threats + ":1:")
                .contains("Invalid condition of threat X1 at column 30");
        assertThat(out).doesNotExist();
    }

    @Test
    void should_reject_a_missing_model_file() {
        CliRun run = CliRun.of(dir.resolve("nope.py").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("tmj: " + dir.resolve("nope.py") + ": no such file");
    }

    @Test
    void should_refuse_to_write_into_a_missing_directory() throws IOException {
        Path model = model("ok.py", HEADER + "Server(\"Web\")\n");

        CliRun run = CliRun.of(model.toString(), "--json", dir.resolve("no/such/dir/out.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("no such directory");
    }

    @Test
    void should_reject_an_unknown_option_in_one_line() {
        CliRun run = CliRun.of("--jsn", "x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("tmj: Unknown option: '--jsn'");
    }

    @Test
    void should_reject_an_unknown_boundary_to_draw_with_a_suggestion() throws IOException {
        CliRun run = CliRun.of(model("ok.py", HEADER + "Server(\"Web\")\n").toString(), "--dfd", "--around", "Wbe");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("tmj: ").contains("Web");
    }

    @Test
    void should_keep_an_existing_output_file_when_the_model_is_bad() throws IOException {
        Path out = Files.writeString(dir.resolve("out.json"), "previous");

        CliRun run = CliRun.of(model("bad.py", HEADER + "class F:\n    pass\n").toString(), "--json", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(out).hasContent("previous");
    }

    private CliRun assertBadInput(Path model, String messagePrefix, String... options) {
        Path out = dir.resolve("out.json");
        List<String> args = new ArrayList<>(List.of(model.toString(), "--json", out.toString()));
        args.addAll(List.of(options));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("tmj: " + dir.resolve(messagePrefix));
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        return run;
    }

    private Path model(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
