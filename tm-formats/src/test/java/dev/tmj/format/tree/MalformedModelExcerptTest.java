package dev.tmj.format.tree;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.SourceException;
import org.junit.jupiter.api.Test;

/** A model file that is not JSON gets the position and what was expected, never the token the parser found. */
class MalformedModelExcerptTest {
    private static final String SECRET = "SECRET_TOKEN_abc123def456";

    @Test
    void should_not_echo_the_unrecognized_token_of_a_json_model() {
        assertThatThrownBy(() -> LocatedTreeReader.read("{\"name\": \"m\", \"x\": " + SECRET + "}", "m.json",
                LocatedTreeReader.Syntax.JSON)).isInstanceOf(SourceException.class)
                .hasMessageStartingWith("m.json:1:")
                .hasMessageContaining("malformed JSON: unrecognized token: was expecting (JSON String, Number")
                .hasMessageNotContaining(SECRET);
    }
}
