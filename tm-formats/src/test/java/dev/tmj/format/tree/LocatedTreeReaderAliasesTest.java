package dev.tmj.format.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.format.tree.LocatedTreeReader.Aliases;
import dev.tmj.format.tree.LocatedTreeReader.Syntax;
import dev.tmj.model.SourceException;
import org.junit.jupiter.api.Test;

/** YAML anchors, aliases and merge keys: refused by default (tmj's formats), expanded within a bound on request. */
class LocatedTreeReaderAliasesTest {
    private static final String MERGED = """
            base: &base {a: 1, b: 2}
            copy:
              <<: *base
              b: 3
            same: *base
            """;

    @Test
    void should_refuse_aliases_unless_asked_to_expand_them() {
        assertThatThrownBy(() -> LocatedTreeReader.read(MERGED, "m.yaml", Syntax.YAML))
                .isInstanceOf(SourceException.class).hasMessageContaining("YAML alias *base is not supported");
    }

    @Test
    void should_expand_aliases_and_let_an_objects_own_keys_win_over_merged_ones() {
        LocatedNode root = LocatedTreeReader.read(MERGED, "m.yaml", Syntax.YAML, Aliases.EXPAND);
        LocatedNode copy = root.get("copy");
        assertThat(copy.fields()).extracting(LocatedNode.Field::key).containsExactly("b", "a");
        assertThat(copy.get("a").scalar()).isEqualTo(1L);
        assertThat(copy.get("b").scalar()).isEqualTo(3L);
        assertThat(root.get("same").get("b").scalar()).isEqualTo(2L);
        assertThat(LocatedJsonWriter.toJson(root)).isEqualTo("{\"base\":{\"a\":1,\"b\":2},\"copy\":{\"b\":3,\"a\":1},"
                + "\"same\":{\"a\":1,\"b\":2}}");
    }

    @Test
    void should_stop_aliases_that_repeat_too_many_values() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 9; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            bomb.append("]\n");
        }
        assertThatThrownBy(() -> LocatedTreeReader.read(bomb.toString(), "bomb.yaml", Syntax.YAML, Aliases.EXPAND))
                .isInstanceOf(SourceException.class).hasMessageContaining("YAML aliases repeat more than 100000 values");
    }

    @Test
    void should_refuse_a_merge_key_of_anything_but_mappings() {
        assertThatThrownBy(() -> LocatedTreeReader.read("a: &a [1]\nb: {<<: *a}\n", "m.yaml", Syntax.YAML,
                Aliases.EXPAND)).hasMessageContaining("a YAML merge key (<<) takes a mapping");
    }
}
