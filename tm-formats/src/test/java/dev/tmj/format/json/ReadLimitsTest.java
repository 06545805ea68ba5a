package dev.tmj.format.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.model.ModelException;
import dev.tmj.model.SourceException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The limits of {@link ReadLimits}: each refused quickly, with a position, and the writer keeps to them. */
class ReadLimitsTest {

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void should_refuse_a_16_mb_yaml_scalar_quickly_naming_the_line_and_column() {
        String yaml = "tmj: 1\nname: x\ndescription: " + "a".repeat(16 * 1024 * 1024) + "\n";
        assertThatThrownBy(() -> TmjModelReader.read(yaml, "big.yaml"))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(ReadLimits.MAX_YAML_LINE_CHARS + 1);
                    assertThat(e.getMessage()).isEqualTo("big.yaml:3:" + (ReadLimits.MAX_YAML_LINE_CHARS + 1) + ": "
                            + ReadLimits.yamlLineTooLong());
                });
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void should_read_a_yaml_line_at_the_limit() {
        String description = "b".repeat(ReadLimits.MAX_YAML_LINE_CHARS - "description: ".length());
        Model model = TmjModelReader.read("tmj: 1\nname: x\ndescription: " + description + "\n", "m.yaml");
        assertThat(model.description()).isEqualTo(description);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void should_read_a_16_mb_json_string_which_jackson_scans_linearly() {
        String description = "a".repeat(16 * 1024 * 1024);
        Model model = TmjModelReader.read("{\"tmj\": 1, \"name\": \"x\", \"description\": \"" + description + "\"}",
                "big.json");
        assertThat(model.description()).hasSize(description.length());
    }

    @Test
    void should_refuse_a_yaml_alias_naming_its_position() {
        String yaml = "tmj: 1\nname: &n Shop\ndescription: *n\n";
        assertThatThrownBy(() -> TmjModelReader.read(yaml, "m.yaml")).isInstanceOf(SourceException.class)
                .hasMessage("m.yaml:3:14: description: YAML alias *n is not supported: tmj models use no anchors and"
                        + " aliases; write the value out in full");
    }

    @Test
    void should_refuse_a_yaml_tag_rather_than_read_the_plain_value_after_it() {
        String yaml = "tmj: 1\nname: x\ndescription: !!python/object:os.system rm\n";
        assertThatThrownBy(() -> TmjModelReader.read(yaml, "m.yaml")).isInstanceOf(SourceException.class)
                .hasMessage("m.yaml:3:14: description: YAML tag tag:yaml.org,2002:python/object:os.system is not"
                        + " supported: tmj reads plain YAML values; remove the tag");
        assertThat(TmjModelReader.read("tmj: 1\nname: !!str Shop\n", "m.yaml").name()).isEqualTo("Shop");
    }

    @Test
    void should_refuse_an_undefined_yaml_alias() {
        String yaml = "tmj: 1\nname: x\nelements:\n  - *nope\n";
        assertThatThrownBy(() -> TmjModelReader.read(yaml, "m.yaml")).isInstanceOf(SourceException.class)
                .hasMessageStartingWith("m.yaml:4:5: elements[0]: YAML alias *nope is not supported");
    }

    @Test
    void should_refuse_a_billion_laughs_at_its_first_alias() {
        String yaml = "tmj: 1\nname: x\nlol: &a [\"lol\", \"lol\"]\nlol2: &b [*a, *a, *a, *a]\n";
        assertThatThrownBy(() -> TmjModelReader.read(yaml, "m.yaml")).isInstanceOf(SourceException.class)
                .hasMessageStartingWith("m.yaml:4:11: lol2[0]: YAML alias *a is not supported");
    }

    @Test
    void should_refuse_json_nested_deeper_than_the_limit_with_its_position() {
        String json = "{\"tmj\": 1, \"description\": " + "[".repeat(2000) + "]".repeat(2000) + "}";
        assertThatThrownBy(() -> TmjModelReader.read(json, "m.json"))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo("{\"tmj\": 1, \"description\": ".length() + 100);
                    assertThat(e.getMessage()).endsWith(": objects and lists nest more than 100 levels deep, more"
                            + " than any model needs");
                });
    }

    @Test
    void should_refuse_yaml_nested_deeper_than_the_limit_with_its_position() {
        String yaml = "tmj: 1\ndescription: " + "[".repeat(2000) + "]".repeat(2000) + "\n";
        assertThatThrownBy(() -> TmjModelReader.read(yaml, "m.yaml"))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo("description: ".length() + 100);
                });
    }

    @Test
    void should_give_jacksons_size_limit_errors_a_position_and_a_plain_message() {
        String json = "{\"tmj\": 1,\n \"name\": " + "1".repeat(2000) + "}";
        assertThatThrownBy(() -> PytmJsonModelReader.read(json, "m.json"))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isPositive();
                    assertThat(e.getMessage()).contains("JSON over a limit: Number value length (2000) exceeds the"
                            + " maximum allowed (1000)").doesNotContain("StreamReadConstraints");
                });
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void should_read_back_the_yaml_it_saves_for_100k_elements() {
        Model model = Model.named("Large");
        Element previous = model.add(ElementType.SERVER, "n0");
        for (int i = 1; i < 50_000; i++) {
            Element next = model.add(ElementType.SERVER, "n" + i);
            model.dataflow(previous, next, "f" + i);
            previous = next;
        }
        String yaml = TmjModelWriter.toYaml(model);
        assertThat(model.elements()).hasSizeGreaterThanOrEqualTo(99_999);
        assertThat(yaml.length()).as("over SnakeYAML's default limit of 3 MB").isGreaterThan(3 * 1024 * 1024);
        Model back = TmjModelReader.read(yaml, "saved.yaml");
        assertThat(back.elements()).hasSameSizeAs(model.elements());
        assertThat(TmjModelWriter.toYaml(back)).isEqualTo(yaml);
    }

    @Test
    void should_refuse_to_save_as_yaml_a_line_the_reader_would_refuse() {
        Model model = TmjModelReader.read("{\"tmj\": 1, \"name\": \"x\", \"description\": \""
                + "c".repeat(ReadLimits.MAX_YAML_LINE_CHARS) + "\"}", "m.json");
        assertThatThrownBy(() -> TmjModelWriter.toYaml(model)).isInstanceOf(ModelException.class)
                .hasMessage("the model cannot be saved as YAML: line 3 would be longer than "
                        + ReadLimits.MAX_YAML_LINE_CHARS + " characters, the most tmj reads back in YAML (a value with a"
                        + " very long line); save it as JSON");
        assertThat(TmjModelWriter.toJson(model)).contains("c".repeat(ReadLimits.MAX_YAML_LINE_CHARS));
    }

    @Test
    void should_save_as_yaml_a_long_line_that_the_reader_reads_back() {
        Model model = TmjModelReader.read("{\"tmj\": 1, \"name\": \"x\", \"description\": \""
                + "d".repeat(ReadLimits.MAX_YAML_LINE_CHARS - 20) + "\"}", "m.json");
        assertThat(TmjModelReader.read(TmjModelWriter.toYaml(model), "m.yaml").description())
                .isEqualTo(model.description());
    }
}
