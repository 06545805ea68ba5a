package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a model from a pull request can make tmj do: choose its threat library only inside its own folder (never
 * read a file elsewhere, never print what such a file holds), and not exhaust memory through a report template.
 */
class UntrustedModelTest {
    private static final String SECRET = "SECRET_TOKEN_abc123def456";

    @TempDir
    Path dir;

    private Path model(String threatsFile) throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        return Files.writeString(project.resolve("tm.py"), """
                from pytm import TM, Server
                tm = TM("m")
                tm.threatsFile = "%s"
                Server("Web")
                tm.process()
                """.formatted(threatsFile));
    }

    @Test
    void should_refuse_a_threats_file_outside_the_models_repository_or_folder_without_printing_what_it_holds() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET + "\n");
        Path model = model(secret.toString());

        CliRun run = CliRun.of(model.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("tmj: " + model + ": threatsFile: threat library \"" + secret + "\" is outside " + model.getParent()
                        + ", the model's repository or, outside any repository, its folder")
                .doesNotContain(SECRET);
        assertThat(run.out()).doesNotContain(SECRET);
    }

    @Test
    void should_not_let_a_model_silence_every_threat_when_its_library_is_forbidden() throws IOException {
        Path model = model("empty.json");
        Files.writeString(model.resolveSibling("empty.json"), "[]");

        CliRun allowed = CliRun.of(model.toString());
        CliRun forbidden = CliRun.of(model.toString(), "--no-model-threats");

        assertThat(allowed.exitCode()).isZero();
        assertThat(allowed.out()).startsWith("m: 0 findings");
        assertThat(forbidden.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(forbidden.errLines()).singleElement().asString().isEqualTo("tmj: " + model + ": threatsFile: the"
                + " model names its own threat library \"empty.json\", which this run does not allow; name the library"
                + " with --threats (or in the project's configuration)");
    }

    @Test
    void should_prefer_the_command_lines_library_to_a_forbidden_model_library() throws IOException {
        Path model = model("empty.json");
        Path threats = Files.writeString(dir.resolve("team.json"),
                "[{\"SID\": \"TEAM01\", \"target\": \"Server\", \"condition\": \"True\"}]");

        CliRun run = CliRun.of(model.toString(), "--no-model-threats", "--threats", threats.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("m: 1 finding");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void should_refuse_a_template_field_width_of_gigabytes_at_its_position() throws IOException {
        Path model = model("");
        Path template = Files.writeString(dir.resolve("wide.md"), "# Report\nName: {tm.name:>2000000000}\n");

        CliRun run = CliRun.of(model.toString(), "--report", template.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().isEqualTo("tmj: wide.md:2:7: ValueError:"
                + " format width 2000000000 is larger than tmj's limit of 100000");
    }
}
