package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.format.ModelFiles;
import dev.tmj.model.Model;
import dev.tmj.model.ModelWarning;
import dev.tmj.resolve.Resolver;
import dev.tmj.testing.FindingLines;
import dev.tmj.testing.SharedData;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** pytm's own example script, unchanged, gives pytm's findings (../shared/pytm/upstream/tm.expected.tsv). */
class PytmOwnModelTest {
    @Test
    void should_read_pytms_own_tm_py_unchanged_and_give_pytms_findings() throws IOException {
        Path upstream = SharedData.pytm().resolve("upstream");
        Model model = ModelFiles.read(upstream.resolve("tm.py"));
        List<String> expected = Files.readAllLines(upstream.resolve("tm.expected.tsv")).stream()
                .filter(line -> !line.isBlank()).sorted().toList();

        assertThat(FindingLines.of(Resolver.resolve(model, ThreatLibrary.fromJson(SharedData.threatsJson()))))
                .containsExactlyElementsOf(expected);
        assertThat(FindingLines.of(Resolver.resolve(model, ThreatLibrary.builtIn())))
                .containsExactlyElementsOf(expected);
        assertThat(model.warnings()).extracting(ModelWarning::message)
                .containsExactly("Data has no attribute 'traverses'; pytm ignores it");
    }
}
