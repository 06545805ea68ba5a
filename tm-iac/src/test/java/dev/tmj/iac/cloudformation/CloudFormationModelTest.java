package dev.tmj.iac.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each fixture template maps to the model its golden file shows (elements, boundaries, flows, facts, lines). */
class CloudFormationModelTest {
    static final Path FIXTURES = Path.of("src/test/resources/cloudformation");

    static Model model(String fixture) {
        Model model = Model.named("test");
        CloudFormationModel.addTo(model, CloudFormationTemplate.read(FIXTURES.resolve(fixture)));
        return model;
    }

    @ParameterizedTest
    @ValueSource(strings = {"web.yaml", "sam.yaml", "secure.json"})
    void should_map_each_fixture_to_its_golden_model(String fixture) throws IOException {
        String actual = ModelText.of(model(fixture));
        Path golden = FIXTURES.resolve(fixture + ".model.txt");
        Files.writeString(Path.of("target", fixture + ".model.txt"), actual);
        assertThat(actual).isEqualTo(Files.readString(golden));
    }
}
