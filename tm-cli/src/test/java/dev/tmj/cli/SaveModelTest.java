package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Migrating a pytm script to tmj's format in one command keeps every finding. */
class SaveModelTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"webapp.yaml", "webapp.json"})
    void should_migrate_a_pytm_script_to_a_tmj_model_with_the_same_findings(String target) throws IOException {
        Path saved = dir.resolve(target);
        Path fromScript = dir.resolve("script.json");
        Path fromSaved = dir.resolve("saved.json");

        CliRun migrate = CliRun.of(SharedData.model("webapp.py").toString(), "--save-model", saved.toString(),
                "--json", fromScript.toString());
        CliRun rerun = CliRun.of(saved.toString(), "--json", fromSaved.toString());

        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(Files.readString(saved)).contains("Web server").contains("tmj");
        assertThat(PytmFlagsTest.findingLines(fromSaved)).isEqualTo(PytmFlagsTest.findingLines(fromScript))
                .containsExactlyElementsOf(Files.readAllLines(SharedData.model("webapp.expected.tsv")).stream()
                        .sorted().toList());
    }
}
