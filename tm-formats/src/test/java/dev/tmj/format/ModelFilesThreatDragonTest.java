package dev.tmj.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.format.ModelFiles.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ModelFiles tells a Threat Dragon model from every other JSON model by its content. */
class ModelFilesThreatDragonTest {
    private static final String THREAT_DRAGON = """
            {"version": "2.3.0", "summary": {"title": "Shop"}, "detail": {"contributors": [], "diagramTop": 0,
             "reviewer": "", "threatTop": 0, "diagrams": []}}""";

    @Test
    void should_read_a_threat_dragon_model_as_one() {
        assertThat(ModelFiles.kindOf(THREAT_DRAGON)).isEqualTo(Kind.THREAT_DRAGON);
        assertThat(ModelFiles.kindOf("\uFEFF  " + THREAT_DRAGON)).isEqualTo(Kind.THREAT_DRAGON);
    }

    @Test
    void should_not_read_pytm_json_that_mentions_summary_and_diagrams_as_threat_dragon() {
        String pytm = """
                {"name": "Shop", "description": "\\"summary\\": {}, \\"detail\\": {\\"diagrams\\": []}",
                 "boundaries": [], "actors": [], "assets": [], "dataflows": []}""";

        assertThat(ModelFiles.kindOf(pytm)).isEqualTo(Kind.PYTM_JSON);
        assertThat(ModelFiles.kindOf("{\"name\": \"summary diagrams\", \"summary\": 1, \"diagrams\": []}"))
                .isEqualTo(Kind.PYTM_JSON);
    }

    @Test
    void should_not_read_tmj_otm_or_kubernetes_json_as_threat_dragon() {
        assertThat(ModelFiles.kindOf("{\"tmj\": 1, \"name\": \"summary\", \"description\": \"diagrams\"}"))
                .isEqualTo(Kind.TMJ);
        assertThat(ModelFiles.kindOf("""
                {"otmVersion": "0.2.0", "project": {"name": "p", "id": "p"},
                 "representations": [{"name": "diagrams", "id": "d", "type": "diagram"}]}"""))
                .isNotEqualTo(Kind.THREAT_DRAGON);
        assertThat(ModelFiles.kindOf("""
                {"apiVersion": "v1", "kind": "List", "metadata": {"annotations": {"summary": "diagrams"}},
                 "items": []}""")).isNotEqualTo(Kind.THREAT_DRAGON);
    }

    @Test
    void should_read_a_threat_dragon_file_through_model_files(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("shop.json");
        Files.writeString(file, THREAT_DRAGON);

        assertThat(ModelFiles.read(file).name()).isEqualTo("Shop");
    }
}
