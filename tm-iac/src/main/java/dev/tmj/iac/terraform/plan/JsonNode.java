package dev.tmj.iac.terraform.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value of a plan with the line and column where it starts: what {@link PlanJsonReader} makes, so that
 * everything after the parse is free of Jackson.
 */
sealed interface JsonNode {
    int line();

    int column();

    /** An object; its fields in the order written (no key twice). */
    record Obj(Map<String, JsonNode> fields, int line, int column) implements JsonNode {
        public Obj {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        JsonNode get(String key) {
            return fields.get(key);
        }

        /** The field's string, or null when it is absent or not a string. */
        String text(String key) {
            return fields.get(key) instanceof Scalar s && s.value() instanceof String text ? text : null;
        }
    }

    record Arr(List<JsonNode> items, int line, int column) implements JsonNode {
        public Arr {
            items = List.copyOf(items);
        }
    }

    /**
     * A string ({@link String}), number ({@link java.math.BigDecimal}), boolean ({@link Boolean}) or null
     * ({@code value} null).
     */
    record Scalar(Object value, int line, int column) implements JsonNode {
    }

    /** Whether the node is JSON {@code true}. */
    static boolean isTrue(JsonNode node) {
        return node instanceof Scalar s && Boolean.TRUE.equals(s.value());
    }

    /** The JSON type's name, for messages. */
    static String kind(JsonNode node) {
        if (node instanceof Obj) {
            return "an object";
        }
        if (node instanceof Arr) {
            return "a list";
        }
        Object value = ((Scalar) node).value();
        return value == null ? "null" : value instanceof String ? "a string" : value instanceof Boolean ? "a boolean"
                : "a number";
    }
}
