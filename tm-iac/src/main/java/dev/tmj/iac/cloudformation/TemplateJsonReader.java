package dev.tmj.iac.cloudformation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.tmj.iac.yaml.YamlTree;
import dev.tmj.model.SourcePosition;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON template as the same positioned plain tree the YAML reader builds (Map, List, String, Long, Boolean, null;
 * a position per value by path), through Jackson's streaming parser with an explicit stack, so no input recurses on
 * the JVM's stack. Numbers that are not integers keep their spelling as text, as in the YAML reader.
 */
final class TemplateJsonReader {
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(StreamReadConstraints
            .builder().maxNestingDepth(YamlTree.MAX_DEPTH).maxDocumentLength(CloudFormationTemplate.MAX_FILE_BYTES)
            .build()).enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** A collection being filled and its path. */
    private record Open(Object value, String path) {
    }

    private final String file;
    private final JsonParser parser;
    private final Map<String, SourcePosition> positions = new LinkedHashMap<>();
    private final Map<String, SourcePosition> keys = new java.util.HashMap<>();
    private final Deque<Open> stack = new ArrayDeque<>();
    private String pendingKey;

    private TemplateJsonReader(String file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    static YamlTree.Document read(String file, String text) throws CloudFormationException {
        JsonParser parser = null;
        try {
            parser = JSON.createParser(text);
            return new TemplateJsonReader(file, parser).document();
        } catch (JsonProcessingException e) {
            // a StreamConstraintsException has no location of its own: the parser's is where it stopped
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            String problem = e instanceof StreamConstraintsException ? "JSON over a limit: " : "invalid JSON: ";
            String message = firstLine(e.getOriginalMessage()).replaceAll(
                    "\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)]", "line $1, column $2");
            throw new CloudFormationException(SourcePosition.of(file, at.getLineNr(), at.getColumnNr()),
                    problem + message);
        } catch (IOException e) {
            throw new CloudFormationException(SourcePosition.of(file, 0, 0), "cannot read: " + e.getMessage());
        } finally {
            close(parser);
        }
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // a parser over a String has nothing to release
            }
        }
    }

    private YamlTree.Document document() throws IOException, CloudFormationException {
        Object root = null;
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new CloudFormationException(SourcePosition.of(file, 1, 1), "empty JSON: expected a template object");
        }
        // if-chains, not a switch: a switch over a Jackson enum compiles to a synthetic class that uses Jackson
        do {
            if (token == JsonToken.FIELD_NAME) {
                pendingKey = parser.currentName();
                String keyPath = YamlTree.join(stack.peek().path(), pendingKey);
                JsonLocation keyAt = parser.currentTokenLocation();
                keys.put(keyPath, SourcePosition.of(file, keyAt.getLineNr(), keyAt.getColumnNr()).at(keyPath));
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                stack.pop();
                continue;
            }
            String path = path();
            JsonLocation at = parser.currentTokenLocation();
            positions.put(path, SourcePosition.of(file, at.getLineNr(), at.getColumnNr()).at(path));
            Object value = token == JsonToken.START_OBJECT ? new LinkedHashMap<String, Object>()
                    : token == JsonToken.START_ARRAY ? new ArrayList<>() : scalar(token);
            if (stack.isEmpty()) {
                root = value;
            } else {
                add(value);
            }
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                stack.push(new Open(value, path));
            }
        } while (!stack.isEmpty() && (token = parser.nextToken()) != null);
        JsonToken after = parser.nextToken();
        if (after != null) {
            JsonLocation at = parser.currentTokenLocation();
            throw new CloudFormationException(SourcePosition.of(file, at.getLineNr(), at.getColumnNr()),
                    "unexpected content after the template object");
        }
        return new YamlTree.Document(root, positions.get(""), Collections.unmodifiableMap(positions),
                Collections.unmodifiableMap(keys));
    }

    private String path() {
        if (stack.isEmpty()) {
            return "";
        }
        Open parent = stack.peek();
        return parent.value() instanceof List<?> list ? parent.path() + "[" + list.size() + "]"
                : YamlTree.join(parent.path(), pendingKey);
    }

    @SuppressWarnings("unchecked")
    private void add(Object value) {
        Open parent = stack.peek();
        if (parent.value() instanceof List<?> list) {
            ((List<Object>) list).add(value);
        } else {
            ((Map<String, Object>) parent.value()).put(pendingKey, value);
        }
    }

    private Object scalar(JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return parser.getLongValue();
        }
        return parser.getText();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
