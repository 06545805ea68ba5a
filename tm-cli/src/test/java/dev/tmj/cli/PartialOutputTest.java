package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.dfd.DiagramException;
import dev.tmj.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --out} writes every output it can, names the ones that failed and exits non-zero. */
class PartialOutputTest {
    @TempDir
    Path dir;

    @Test
    void should_write_every_other_output_and_name_the_one_that_failed() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("report.md"));
        Files.writeString(out.resolve("report.md/in-the-way.txt"), "a folder where report.md goes");

        CliRun run = CliRun.of(SharedData.model("webapp.py").toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("tmj: could not write " + out.resolve("report.md"),
                "tmj: wrote " + out.resolve("findings.json"), "tmj: wrote " + out.resolve("dfd.svg"));
        for (String name : new String[] {"dfd.dot", "dfd.svg", "dfd.png", "seq.plantuml", "seq.svg", "report.html",
                "findings.json"}) {
            assertThat(out.resolve(name)).as(name + run.err()).isNotEmptyFile();
        }
        assertThat(out.resolve("report.md")).isDirectory();
    }

    @Test
    void should_write_nothing_for_a_boundary_the_model_lacks() {
        Path out = dir.resolve("out");

        CliRun run = CliRun.of(SharedData.model("webapp.py").toString(), "--out", out.toString(),
                "--boundary", "Nowhere");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(out).doesNotExist();
    }

    @Test
    void should_write_every_output_of_a_model_with_a_blank_boundary_name() throws IOException {
        Path model = Files.writeString(dir.resolve("blank.py"), """
                from pytm import TM, Boundary, Server, Lambda, Dataflow
                tm = TM("Blank")
                blank = Boundary(" ")
                web = Server("Web", inBoundary=blank)
                fn = Lambda("Function", inBoundary=blank)
                Dataflow(web, fn, "Call")
                tm.process()
                """);
        Path out = dir.resolve("out");

        CliRun run = CliRun.of(model.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("dfd.dot"))).contains("label = <<i> </i>>");
        assertThat(Files.readString(out.resolve("dfd.svg"))).contains("Web", "Call");
        assertThat(out.resolve("findings.json")).isNotEmptyFile();
    }

    @Test
    void should_count_a_failure_of_the_input_as_bad_input_and_any_other_as_internal() {
        assertThat(ErrorHandling.isBadInput(new DiagramException("Graphviz could not render the diagram"))).isTrue();
        assertThat(ErrorHandling.isBadInput(new IOException("disk full"))).isTrue();
        assertThat(ErrorHandling.isBadInput(new UncheckedIOException(new IOException("template gone")))).isTrue();
        assertThat(ErrorHandling.isBadInput(new IllegalStateException("a bug"))).isFalse();
    }
}
