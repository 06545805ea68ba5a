package dev.tmj.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.format.json.TmjModelReader;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.CheckedFinding;
import dev.tmj.gate.Gate;
import dev.tmj.gate.GateException;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import dev.tmj.model.SourceLocation;
import dev.tmj.threat.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckTest {
    @TempDir
    Path dir;

    private Path copy(String resource, String relative) throws IOException {
        Path target = dir.resolve(relative);
        Files.createDirectories(target.getParent());
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return target;
    }

    /** Each finding's fingerprint by SID and element: what must not change when the model file is reordered. */
    private static Map<String, String> fingerprints(CheckResult result) {
        return result.models().get(0).checked().stream().collect(Collectors.toMap(
                c -> c.finding().threatId() + " on " + c.finding().target(), CheckedFinding::fingerprint,
                (a, b) -> a, TreeMap::new));
    }

    @Test
    void should_give_the_same_fingerprints_in_two_runs_and_after_the_model_file_is_reordered() throws IOException {
        Path shop = copy("shop.yaml", "shop.yaml");
        Path shuffled = copy("shop-shuffled.yaml", "shop-shuffled.yaml");

        Map<String, String> first = fingerprints(Check.of().workingDirectory(dir).modelFile(shop).run());
        Map<String, String> second = fingerprints(Check.of().workingDirectory(dir).modelFile(shop).run());
        Map<String, String> reordered = fingerprints(Check.of().workingDirectory(dir).modelFile(shuffled).run());

        assertThat(first).hasSizeGreaterThan(10);
        assertThat(second).isEqualTo(first);
        assertThat(reordered).isEqualTo(first);
    }

    @Test
    void should_point_each_finding_at_its_element_line_relative_to_the_work_tree_top() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Path shop = copy("shop.yaml", "threat-model/shop.yaml");

        CheckResult result = Check.of().workingDirectory(dir.resolve("threat-model")).modelFile(shop).run();

        assertThat(result.models().get(0).path()).isEqualTo("threat-model/shop.yaml");
        assertThat(result.models().get(0).checked()).allSatisfy(c -> assertThat(c.path())
                .isEqualTo("threat-model/shop.yaml"));
        CheckedFinding onDatabase = result.models().get(0).checked().stream()
                .filter(c -> c.finding().target().equals("Orders DB")).findFirst().orElseThrow();
        assertThat(onDatabase.line()).isEqualTo(22);
    }

    @Test
    void should_take_paths_relative_to_the_working_directory_outside_a_work_tree() throws IOException {
        Path shop = copy("shop.yaml", "a/b/shop.yaml");

        CheckResult result = Check.of().workingDirectory(dir.resolve("a")).modelFile(shop).run();

        assertThat(result.models().get(0).path()).isEqualTo("b/shop.yaml");
    }

    @Test
    void should_point_a_dsl_model_at_the_one_source_file_of_its_class_in_the_work_tree() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.createDirectories(dir.resolve("src/main/java/com/shop"));
        Files.writeString(dir.resolve("src/main/java/com/shop/ShopModel.java"), "class ShopModel {}");
        Model model = Model.named("Shop");
        model.add(ElementType.DATASTORE, "Orders DB").locatedAt(SourceLocation.of("ShopModel.java", 17));

        CheckResult result = Check.of().workingDirectory(dir).model(model, "com.shop.ShopModel").run();

        assertThat(result.models().get(0).path()).isEqualTo("com.shop.ShopModel");
        assertThat(result.models().get(0).checked()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.path()).isEqualTo("src/main/java/com/shop/ShopModel.java");
            assertThat(c.line()).isEqualTo(17);
        });
    }

    @Test
    void should_point_a_dsl_model_at_its_display_path_when_its_source_file_is_not_found() {
        Model model = Model.named("Shop");
        model.add(ElementType.DATASTORE, "Orders DB").locatedAt(SourceLocation.of("Elsewhere.java", 5));

        CheckResult result = Check.of().workingDirectory(dir).model(model, "src/ShopModel.java").run();

        assertThat(result.models().get(0).checked()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.path()).isEqualTo("src/ShopModel.java"));
    }

    @Test
    void should_refuse_a_model_naming_its_own_threat_library_by_default() throws IOException {
        Path threats = Files.writeString(dir.resolve("none.json"), "[]");
        Path model = Files.writeString(dir.resolve("tm.yaml"), "tmj: 1\nname: Own\nthreatsFile: none.json\n"
                + "elements:\n  - type: Datastore\n    name: DB\n");

        assertThatThrownBy(() -> Check.of().workingDirectory(dir).modelFile(model).run())
                .isInstanceOf(SourceException.class).hasMessageContaining("names its own threat library");
        assertThat(Check.of().workingDirectory(dir).modelFile(model)
                .modelThreatsFile(dev.tmj.pipeline.ModelThreatsFile.INSIDE_REPOSITORY).run().failing()).isEmpty();
        assertThat(threats).exists();
    }

    @Test
    void should_compare_against_a_baseline_and_fail_only_on_new_findings() {
        Model before = TmjModelReader.read("tmj: 1\nname: S\nelements:\n  - type: Datastore\n    name: DB\n", "a.yaml");
        Model after = TmjModelReader.read("tmj: 1\nname: S\nelements:\n  - type: Datastore\n    name: DB\n"
                + "  - type: Datastore\n    name: Cache\n", "b.yaml");
        CheckResult old = Check.of().model(before, "a.yaml").gate(Gate.never()).run();
        dev.tmj.gate.Baseline baseline = dev.tmj.gate.Baseline.of("old", old.models().get(0).checked().stream()
                .map(c -> new dev.tmj.gate.BaselineFinding(c.fingerprint(), c.finding().threatId(),
                        c.finding().target(), c.finding().severity(), c.finding().status().label(), c.path(), c.line()))
                .toList());

        CheckResult result = Check.of().model(after, "b.yaml").baseline(baseline)
                .gate(Gate.failingOn(Severity.INFO).onlyNewFindings()).run();

        assertThat(result.failing()).isNotEmpty().allSatisfy(c -> assertThat(c.finding().target()).isEqualTo("Cache"));
    }

    @Test
    void should_refuse_to_run_without_a_model_or_with_only_new_and_no_baseline() {
        assertThatThrownBy(() -> Check.of().run()).isInstanceOf(GateException.class)
                .hasMessage("no model to check: give at least one model file");
        Model model = Model.named("Shop");
        assertThatThrownBy(() -> Check.of().model(model, "m").gate(Gate.DEFAULT.onlyNewFindings()).run())
                .isInstanceOf(GateException.class).hasMessageContaining("needs a baseline");
    }
}
