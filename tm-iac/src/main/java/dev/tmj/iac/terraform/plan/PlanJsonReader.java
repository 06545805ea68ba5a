package dev.tmj.iac.terraform.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.tmj.model.Excerpt;
import dev.tmj.model.SourcePosition;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses a plan's JSON with Jackson's streaming parser into {@link JsonNode}s that keep the line and column where
 * each value starts. Only what tmj reads is kept: the parts of the plan that hold prior and planned values in full
 * ({@code prior_state}, {@code resource_drift}, a change's {@code before} and {@code after} ...) are parsed, so
 * that malformed JSON anywhere is an error, but not stored, so that they neither cost memory nor carry their
 * secrets any further (a top-level key not read is kept as a null, so that its presence is known). Every problem becomes a {@link PlanException} at its line and column.
 */
final class PlanJsonReader {
    /** Objects and lists nest at most this deep; a plan of nested modules and values needs far less. */
    static final int MAX_DEPTH = 200;
    /** The largest exponent, either way, of a number read. */
    static final int MAX_EXPONENT = 1000;

    /** The top-level keys tmj reads. */
    private static final Set<String> TOP_LEVEL = Set.of("format_version", "terraform_version", "variables",
            "planned_values", "resource_changes", "configuration");
    /** The keys of a resource change's {@code change} tmj reads: no values, only which are unknown or sensitive. */
    private static final Set<String> CHANGE = Set.of("actions", "after_unknown", "after_sensitive");

    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(TerraformPlan.MAX_FILE_BYTES)
            .maxStringLength((int) TerraformPlan.MAX_FILE_BYTES)
            // one more than tmj's own check, so that tmj's message (with the path) is the one a user sees
            .maxNestingDepth(MAX_DEPTH + 1)
            .build()).build();

    private final JsonParser parser;
    private final String file;
    /** The keys (an array item is "[]") from the root to the value being read. */
    private final Deque<String> path = new ArrayDeque<>();

    private PlanJsonReader(JsonParser parser, String file) {
        this.parser = parser;
        this.file = file;
    }

    /** The document's root value, which is an object. */
    static JsonNode.Obj read(byte[] bytes, String file) throws PlanException {
        JsonParser parser = null;
        try {
            parser = JSON.createParser(bytes);
            return new PlanJsonReader(parser, file).document();
        } catch (JsonProcessingException e) {
            // a StreamConstraintsException has no location of its own: the parser's is where it stopped
            JsonLocation at = e.getLocation() != null ? e.getLocation()
                    : parser != null ? parser.currentLocation() : null;
            JsonParser from = e.getProcessor() instanceof JsonParser p ? p : parser;
            String problem = e instanceof StreamConstraintsException
                    ? "JSON over a limit: " + oneLine(e.getOriginalMessage()).replaceAll(", from `[^`]*`\\)", ")")
                    : "malformed JSON: " + Excerpt.parserMessage(oneLine(e.getOriginalMessage()));
            throw new PlanException(SourcePosition.of(file, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr()).at(contextPath(from == null ? null : from.getParsingContext())),
                    problem);
        } catch (IOException e) {
            throw new PlanException(SourcePosition.of(file, 0, 0), "cannot read the plan: " + e.getMessage());
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // a parser over bytes has nothing to release
                }
            }
        }
    }

    private JsonNode.Obj document() throws IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            JsonLocation at = parser.currentTokenLocation();
            throw new PlanException(SourcePosition.of(file, first == null ? 1 : at.getLineNr(),
                    first == null ? 1 : at.getColumnNr()), first == null ? "the file is empty; expected a Terraform"
                            + " plan's JSON object" : "expected a Terraform plan's JSON object, found " + first.asString());
        }
        JsonNode.Obj root = (JsonNode.Obj) value(1);
        JsonToken after = parser.nextToken();
        if (after != null) {
            JsonLocation at = parser.currentTokenLocation();
            throw new PlanException(SourcePosition.of(file, at.getLineNr(), at.getColumnNr()),
                    "unexpected content after the plan's JSON object");
        }
        return root;
    }

    /** The value at the current token; leaves the parser on its last token. */
    private JsonNode value(int depth) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        if (depth > MAX_DEPTH && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
            throw new PlanException(SourcePosition.of(file, line, column).at(path()),
                    "objects and lists nest more than " + MAX_DEPTH + " levels deep, more than any plan needs");
        }
        // if-chains, not switches: a switch over a Jackson enum compiles to a synthetic class that uses Jackson.
        if (token == JsonToken.START_OBJECT) {
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonLocation keyAt = parser.currentTokenLocation();
                parser.nextToken();
                path.addLast(key);
                try {
                    if (!kept()) {
                        parser.skipChildren();
                        if (path.size() == 1) {
                            // only its presence is kept: a state's "values" tells a state from a plan
                            fields.putIfAbsent(key, new JsonNode.Scalar(null, keyAt.getLineNr(), keyAt.getColumnNr()));
                        }
                    } else if (fields.containsKey(key)) {
                        throw new PlanException(SourcePosition.of(file, keyAt.getLineNr(), keyAt.getColumnNr())
                                .at(path()), "duplicate key \"" + Excerpt.of(key) + "\"");
                    } else {
                        fields.put(key, value(depth + 1));
                    }
                } finally {
                    path.removeLast();
                }
            }
            return new JsonNode.Obj(fields, line, column);
        }
        if (token == JsonToken.START_ARRAY) {
            List<JsonNode> items = new ArrayList<>();
            path.addLast("[" + 0 + "]");
            try {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    path.removeLast();
                    path.addLast("[" + items.size() + "]");
                    items.add(value(depth + 1));
                }
            } finally {
                path.removeLast();
            }
            return new JsonNode.Arr(items, line, column);
        }
        if (token == JsonToken.VALUE_STRING) {
            return new JsonNode.Scalar(parser.getText(), line, column);
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return new JsonNode.Scalar(number(line, column), line, column);
        }
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return new JsonNode.Scalar(token == JsonToken.VALUE_TRUE, line, column);
        }
        if (token == JsonToken.VALUE_NULL) {
            return new JsonNode.Scalar(null, line, column);
        }
        throw new PlanException(SourcePosition.of(file, line, column).at(path()), "unexpected JSON token " + token);
    }

    /**
     * The number at the current token, within 10^±{@value #MAX_EXPONENT}: a plan's numbers are ports, sizes and
     * counts, and a number such as {@code 1e999999999} would cost gigabytes the first time a mapping asked for its
     * integer value.
     */
    private BigDecimal number(int line, int column) throws IOException {
        BigDecimal number;
        try {
            number = parser.getDecimalValue();
        } catch (NumberFormatException e) {
            number = null; // an exponent beyond Java's int range
        }
        if (number == null || number.signum() != 0 && Math.abs((long) number.precision() - number.scale()) > MAX_EXPONENT
                || Math.abs((long) number.scale()) > MAX_EXPONENT) {
            throw new PlanException(SourcePosition.of(file, line, column).at(path()), "number too large or too"
                    + " small: tmj reads numbers within 10^±" + MAX_EXPONENT);
        }
        return number;
    }

    /**
     * Whether the value at {@link #path} is stored: every top-level key tmj reads, and of a resource change only
     * which values are unknown or sensitive, never the values themselves.
     */
    private boolean kept() {
        if (path.size() == 1) {
            return TOP_LEVEL.contains(path.peekLast());
        }
        if (path.size() == 4 && "resource_changes".equals(path.peekFirst())) {
            List<String> keys = new ArrayList<>(path);
            return !keys.get(2).equals("change") || CHANGE.contains(keys.get(3));
        }
        return true;
    }

    /** The JSON path of {@link #path}: {@code planned_values.root_module.resources[2]}. */
    private String path() {
        StringBuilder out = new StringBuilder();
        for (String key : path) {
            if (key.startsWith("[")) {
                out.append(key);
            } else {
                out.append(out.length() == 0 ? "" : ".").append(Excerpt.of(key));
            }
        }
        return out.toString();
    }

    /** The path of the object or list the parser was in when it failed, as {@code resource_changes[2]}. */
    private static String contextPath(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null && c != context) {
                parts.push("." + Excerpt.of(c.getCurrentName()));
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }

    private static String oneLine(String message) {
        return message == null || message.isBlank() ? "unreadable input" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
