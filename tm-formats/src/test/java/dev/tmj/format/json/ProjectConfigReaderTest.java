package dev.tmj.format.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.SourceException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectConfigReaderTest {
    private static final Path FILE = Path.of("/repo/ci/tmj.yaml");

    @Test
    void should_read_every_setting_with_paths_relative_to_the_configuration_folder() {
        ProjectConfig config = ProjectConfigReader.read("""
                models: [tm.py, ../models/shop.yaml]
                threats: [threats.json]
                exclude: [INP01, DS06]
                modelThreats: inside-repository
                strict: true
                gate:
                  failOn: Very High
                  failOnNew: true
                baseline: ../baseline/findings.json
                outputs:
                  sarif: out/tmj.sarif
                  json: out/findings.json
                  junit: out/junit.xml
                  gitlabCodequality: out/gl.json
                  summary: out/summary.md
                """, FILE);

        assertThat(config.file()).isEqualTo(FILE);
        assertThat(config.models()).containsExactly(Path.of("/repo/ci/tm.py"), Path.of("/repo/models/shop.yaml"));
        assertThat(config.threats()).containsExactly(Path.of("/repo/ci/threats.json"));
        assertThat(config.exclude()).containsExactly("INP01", "DS06");
        assertThat(config.modelThreats()).hasValue("inside-repository");
        assertThat(config.strict()).hasValue(true);
        assertThat(config.failOn()).hasValue("Very High");
        assertThat(config.failOnNew()).hasValue(true);
        assertThat(config.baseline()).hasValue(Path.of("/repo/baseline/findings.json"));
        assertThat(config.outputs()).containsExactly(Map.entry("sarif", Path.of("/repo/ci/out/tmj.sarif")),
                Map.entry("json", Path.of("/repo/ci/out/findings.json")),
                Map.entry("junit", Path.of("/repo/ci/out/junit.xml")),
                Map.entry("gitlabCodequality", Path.of("/repo/ci/out/gl.json")),
                Map.entry("summary", Path.of("/repo/ci/out/summary.md")));
    }

    @Test
    void should_leave_unset_what_the_file_does_not_name() {
        ProjectConfig config = ProjectConfigReader.read("models: [tm.py]\n", FILE);

        assertThat(config.threats()).isEmpty();
        assertThat(config.exclude()).isEmpty();
        assertThat(config.strict()).isEmpty();
        assertThat(config.failOn()).isEmpty();
        assertThat(config.failOnNew()).isEmpty();
        assertThat(config.baseline()).isEmpty();
        assertThat(config.outputs()).isEmpty();
        assertThat(config.history()).isEmpty();
    }

    @Test
    void should_read_history_as_the_default_file_a_path_or_a_jdbc_url() {
        assertThat(ProjectConfigReader.read("history: true\n", FILE).history())
                .hasValue(Path.of("/repo/ci/.tmj/history.db").toString());
        assertThat(ProjectConfigReader.read("history: false\n", FILE).history()).isEmpty();
        assertThat(ProjectConfigReader.read("history: ../audit/runs.db\n", FILE).history())
                .hasValue(Path.of("/repo/audit/runs.db").toString());
        assertThat(ProjectConfigReader.read("history: jdbc:postgresql://db.internal/tmj\n", FILE).history())
                .hasValue("jdbc:postgresql://db.internal/tmj");
        assertThatThrownBy(() -> ProjectConfigReader.read("history: 3\n", FILE))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("expected true, false, an SQLite file or a jdbc:postgresql:// URL, not");
    }

    @Test
    void should_read_an_empty_file_as_no_settings() {
        ProjectConfig config = ProjectConfigReader.read("# nothing yet\n", FILE);

        assertThat(config.models()).isEmpty();
        assertThat(config.modelThreats()).isEqualTo(Optional.empty());
    }

    @Test
    void should_name_an_unknown_key_its_position_and_the_closest_known_one() {
        assertThatThrownBy(() -> ProjectConfigReader.read("models: [tm.py]\nthreat: [t.json]\n", FILE))
                .isInstanceOf(SourceException.class)
                .hasMessage(FILE + ":2:1: threat: unknown key \"threat\"; did you mean \"threats\"? (known keys: models,"
                        + " threats, exclude, modelThreats, strict, gate, baseline, overlay, outputs, history, sync)");
    }

    @Test
    void should_read_tmj_syncs_settings_and_refuse_an_unknown_tracker_with_its_position() {
        ProjectConfig config = ProjectConfigReader.read("sync:\n  to: jira\n  threshold: very-high\n  jiraProject: SEC\n"
                + "  tickets: build/tickets.json\n", FILE);

        assertThat(config.sync()).containsExactly(java.util.Map.entry("to", "jira"),
                java.util.Map.entry("threshold", "very-high"), java.util.Map.entry("jiraProject", "SEC"),
                java.util.Map.entry("tickets", java.nio.file.Path.of("/repo/ci/build/tickets.json").toString()));
        assertThatThrownBy(() -> ProjectConfigReader.read("sync:\n  to: jra\n", FILE))
                .isInstanceOf(SourceException.class)
                .hasMessage(FILE + ":2:7: sync.to: expected one of jira, github, gitlab, not string \"jra\"; did you "
                        + "mean \"jira\"?");
    }

    @Test
    void should_name_an_unknown_output() {
        assertThatThrownBy(() -> ProjectConfigReader.read("outputs:\n  sarf: a.sarif\n", FILE))
                .isInstanceOf(SourceException.class)
                .hasMessage(FILE + ":2:3: outputs.sarf: unknown key \"sarf\"; did you mean \"sarif\"? (known in outputs"
                        + " keys: json, sarif, junit, gitlabCodequality, summary)");
    }

    @Test
    void should_say_what_type_a_value_should_have() {
        assertThat(List.of(
                error("strict: yes please\n"),
                error("gate: high\n"),
                error("exclude: [INP01, 3]\n"),
                error("modelThreats: allow\n"),
                error("baseline: \"\"\n")))
                .containsExactly(
                        FILE + ":1:9: strict: expected true or false, not string \"yes please\"",
                        FILE + ":1:7: gate: expected an object with failOn, failOnNew and failOnRisk, not string \"high\"",
                        FILE + ":1:18: exclude[1]: expected a non-empty string, not number 3",
                        FILE + ":1:15: modelThreats: expected one of forbid, inside-repository, not string \"allow\"",
                        FILE + ":1:11: baseline: expected a non-empty string, not string \"\"");
    }

    @Test
    void should_refuse_an_unknown_severity_at_its_position() {
        assertThat(error("gate:\n  failOn: hihg\n")).isEqualTo(FILE + ":2:11: gate.failOn: unknown severity 'hihg':"
                + " expected one of info, very-low, low, medium, high, very-high or none");
    }

    @Test
    void should_refuse_yaml_aliases_as_the_model_reader_does() {
        assertThat(error("models: &m [tm.py]\nthreats: *m\n")).contains(FILE + ":2:10: threats: YAML alias *m is not"
                + " supported");
    }

    @Test
    void should_refuse_a_document_that_is_not_an_object() {
        assertThat(error("- tm.py\n")).isEqualTo(FILE + ":1:1: expected the configuration: an object of settings,"
                + " not a list");
    }

    private static String error(String yaml) {
        try {
            ProjectConfigReader.read(yaml, FILE);
        } catch (SourceException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for " + yaml);
    }
}
