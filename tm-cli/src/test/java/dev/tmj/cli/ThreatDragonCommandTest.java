package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tmj.dfd.DiagramImages;
import dev.tmj.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tmj MODEL --export threat-dragon FILE}, and Threat Dragon models as tmj's input. */
class ThreatDragonCommandTest {
    @TempDir
    Path dir;

    @Test
    void should_export_a_pytm_model_that_reads_back_with_the_same_findings() throws IOException {
        assumeTrue(DiagramImages.defaults().dot().isPresent(), "Graphviz's dot is not installed");
        Path exported = dir.resolve("webapp.td.json");
        Path fromScript = dir.resolve("script.json");
        Path fromExport = dir.resolve("export.json");

        CliRun export = CliRun.of(SharedData.model("webapp.py").toString(), "--export", "threat-dragon",
                exported.toString(), "--json", fromScript.toString());
        CliRun reread = CliRun.of(exported.toString(), "--json", fromExport.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(reread.exitCode()).as(reread.err()).isZero();
        assertThat(Files.readString(exported)).contains("\"version\": \"2.3.0\"", "\"tmjThreatId\"");
        assertThat(PytmFlagsTest.findingLines(fromExport)).isEqualTo(PytmFlagsTest.findingLines(fromScript))
                .isNotEmpty();
    }

    @Test
    void should_refuse_an_unknown_export_format_as_bad_input() {
        CliRun run = CliRun.of(SharedData.model("webapp.py").toString(), "--export", "visio",
                dir.resolve("x").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("unknown export format \"visio\"; tmj exports otm, threat-dragon");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void should_exit_2_naming_the_path_of_a_bad_threat_status() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"version": "2.3.0", "summary": {"title": "Shop"}, "detail": {"diagrams": [{"cells": [
                  {"id": "p", "shape": "process", "zIndex": 1, "position": {"x": 0, "y": 0},
                   "size": {"width": 50, "height": 50}, "data": {"name": "Web", "type": "tm.Process",
                   "hasOpenThreats": true, "threats": [{"title": "t", "status": "Done"}]}}]}]}}
                """);

        CliRun run = CliRun.of(file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("bad.json:4:65: detail.diagrams[0].cells[0].data.threats[0].status:"
                + " expected a threat status");
    }
}
