package dev.tmj.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import dev.tmj.resolve.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model's {@code threatsFile} is input, like the rest of the model: it may name a library only inside the model's
 * folder (links resolved), and a CI gate can forbid it altogether.
 */
class ModelThreatsFileTest {
    private static final String SECRET = "SECRET_TOKEN_abc123def456";
    private static final String THREAT = """
            [{"SID": "%s", "target": ["Server"], "condition": "True"}]
            """;

    @TempDir
    Path root;
    private Path project;
    private Path modelFile;

    @BeforeEach
    void layout() throws IOException {
        project = Files.createDirectories(root.resolve("project"));
        modelFile = project.resolve("tm.py");
        Files.writeString(root.resolve("secret.txt"), SECRET + "\n");
        Files.writeString(root.resolve("outside.json"), THREAT.formatted("OUT01"));
    }

    private static Model naming(String threatsFile) {
        Model model = Model.named("Shop");
        model.add(ElementType.SERVER, "Web");
        model.set("threatsFile", threatsFile);
        return model;
    }

    private Pipeline pipeline(String threatsFile) {
        Model model = naming(threatsFile);
        return Pipeline.fromFile(modelFile, file -> model);
    }

    private static List<String> sids(Pipeline pipeline) {
        return pipeline.run().findings().findings().stream().map(Finding::threatId).toList();
    }

    @Test
    void should_use_a_library_in_the_models_folder_or_below_by_relative_or_absolute_path() throws IOException {
        Files.writeString(project.resolve("own.json"), THREAT.formatted("OWN01"));
        Path nested = Files.createDirectories(project.resolve("threats/lib"));
        Files.writeString(nested.resolve("deep.json"), THREAT.formatted("DEEP01"));

        assertThat(sids(pipeline("own.json"))).containsExactly("OWN01");
        assertThat(sids(pipeline("threats/lib/../lib/deep.json"))).containsExactly("DEEP01");
        assertThat(sids(pipeline(nested.resolve("deep.json").toString()))).containsExactly("DEEP01");
    }

    @Test
    void should_refuse_a_library_outside_the_models_folder_naming_the_path_and_nothing_it_holds() {
        for (String named : List.of("../secret.txt", root.resolve("secret.txt").toString(), "../outside.json")) {
            assertThatThrownBy(() -> pipeline(named).run()).as(named).isInstanceOf(SourceException.class)
                    .hasMessageStartingWith(modelFile + ": threatsFile: threat library \"" + named
                            + "\" is outside " + project + ", the model's repository or, outside any repository,"
                            + " its folder (after resolving links); name other libraries with --threats")
                    .hasMessageNotContaining(SECRET);
        }
    }

    @Test
    void should_treat_a_link_inside_the_folder_that_points_outside_as_outside() throws IOException {
        Files.createSymbolicLink(project.resolve("threats.json"), root.resolve("secret.txt"));
        Files.createSymbolicLink(project.resolve("up"), root);

        for (String named : List.of("threats.json", "up/outside.json")) {
            assertThatThrownBy(() -> pipeline(named).run()).as(named)
                    .hasMessageContaining("threat library \"" + named + "\" is outside " + project + ",")
                    .hasMessageNotContaining(SECRET);
        }
    }

    @Test
    void should_use_a_library_elsewhere_in_the_models_repository_and_nothing_outside_it() throws IOException {
        Path repository = Files.createDirectories(root.resolve("repo"));
        Files.createDirectories(repository.resolve(".git"));
        Path models = Files.createDirectories(repository.resolve("systems/shop"));
        Files.writeString(Files.createDirectories(repository.resolve("lib")).resolve("t.json"),
                THREAT.formatted("REP01"));
        Path inRepository = models.resolve("tm.py");
        Model model = naming("../../lib/t.json");

        assertThat(sids(Pipeline.fromFile(inRepository, file -> model))).containsExactly("REP01");
        Model escaping = naming("../../../outside.json");
        assertThatThrownBy(() -> Pipeline.fromFile(inRepository, file -> escaping).run())
                .hasMessageContaining("threat library \"../../../outside.json\" is outside " + repository + ",");
    }

    @Test
    void should_follow_a_link_that_stays_inside_the_folder() throws IOException {
        Path real = Files.writeString(Files.createDirectories(project.resolve("lib")).resolve("t.json"),
                THREAT.formatted("LNK01"));
        Files.createSymbolicLink(project.resolve("threats.json"), real);

        assertThat(sids(pipeline("threats.json"))).containsExactly("LNK01");
    }

    @Test
    void should_name_a_missing_library_and_escape_the_path_the_model_wrote() {
        assertThatThrownBy(() -> pipeline("no\nsuch\u001b[31m.json").run())
                .hasMessage(modelFile + ": threatsFile: threat library \"no\\nsuch\\u001b[31m.json\" does not exist");
    }

    @Test
    void should_refuse_any_model_library_when_forbidden_unless_the_caller_names_the_library() throws IOException {
        Path own = Files.writeString(project.resolve("own.json"), THREAT.formatted("OWN01"));
        Path given = Files.writeString(root.resolve("given.json"), THREAT.formatted("GIV01"));

        assertThatThrownBy(() -> pipeline("own.json").modelThreatsFile(ModelThreatsFile.FORBID).run())
                .isInstanceOf(SourceException.class)
                .hasMessage(modelFile + ": threatsFile: the model names its own threat library \"own.json\", which"
                        + " this run does not allow; name the library with --threats (or in the project's"
                        + " configuration)");
        assertThat(sids(pipeline("own.json").modelThreatsFile(ModelThreatsFile.FORBID).threatFiles(List.of(given))))
                .containsExactly("GIV01");
        assertThat(sids(pipeline("").modelThreatsFile(ModelThreatsFile.FORBID))).isNotEmpty()
                .doesNotContain("OWN01");
        assertThat(own).exists();
    }

    @Test
    void should_ignore_the_setting_of_a_model_built_in_memory() {
        assertThat(sids(Pipeline.of(naming("../secret.txt")))).isNotEmpty();
    }
}
