package dev.tmj.iac.terraform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.tmj.iac.hcl.Value;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads JSON written as text in a Terraform argument (an IAM or bucket policy in a heredoc or from
 * {@code jsonencode}, an ECS task's container definitions) into a {@link Value}, so a mapping reads it as it reads
 * the configuration. Text that is not JSON gives nothing: the argument then shows no fact, it is not an error.
 */
final class PolicyJsonReader {
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();

    private PolicyJsonReader() {
    }

    /** The JSON value of the text, or empty when it is not JSON. */
    static Optional<Value> read(String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() == null) {
                return Optional.empty();
            }
            Value value = value(parser);
            return parser.nextToken() == null ? Optional.of(value) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    // an if chain, not a switch on JsonToken: a switch compiles to a synthetic class (PolicyJsonReader$1) that the
    // architecture rule "Jackson only in readers and writers" would not recognise as this reader
    private static Value value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Value> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                entries.put(name, value(parser));
            }
            return Value.object(entries);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Value> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(parser));
            }
            return Value.list(items);
        }
        if (token == JsonToken.VALUE_STRING) {
            return Value.of(parser.getText());
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return new Value.Num(new BigDecimal(parser.getText()));
        }
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return Value.of(token == JsonToken.VALUE_TRUE);
        }
        return Value.NULL;
    }
}
