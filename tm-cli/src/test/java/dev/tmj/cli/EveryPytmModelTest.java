package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.format.ModelFiles;
import dev.tmj.model.Model;
import dev.tmj.resolve.Resolver;
import dev.tmj.testing.FindingLines;
import dev.tmj.testing.SharedData;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every model script under ../shared/pytm/models gives pytm's findings with both libraries. */
class EveryPytmModelTest {

    static Stream<String> models() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.pytm().resolve("models"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
            assertThat(names).isNotEmpty();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void should_give_pytms_findings_with_the_built_in_library_and_with_pytms(String name) {
        Model model = ModelFiles.read(SharedData.model(name + ".py"));

        List<String> builtIn = FindingLines.of(Resolver.resolve(model, ThreatLibrary.builtIn()));
        List<String> pytms = FindingLines.of(Resolver.resolve(model, ThreatLibrary.fromJson(SharedData.threatsJson())));

        assertThat(builtIn).isEqualTo(pytms);
        if (Files.exists(SharedData.model(name + ".expected.tsv"))) {
            assertThat(builtIn).containsExactlyElementsOf(FindingLines.expected(name));
        }
    }
}
