package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the output options write: stdout for {@code -}, streams directly, links' targets, errors naming files. */
class OutputFilesTest {
    private static final String MODEL = """
            from pytm import TM, Server, Datastore, Dataflow
            tm = TM("m")
            web = Server("Web")
            db = Datastore("DB")
            Dataflow(web, db, "Query")
            tm.process()
            """;

    @TempDir
    Path dir;

    private Path model() throws IOException {
        return Files.writeString(dir.resolve("m.py"), MODEL);
    }

    @Test
    void should_print_the_json_on_stdout_for_a_dash_and_nothing_else() throws IOException {
        Path model = model();
        Path file = dir.resolve("out.json");
        assertThat(CliRun.of(model.toString(), "--json", file.toString()).exitCode()).isZero();

        CliRun run = CliRun.of(model.toString(), "--json", "-");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(file)).startsWith("{");
        assertThat(dir.resolve("-")).doesNotExist();
    }

    @Test
    void should_print_the_saved_model_on_stdout_for_a_dash() throws IOException {
        CliRun run = CliRun.of(model().toString(), "--save-model", "-");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Web", "Query");
        assertThat(dir.resolve("-")).doesNotExist();
    }

    @Test
    @Timeout(120)
    void should_write_the_json_into_a_fifo_without_replacing_it() throws Exception {
        Path model = model();
        Path fifo = dir.resolve("json.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor()).isZero();
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        CliRun run = CliRun.of(model.toString(), "--json", fifo.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(read.get(100, TimeUnit.SECONDS)).startsWith("{").contains("\"Query\"");
        assertThat(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
                .as("still a FIFO").isTrue();
    }

    @Test
    void should_write_the_target_of_a_symbolic_link_and_keep_the_link() throws IOException {
        Path model = model();
        Path target = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), target.getFileName());

        CliRun run = CliRun.of(model.toString(), "--json", link.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).contains("\"Query\"");
    }

    @Test
    void should_name_the_file_when_the_disk_is_full() throws IOException {
        CliRun run = CliRun.of(model().toString(), "--json", "/dev/full");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("tmj: /dev/full: No space left on device");
    }

    @Test
    void should_say_where_when_out_is_an_existing_file() throws IOException {
        Path afile = Files.writeString(dir.resolve("afile"), "mine");

        CliRun run = CliRun.of(model().toString(), "--out", afile.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("tmj: " + afile + ": is a file, not a directory for the outputs");
        assertThat(afile).hasContent("mine");
    }

    @Test
    void should_name_the_file_in_the_way_of_the_out_folder() throws IOException {
        Path afile = Files.writeString(dir.resolve("afile"), "mine");

        CliRun run = CliRun.of(model().toString(), "--out", afile.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("tmj: " + afile);
    }

    @Test
    void should_name_the_output_that_a_file_blocks_in_out() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("reports"), "x");
        Files.createDirectories(out.resolve("findings.json"));

        CliRun run = CliRun.of(model().toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("tmj: could not write " + out.resolve("findings.json") + ": "
                + out.resolve("findings.json") + ": is a directory");
        assertThat(out.toFile().list()).noneMatch(name -> name.endsWith(".tmp"));
    }

    @Test
    void should_reject_a_negative_radius_as_bad_input() throws IOException {
        CliRun run = CliRun.of(model().toString(), "--dfd", "--around", "Web", "--radius", "-5");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("tmj: --radius must be 0 or more, not -5 (see tmj --help)");
    }

    @Test
    void should_reject_a_template_that_is_not_utf8_naming_it() throws IOException {
        Path template = Files.write(dir.resolve("bad.tpl"), new byte[] {(byte) 0xff, (byte) 0xfe, '{', '}'});

        for (String option : new String[] {"--report", "--html-template", "--md-template"}) {
            CliRun run = CliRun.of(model().toString(), option, template.toString(), "--out",
                    dir.resolve("out").toString());

            assertThat(run.exitCode()).as(option).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).as(option).contains(template + ": not a UTF-8 text file");
        }
    }

    @Test
    void should_reject_a_source_file_name_with_a_nul_at_its_element() throws IOException {
        Path model = Files.writeString(dir.resolve("nul.py"), """
                from pytm import TM, Server
                tm = TM("m")
                web = Server("Web")
                web.sourceFiles = ["a\\x00b.py"]
                tm.process()
                """);

        CliRun run = CliRun.of(model.toString(), "--stale_days", "1");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("tmj: " + model + ":3")
                .contains("sourceFiles of Web: not a file path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/stdout", "/proc/self/fd/1"})
    @Timeout(300)
    void should_print_the_json_through_a_descriptor_path_into_a_pipe(String descriptor) throws Exception {
        Path model = model();
        Path stderr = dir.resolve("stderr.txt");

        Process tmj = ChildTmj.of(model.toString(), "--json", descriptor).redirectError(stderr.toFile()).start();
        String printed = new String(tmj.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(tmj.waitFor(240, TimeUnit.SECONDS)).isTrue();
        assertThat(tmj.exitValue()).as(Files.readString(stderr)).isZero();
        assertThat(printed).startsWith("{").contains("\"Query\"");
    }
}
