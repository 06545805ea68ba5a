package dev.tmj.format;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.format.ModelFiles.Kind;
import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import java.nio.charset.StandardCharsets;
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

    @Test
    void should_tell_other_tools_models_apart_without_mistaking_tmjs_own_or_pytms() {
        assertThat(ModelFiles.kindOf("{\"otmVersion\": \"0.2.0\", \"project\": {}}")).isEqualTo(Kind.OTM);
        assertThat(ModelFiles.kindOf("\uFEFF {\"project\": {\"name\": \"x\"},\n \"otmVersion\": \"0.2.0\"}"))
                .isEqualTo(Kind.OTM);
        assertThat(ModelFiles.kindOf("otmVersion: 0.2.0\nproject: {name: x, id: x}\n")).isEqualTo(Kind.OTM);
        // the key inside a string, an indented key, or a script that mentions it is not OTM
        assertThat(ModelFiles.kindOf("{\"name\": \"s\", \"description\": \"{\\\"otmVersion\\\": 1}\"}"))
                .isEqualTo(Kind.PYTM_JSON);
        assertThat(ModelFiles.kindOf("{\"tmj\": 1, \"name\": \"x\", \"description\": \"\\\"otmVersion\\\":\"}"))
                .isEqualTo(Kind.TMJ);
        assertThat(ModelFiles.kindOf("tmj: 1\nname: x\ndescription: |\n  otmVersion: 0.2.0\n")).isEqualTo(Kind.TMJ);
        assertThat(ModelFiles.kindOf("from pytm import TM\n\"\"\"\notmVersion: 1\n\"\"\"\n"))
                .isEqualTo(Kind.PYTM_SCRIPT);
        assertThat(ModelFiles.kindOf("apiVersion: v1\nkind: Service\nmetadata: {name: otmVersion}\n"))
                .isEqualTo(Kind.IAC);
    }

    @Test
    void should_read_content_given_as_bytes_with_every_reader_and_name_it_in_errors() {
        Model json = ModelFiles.read("main:shop.json", PYTM_JSON.getBytes(StandardCharsets.UTF_8), false);
        Model script = ModelFiles.read("HEAD~1:tm.py",
                "\uFEFFfrom pytm import TM, Server\ntm = TM(\"Shop\")\nServer(\"Web\")\n"
                        .getBytes(StandardCharsets.UTF_8), false);

        assertThat(json.elements()).extracting(e -> e.name()).containsExactly("Web");
        assertThat(script.name()).isEqualTo("Shop");
        assertThatThrownBy(() -> ModelFiles.read("HEAD~1:tm.py", "from pytm import TM\nTM(\n"
                .getBytes(StandardCharsets.UTF_8), false)).isInstanceOf(SourceException.class)
                .hasMessageStartingWith("HEAD~1:tm.py:");
        assertThatThrownBy(() -> ModelFiles.read("v1:tm.py", new byte[] {'a', (byte) 0xff}, false))
                .isInstanceOf(SourceException.class).hasMessageContaining("v1:tm.py:1:2: invalid UTF-8");
    }
}
