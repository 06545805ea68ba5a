package dev.tmj.iac.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.SourcePosition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one YAML reader: a format's tag policy, tagged nodes as one-key mappings, key positions. */
class YamlTreeTest {
    private static final YamlTags REF = new YamlTags(Map.of("!Ref", "Ref", "!Join", "Fn::Join"), "known: !Ref, !Join");

    @Test
    void should_read_tagged_scalars_and_collections_as_one_key_mappings_with_positions() {
        YamlTree.Document document = YamlTree.read("t.yaml", "a: !Ref x\nb: !Join\n  - ','\n  - [!Ref y]\n", REF)
                .get(0);

        assertThat(document.root()).isEqualTo(Map.of("a", Map.of("Ref", "x"),
                "b", Map.of("Fn::Join", List.of(",", List.of(Map.of("Ref", "y"))))));
        assertThat(document.positions().get("a.Ref")).isEqualTo(SourcePosition.of("t.yaml", 1, 4).at("a.Ref"));
        assertThat(document.positions().get("b[\"Fn::Join\"][1][0].Ref").line()).isEqualTo(4);
    }

    @Test
    void should_read_a_tagged_root() {
        assertThat(YamlTree.read("t.yaml", "!Ref x\n", REF).get(0).root()).isEqualTo(Map.of("Ref", "x"));
    }

    @Test
    void should_refuse_a_tag_the_policy_does_not_know_in_its_words() {
        assertThatThrownBy(() -> YamlTree.read("t.yaml", "a: !Sub x\n", REF)).isInstanceOf(YamlException.class)
                .hasMessage("t.yaml:1:4: unknown YAML tag !Sub: known: !Ref, !Join");
        assertThatThrownBy(() -> YamlTree.read("t.yaml", "a: !Ref x\n", YamlTags.none("none here")))
                .hasMessage("t.yaml:1:4: unknown YAML tag !Ref: none here");
    }

    @Test
    void should_locate_an_entry_at_its_key_else_its_value_else_the_nearest_enclosing_value() {
        YamlTree.Document document = YamlTree.read("t.yaml", "Resources:\n  B:\n    Type: X\n", REF).get(0);

        assertThat(document.entryAt("Resources.B")).isEqualTo(SourcePosition.of("t.yaml", 2, 3).at("Resources.B"));
        assertThat(document.entryAt("Resources.B.Missing.Deeper"))
                .isEqualTo(SourcePosition.of("t.yaml", 2, 3).at("Resources.B.Missing.Deeper"));
        assertThat(document.entryAt("")).isEqualTo(SourcePosition.of("t.yaml", 1, 1).at(""));
    }

    @Test
    void should_give_the_parent_of_each_kind_of_path() {
        assertThat(YamlTree.parent("a.b[0]")).isEqualTo("a.b");
        assertThat(YamlTree.parent("a[\"x.y\"]")).isEqualTo("a");
        assertThat(YamlTree.parent("a.b")).isEqualTo("a");
        assertThat(YamlTree.parent("a")).isEmpty();
    }
}
