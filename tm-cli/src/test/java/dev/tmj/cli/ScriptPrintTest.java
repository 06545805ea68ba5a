package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What a model script prints goes to standard error, so that standard output stays the diagram. */
class ScriptPrintTest {
    @TempDir
    Path dir;

    @Test
    void should_write_printed_text_to_standard_error_and_keep_standard_output_clean() throws IOException {
        Path model = Files.writeString(dir.resolve("printing.py"), """
                from pytm import TM, Actor, Server, Dataflow
                tm = TM("Printing")
                user = Actor("User")
                web = Server("Web")
                Dataflow(user, web, "Browse")
                print("building", tm.name, sep=": ")
                tm.process()
                """);

        CliRun dfd = CliRun.of(model.toString(), "--dfd");

        assertThat(dfd.exitCode()).as(dfd.err()).isZero();
        assertThat(dfd.err()).startsWith("building: Printing\n");
        assertThat(dfd.out()).doesNotContain("building").startsWith("digraph");
    }

    @Test
    @Timeout(300)
    void should_print_what_the_script_printed_even_when_the_command_prints_nothing_after_it() throws Exception {
        Path model = Files.writeString(dir.resolve("quiet.py"), """
                from pytm import TM, Server
                tm = TM("Quiet")
                Server("Web")
                print("only this")
                tm.process()
                """);
        Path stdout = dir.resolve("stdout.txt");

        Process tmj = ChildTmj.of(model.toString(), "--json", dir.resolve("out.json").toString())
                .redirectOutput(stdout.toFile()).start();
        String stderr = new String(tmj.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(tmj.waitFor(240, TimeUnit.SECONDS)).isTrue();
        assertThat(tmj.exitValue()).as(stderr).isZero();
        assertThat(stderr).isEqualTo("only this\n");
        assertThat(stdout).isEmptyFile();
    }

    @Test
    @Timeout(300)
    void should_write_names_as_utf8_to_standard_output_and_error_whatever_the_locale() throws Exception {
        Path model = Files.writeString(dir.resolve("names.py"), """
                from pytm import TM, Actor, Server, Dataflow
                tm = TM("Namen")
                Dataflow(Actor("Nutzer \u00e4\u00f6\u00fc"), Server("\u670d\u52a1 \ud83d\ude80"), "Anfrage")
                print("gr\u00fc\u00dfe")
                tm.process()
                """);
        ProcessBuilder builder = ChildTmj.of(model.toString(), "--dfd");
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");

        Process tmj = builder.start();
        byte[] stdout = tmj.getInputStream().readAllBytes();
        String stderr = new String(tmj.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(tmj.waitFor(240, TimeUnit.SECONDS)).isTrue();
        assertThat(tmj.exitValue()).as(stderr).isZero();
        assertThat(new String(stdout, StandardCharsets.UTF_8)).contains("Nutzer \u00e4\u00f6\u00fc")
                .contains("\u670d\u52a1 \ud83d\ude80");
        assertThat(stderr).isEqualTo("gr\u00fc\u00dfe\n");
    }
}
