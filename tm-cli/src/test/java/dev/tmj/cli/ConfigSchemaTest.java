package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.tmj.format.json.ProjectConfigReader;
import dev.tmj.model.SourceException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/tmj-config.schema.json documents tmj.yaml: example configurations (these tests' and docs/ci.md's) are valid
 * against it exactly when {@link ProjectConfigReader} accepts them, and it lists the keys the reader knows.
 */
class ConfigSchemaTest {
    private static final Path SCHEMA_FILE = Path.of("..", "docs", "tmj-config.schema.json");
    private static final Path CI_DOC = Path.of("..", "docs", "ci.md");
    private static final String ID = "urn:dev.tmj:project-config:1";

    private static Schema schema() throws IOException {
        String text = Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder ->
                builder.schemas(Map.of(ID, text)).schemaLoader(loader -> loader.fetchRemoteResources(false)));
        return registry.getSchema(SchemaLocation.of(ID));
    }

    private static List<String> errors(Schema schema, String yaml) {
        return schema.validate(yaml, InputFormat.YAML).stream().map(Object::toString).toList();
    }

    private Path resources(String folder) throws URISyntaxException {
        return Path.of(getClass().getResource("config/minimal.yaml").toURI()).resolveSibling(folder).normalize();
    }

    private static List<Path> yamlFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** The YAML blocks of docs/ci.md that follow a line naming {@code tmj.yaml}: the documented examples. */
    private static List<String> documentedExamples() throws IOException {
        Matcher blocks = Pattern.compile("tmj\\.yaml[^\\n]*\\n+```yaml\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(CI_DOC, StandardCharsets.UTF_8));
        List<String> examples = new ArrayList<>();
        while (blocks.find()) {
            examples.add(blocks.group(1));
        }
        return examples;
    }

    @Test
    void should_accept_every_example_the_reader_accepts() throws Exception {
        Schema schema = schema();
        List<String> examples = new ArrayList<>(documentedExamples());
        assertThat(examples).as("tmj.yaml examples in docs/ci.md").isNotEmpty();
        for (Path file : yamlFiles(resources("."))) {
            examples.add(Files.readString(file));
        }
        for (String example : examples) {
            ProjectConfigReader.read(example, Path.of("/repo/tmj.yaml"));
            assertThat(errors(schema, example)).as(example).isEmpty();
        }
    }

    @Test
    void should_refuse_every_example_the_reader_refuses() throws Exception {
        Schema schema = schema();
        List<Path> invalid = yamlFiles(resources("invalid"));
        assertThat(invalid).hasSizeGreaterThanOrEqualTo(5);
        for (Path file : invalid) {
            String example = Files.readString(file);
            assertThatThrownBy(() -> ProjectConfigReader.read(example, file)).as(file.toString())
                    .isInstanceOf(SourceException.class);
            assertThat(errors(schema, example)).as(file.toString()).isNotEmpty();
        }
    }

    @Test
    void should_list_exactly_the_keys_the_reader_knows() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(SCHEMA_FILE.toFile());

        assertThat(keys(schema.get("properties"))).isEqualTo(new TreeSet<>(ProjectConfigReader.KEYS.get("")));
        assertThat(keys(schema.at("/properties/gate/properties")))
                .isEqualTo(new TreeSet<>(ProjectConfigReader.KEYS.get("gate")));
        assertThat(keys(schema.at("/properties/outputs/properties")))
                .isEqualTo(new TreeSet<>(ProjectConfigReader.KEYS.get("outputs")));
        assertThat(keys(schema.at("/properties/sync/properties")))
                .isEqualTo(new TreeSet<>(ProjectConfigReader.KEYS.get("sync")));
        assertThat(ProjectConfigReader.KEYS.keySet()).containsExactlyInAnyOrder("", "gate", "outputs", "sync");
        assertThat(schema.at("/properties/sync/properties/to/enum").toString())
                .isEqualTo(new ObjectMapper().writeValueAsString(ProjectConfigReader.SYNC_TARGETS));
        assertThat(schema.at("/properties/sync/properties/jiraDeployment/enum").toString())
                .isEqualTo(new ObjectMapper().writeValueAsString(ProjectConfigReader.JIRA_DEPLOYMENTS));
        assertThat(schema.at("/properties/modelThreats/enum").toString())
                .isEqualTo(new ObjectMapper().writeValueAsString(ProjectConfigReader.MODEL_THREATS));
    }

    private static Set<String> keys(JsonNode properties) {
        Set<String> keys = new TreeSet<>();
        for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
            keys.add(names.next());
        }
        return keys;
    }
}
