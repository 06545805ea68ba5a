package dev.tmj.format.tree;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tmj.format.tree.LocatedTreeReader.Syntax;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The line and column of every JSON value and key are where Jackson's token locations put them: the reader takes a
 * value's position from the parser's fields rather than from a location object per value.
 */
class LocatedTreeReaderPositionsTest {
    private static final String JSON = "{ \"a\" : [ 1, \"x\\u00e9\", -2.5e3,\n\t{\"b\":\n  null, \"c\" : true}],\r\n"
            + " \"d\":{}, \"e\" :[ ],\"é\": \"ü\" , \"f\":\r\"g\",\n\n    \"h\": [[false], {\"i\": 12345678901234567890}]}";

    @Test
    void should_place_every_value_and_key_where_jacksons_token_locations_do() throws IOException {
        List<String> expected = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(JSON)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    JsonLocation at = parser.currentTokenLocation();
                    expected.add((token == JsonToken.FIELD_NAME ? "key " : "value ") + at.getLineNr() + ":"
                            + at.getColumnNr());
                }
            }
        }
        List<String> actual = new ArrayList<>();
        positions(LocatedTreeReader.read(JSON, "m.json", Syntax.JSON), actual);

        assertThat(actual).hasSizeGreaterThan(20).containsExactlyElementsOf(expected);
    }

    /** The positions in document order: a value, then each key and its value, or each item. */
    private static void positions(LocatedNode node, List<String> out) {
        out.add("value " + node.line() + ":" + node.column());
        for (LocatedNode.Field field : node.fields()) {
            out.add("key " + field.line() + ":" + field.column());
            positions(field.value(), out);
        }
        node.items().forEach(item -> positions(item, out));
    }
}
