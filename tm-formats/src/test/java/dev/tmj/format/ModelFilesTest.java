package dev.tmj.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.format.ModelFiles.Kind;
import org.junit.jupiter.api.Test;

/** Models are recognised by content, not by extension. */
class ModelFilesTest {
    private static final String PYTM_JSON = """
            {"name": "Shop", "elements": [{"__class__": "Server", "name": "Web"}],
             "boundaries": [], "flows": []}
            """;

    @Test
    void should_tell_model_kinds_apart_by_content() {
        assertThat(ModelFiles.kindOf(PYTM_JSON)).isEqualTo(Kind.PYTM_JSON);
        assertThat(ModelFiles.kindOf("{\"tmj\": 1, \"name\": \"x\"}")).isEqualTo(Kind.TMJ);
        assertThat(ModelFiles.kindOf("tmj: 1\nname: x\n")).isEqualTo(Kind.TMJ);
        assertThat(ModelFiles.kindOf("#!/usr/bin/env python3\nfrom pytm import TM\n")).isEqualTo(Kind.PYTM_SCRIPT);
    }
}
