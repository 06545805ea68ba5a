package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
}
