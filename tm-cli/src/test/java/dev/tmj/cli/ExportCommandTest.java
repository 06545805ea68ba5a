package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export FORMAT FILE} and {@code tmj import --report-unmapped}: other tools' formats on the command line. */
class ExportCommandTest {
    private static final String MODEL = """
            tmj: 1
            name: Shop
            boundaries:
              - name: Cloud
            elements:
              - type: Actor
                name: User
              - type: Server
                name: Web
                inBoundary: Cloud
            dataflows:
              - name: Request
                source: User
                sink: Web
                protocol: HTTP
            """;

    @TempDir
    Path dir;

    @Test
    void should_export_otm_that_reads_back_with_the_same_findings() throws IOException {
        Path model = Files.writeString(dir.resolve("shop.yaml"), MODEL);
        Path otm = dir.resolve("shop.otm.json");
        Path fromModel = dir.resolve("a.json");
        Path fromOtm = dir.resolve("b.json");

        CliRun export = CliRun.of(model.toString(), "--export", "otm", otm.toString(), "--json", fromModel.toString());
        CliRun reread = CliRun.of(otm.toString(), "--json", fromOtm.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err()).contains("tmj: wrote " + otm);
        assertThat(Files.readString(otm)).startsWith("{\n  \"otmVersion\": \"0.2.0\",");
        assertThat(reread.exitCode()).as(reread.err()).isZero();
        assertThat(PytmFlagsTest.findingLines(fromOtm)).isEqualTo(PytmFlagsTest.findingLines(fromModel)).isNotEmpty();
    }

    @Test
    void should_refuse_an_unknown_export_format_before_writing_anything() throws IOException {
        Path model = Files.writeString(dir.resolve("shop.yaml"), MODEL);
        Path otm = dir.resolve("shop.otm.json");

        CliRun run = CliRun.of(model.toString(), "--export", "otm", otm.toString(), "--export", "visio",
                dir.resolve("x.vsdx").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--export: unknown export format \"visio\"; tmj exports otm");
        assertThat(otm).doesNotExist();
    }

    @Test
    void should_name_an_export_that_cannot_be_written_and_exit_2() throws IOException {
        Path model = Files.writeString(dir.resolve("shop.yaml"), MODEL);

        CliRun run = CliRun.of(model.toString(), "--export", "otm", dir.resolve("missing/shop.otm.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("could not write " + dir.resolve("missing/shop.otm.json"));
    }

    @Test
    void should_list_what_an_import_could_not_map_one_line_each() throws IOException {
        Path otm = Files.writeString(dir.resolve("bank.otm.yaml"), """
                otmVersion: 0.2.0
                project: {name: Bank, id: bank}
                trustZones:
                  - {id: tz, name: Cloud, risk: {trustRating: 90}, colour: blue}
                components:
                  - {id: api, name: API, type: web-service, parent: {trustZone: tz}}
                dataflows: []
                """);

        CliRun run = CliRun.of("import", otm.toString(), "--report-unmapped");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().split("\\R")).containsExactly(
                otm + ":4: trustZones[0].colour: field \"colour\" is not in OTM 0.2.0's trust zone: kept, not used "
                        + "(written back on export)",
                otm + ":6: components[0].type: component type \"web-service\" read as Server (by its words); the "
                        + "type is kept for export");
    }
}
