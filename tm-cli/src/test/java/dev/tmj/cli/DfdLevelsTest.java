package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dfd} and {@code --out} without {@code --levels} draw every level, as pytm 1.4.0 does. */
class DfdLevelsTest {
    private static final String MODEL = """
            from pytm import TM, Actor, Server, Dataflow

            tm = TM("Levels")
            user = Actor("User")
            web = Server("Web")
            admin = Server("Admin console", levels=[1])
            audit = Server("Audit log", levels=[1, 2])
            Dataflow(user, web, "Browse")
            Dataflow(web, admin, "Manage")
            Dataflow(admin, audit, "Record")
            tm.process()
            """;

    @TempDir
    Path dir;

    private Path model() throws IOException {
        return Files.writeString(dir.resolve("levels.py"), MODEL);
    }

    @Test
    void should_draw_every_element_and_flow_without_levels_as_pytm() throws IOException {
        CliRun run = CliRun.of(model().toString(), "--dfd");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("label = \"User\"", "label = \"Web\"", "label = \"Admin console\"",
                "label = \"Audit log\"", "Browse", "Manage", "Record");
    }

    @Test
    void should_draw_only_the_levels_asked_for() throws IOException {
        CliRun zero = CliRun.of(model().toString(), "--dfd", "--levels", "0");
        assertThat(zero.exitCode()).as(zero.err()).isZero();
        assertThat(zero.out()).contains("label = \"User\"", "label = \"Web\"", "Browse")
                .doesNotContain("Admin console", "Audit log", "Manage", "Record");

        CliRun two = CliRun.of(model().toString(), "--dfd", "--levels", "2");
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(two.out()).contains("label = \"Audit log\"")
                .doesNotContain("label = \"User\"", "label = \"Web\"", "Admin console", "Browse");
    }

    @Test
    void should_write_every_level_into_the_out_directory() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of(model().toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("dfd.dot"))).contains("Admin console", "Audit log", "Record");
        assertThat(Files.readString(out.resolve("dfd.svg"))).contains("Admin console", "Audit log");
        assertThat(Files.readString(out.resolve("report.html"))).contains("Admin console");
    }
}
