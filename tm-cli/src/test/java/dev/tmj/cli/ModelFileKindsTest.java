package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models are recognised by content, not by extension. */
class ModelFileKindsTest {
    private static final String PYTM_JSON = """
            {"name": "Shop", "elements": [{"__class__": "Server", "name": "Web"}],
             "boundaries": [], "flows": []}
            """;

    @TempDir
    Path dir;

    @Test
    void should_resolve_a_pytm_json_model_whatever_its_file_is_called() throws IOException {
        Path model = Files.writeString(dir.resolve("shop.model"), PYTM_JSON);

        CliRun run = CliRun.of(model.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Shop: ").contains("Web");
    }

    @Test
    void should_report_source_files_older_or_newer_than_the_model_by_n_days() throws IOException {
        Path src = Files.writeString(dir.resolve("app.py"), "print('hi')\n");
        Path model = Files.writeString(dir.resolve("tm.py"), """
                from pytm import TM, Server
                tm = TM("m")
                web = Server("Web")
                web.sourceFiles = ["app.py", "missing.py"]
                """);
        Files.setLastModifiedTime(src, FileTime.from(Instant.now().minus(40, ChronoUnit.DAYS)));

        CliRun run = CliRun.of(model.toString(), "--stale_days", "30");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Checking for code 30 days older than this model.")
                .contains("Model script tm.py is only 40 days newer than source code file app.py");
        assertThat(run.err()).contains("missing.py: no such file");
    }
}
