package dev.tmj.format.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tmj.model.Excerpt;
import dev.tmj.model.SourceException;
import dev.tmj.model.SourcePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON or YAML with Jackson's streaming parser into a {@link LocatedNode} tree that keeps the line, column
 * and path of every value and key. Every problem becomes a {@link SourceException}: malformed input, a duplicate
 * key, content after the document.
 */
final class LocatedTreeReader {
    enum Syntax {
        JSON("JSON"), YAML("YAML");

        private final String label;

        Syntax(String label) {
            this.label = label;
        }
    }

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    private final JsonParser parser;
    private final String file;
    private final Syntax syntax;

    private LocatedTreeReader(JsonParser parser, String file, Syntax syntax) {
        this.parser = parser;
        this.file = file;
        this.syntax = syntax;
    }

    /** The text of a file; an unreadable file is a {@link SourceException} without a position. */
    static String readText(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SourceException(path.toString(), 0, 0, "cannot read the model: "
                    + e.getClass().getSimpleName().replace("Exception", "") + " " + e.getMessage());
        }
    }

    /** JSON when the first non-blank character is '{', otherwise YAML. */
    static Syntax detect(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c)) {
                continue;
            }
            return c == '{' ? Syntax.JSON : Syntax.YAML;
        }
        return Syntax.YAML;
    }

    /** Parses one document. */
    static LocatedNode read(String text, String file, Syntax syntax) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (JsonParser parser = (syntax == Syntax.JSON ? JSON : YAML).createParser(body)) {
            return new LocatedTreeReader(parser, file, syntax).document();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = contextPath(e.getProcessor() instanceof JsonParser p ? p.getParsingContext() : null);
            throw new SourceException(SourcePosition.of(file, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr()).at(where),
                    "malformed " + syntax.label + ": "
                            + Excerpt.parserMessage(oneLine(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new SourceException(file, 0, 0, "cannot read the model: " + e.getMessage());
        }
    }

    private LocatedNode document() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new SourceException(file, 1, 1, "the document is empty; expected a model object");
        }
        LocatedNode root = value("");
        JsonToken after = parser.nextToken();
        if (after != null) {
            JsonLocation at = parser.currentTokenLocation();
            throw new SourceException(file, at.getLineNr(), at.getColumnNr(), "unexpected content after the model"
                    + (syntax == Syntax.YAML ? " (one YAML document per file)" : ""));
        }
        return root;
    }

    /** The value at the current token; leaves the parser on its last token. */
    private LocatedNode value(String path) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        // if-chains, not switches: a switch over a Jackson enum compiles to a synthetic class that uses Jackson.
        if (token == JsonToken.START_OBJECT) {
            List<LocatedNode.Field> fields = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonLocation keyAt = parser.currentTokenLocation();
                Integer first = seen.putIfAbsent(key, keyAt.getLineNr());
                if (first != null) {
                    throw new SourceException(SourcePosition.of(file, keyAt.getLineNr(), keyAt.getColumnNr())
                            .at(LocatedNode.child(path, key)), "duplicate key \"" + key + "\" (first given on line "
                                    + first + ")");
                }
                parser.nextToken();
                fields.add(new LocatedNode.Field(key, keyAt.getLineNr(), keyAt.getColumnNr(),
                        value(LocatedNode.child(path, key))));
            }
            return LocatedNode.object(path, line, column, fields);
        }
        if (token == JsonToken.START_ARRAY) {
            List<LocatedNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(LocatedNode.item(path, items.size())));
            }
            return LocatedNode.array(path, line, column, items);
        }
        if (token == JsonToken.VALUE_STRING) {
            return LocatedNode.scalar(LocatedNode.Kind.STRING, path, line, column, parser.getText());
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType type = parser.getNumberType();
            Object number = type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG
                    ? (Object) parser.getLongValue() : parser.getBigIntegerValue();
            return LocatedNode.scalar(LocatedNode.Kind.INTEGER, path, line, column, number);
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return LocatedNode.scalar(LocatedNode.Kind.DECIMAL, path, line, column, parser.getText());
        }
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return LocatedNode.scalar(LocatedNode.Kind.BOOLEAN, path, line, column, token == JsonToken.VALUE_TRUE);
        }
        if (token == JsonToken.VALUE_NULL) {
            return LocatedNode.scalar(LocatedNode.Kind.NULL, path, line, column, null);
        }
        throw new SourceException(SourcePosition.of(file, line, column).at(path),
                "unsupported " + syntax.label + " value (" + token + ")");
    }

    /**
     * The path of the object or list the parser was in, as {@code flows[2]}. The innermost object's current key
     * is left out: when the input breaks, it is often the key before the fault, not the one at fault.
     */
    private static String contextPath(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null && c != context) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /**
     * The parser's message on one line. SnakeYAML's messages span lines ("while parsing a flow sequence", the
     * position and a snippet with a caret, then the problem); the positions and snippets are dropped, since the
     * exception names the position, and the rest is joined with "; ".
     */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable input";
        }
        List<String> parts = new ArrayList<>();
        String[] lines = message.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.matches("in '.*', line \\d+, column \\d+:?")) {
                i += line.endsWith(":") ? 2 : 0;
            } else if (!line.isEmpty()) {
                parts.add(line);
            }
        }
        return String.join("; ", parts);
    }
}
