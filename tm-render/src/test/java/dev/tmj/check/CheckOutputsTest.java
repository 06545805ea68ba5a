package dev.tmj.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.check.CheckOutputs.Kind;
import dev.tmj.format.json.ProjectConfigReader;
import dev.tmj.format.json.TmjModelReader;
import dev.tmj.gate.CheckResult;
import dev.tmj.model.SourceException;
import dev.tmj.output.Renderer;
import dev.tmj.render.OutputsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckOutputsTest {
    @TempDir
    Path dir;

    /** A CI output as the ci-formats renderers plug in: here the failing SIDs, one a line. */
    private static final Renderer<CheckResult> FAILING_SIDS = (result, out) -> {
        for (var failing : result.failing()) {
            out.write((failing.finding().threatId() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    };

    private static CheckResult result() {
        return Check.of().model(TmjModelReader.read("tmj: 1\nname: S\nelements:\n  - type: Datastore\n"
                + "    name: DB\n", "s.yaml"), "s.yaml").run();
    }

    @Test
    void should_write_an_output_through_the_renderer_plugged_in_for_its_kind() throws IOException {
        CheckOutputs outputs = CheckOutputs.standard().with(Kind.SARIF, FAILING_SIDS);
        CheckResult result = result();
        Path sarif = dir.resolve("tmj.sarif");

        assertThat(outputs.writeTo(result, Map.of(Kind.SARIF, sarif))).containsExactly(sarif);

        assertThat(Files.readAllLines(sarif)).isNotEmpty()
                .containsExactlyElementsOf(result.failing().stream().map(f -> f.finding().threatId()).toList());
    }

    @Test
    void should_write_the_findings_json_of_one_model_built_in() throws IOException {
        Path json = dir.resolve("findings.json");

        CheckOutputs.standard().writeTo(result(), Map.of(Kind.JSON, json));

        assertThat(Files.readString(json)).startsWith("{\"actors\": [").contains("\"fingerprint\": ");
    }

    @Test
    void should_have_no_renderer_for_a_ci_format_not_plugged_in() {
        CheckOutputs outputs = CheckOutputs.standard();

        assertThat(outputs.renderer(Kind.JSON)).isPresent();
        assertThat(outputs.renderer(Kind.SARIF)).isEmpty();
        assertThatThrownBy(() -> outputs.checkTargets(Map.of(Kind.SARIF, dir.resolve("a.sarif")), 1))
                .isInstanceOf(SourceException.class)
                .hasMessage("--sarif: this output is not available in this build of tmj");
    }

    @Test
    void should_write_every_other_output_when_one_fails_and_name_it() {
        Renderer<CheckResult> broken = (result, out) -> {
            throw new IOException("broken on purpose");
        };
        CheckOutputs outputs = CheckOutputs.standard().with(Kind.JUNIT, broken).with(Kind.SUMMARY, FAILING_SIDS);
        Map<Kind, Path> files = new EnumMap<>(Kind.class);
        files.put(Kind.JUNIT, dir.resolve("junit.xml"));
        files.put(Kind.SUMMARY, dir.resolve("summary.md"));
        files.put(Kind.JSON, dir.resolve("findings.json"));

        assertThatThrownBy(() -> outputs.writeTo(result(), files)).isInstanceOfSatisfying(OutputsException.class,
                e -> {
                    assertThat(e.failures()).containsOnlyKeys(dir.resolve("junit.xml"));
                    assertThat(e.written()).containsExactly(dir.resolve("findings.json"), dir.resolve("summary.md"));
                });
        assertThat(dir.resolve("junit.xml")).doesNotExist();
        assertThat(dir.resolve("summary.md")).isNotEmptyFile();
    }

    @Test
    void should_refuse_before_running_a_missing_folder_a_directory_and_one_file_named_twice() throws IOException {
        CheckOutputs outputs = CheckOutputs.standard().with(Kind.SUMMARY, FAILING_SIDS);
        Path missing = dir.resolve("no/such/summary.md");
        Files.createDirectories(dir.resolve("folder"));

        assertThatThrownBy(() -> outputs.checkTargets(Map.of(Kind.SUMMARY, missing), 1))
                .hasMessage(missing + ": its folder " + missing.getParent() + " does not exist");
        assertThatThrownBy(() -> outputs.checkTargets(Map.of(Kind.SUMMARY, dir.resolve("folder")), 1))
                .hasMessage(dir.resolve("folder") + ": is a directory, not a file to write");
        Map<Kind, Path> twice = new EnumMap<>(Kind.class);
        twice.put(Kind.JSON, dir.resolve("out"));
        twice.put(Kind.SUMMARY, dir.resolve("out"));
        assertThatThrownBy(() -> outputs.checkTargets(twice, 1))
                .hasMessage(dir.resolve("out") + ": named for both --json and --summary");
        assertThatThrownBy(() -> outputs.checkTargets(Map.of(Kind.JSON, dir.resolve("f.json")), 2))
                .hasMessageStartingWith("--json: writes the findings of one model, and 2 models are checked");
        outputs.checkTargets(Map.of(Kind.SUMMARY, dir.resolve("summary.md")), 3);
    }

    @Test
    void should_name_each_kind_as_tmj_yaml_does() {
        assertThat(Arrays.stream(Kind.values()).map(Kind::configKey))
                .containsExactlyElementsOf(ProjectConfigReader.KEYS.get("outputs"));
        assertThat(Kind.ofConfigKey("gitlabCodequality")).hasValue(Kind.GITLAB_CODEQUALITY);
    }
}
