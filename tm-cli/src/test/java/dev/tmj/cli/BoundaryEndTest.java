package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flow whose end is a boundary: a warning with the model line, and the flow in both diagrams. */
class BoundaryEndTest {
    @TempDir
    Path dir;

    @Test
    void should_warn_with_the_model_line_and_draw_the_flow_in_both_diagrams() throws IOException {
        Path model = Files.writeString(dir.resolve("ends.py"), """
                from pytm import TM, Actor, Boundary, Dataflow
                tm = TM("Ends")
                zone = Boundary("Zone")
                user = Actor("User")
                Dataflow(user, zone, "Into the zone")
                tm.process()
                """);

        CliRun dfd = CliRun.of(model.toString(), "--dfd");
        CliRun seq = CliRun.of(model.toString(), "--seq");

        assertThat(dfd.exitCode()).as(dfd.err()).isZero();
        assertThat(dfd.err()).contains("tmj: warning: ", "ends.py:5", "Dataflow(Into the zone) has Boundary(Zone)");
        assertThat(dfd.out()).contains("Into the zone", "lhead = cluster_boundary_Zone_");
        assertThat(seq.exitCode()).as(seq.err()).isZero();
        assertThat(seq.out()).contains("entity boundary_Zone_", ": Into the zone");
        assertThat(seq.err()).contains("tmj: warning: ", "ends.py:5");
    }
}
