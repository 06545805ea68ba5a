package dev.tmj.ticket;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tmj.http.ApiException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tracker's JSON answer as plain Java values (objects as ordered maps, arrays as lists, strings, booleans, numbers
 * as their text, null), which the trackers read with the small accessors below. An answer that is not JSON is an
 * {@link ApiException}: the service said something tmj cannot read.
 */
final class JsonTreeReader {
    private static final JsonFactory JSON = new JsonFactory();
    /** Deeper than this is not a tracker's answer. */
    private static final int MAX_DEPTH = 64;

    private JsonTreeReader() {
    }

    static Object read(String json, String service, String what) {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() == null) {
                throw unreadable(service, what, null);
            }
            return value(p, 0);
        } catch (IOException e) {
            throw unreadable(service, what, e);
        }
    }

    private static Object value(JsonParser p, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("nested too deeply");
        }
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                map.put(name, value(p, depth + 1));
            }
            return map;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(p, depth + 1));
            }
            return list;
        }
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        return p.getText();
    }

    /** The object's field as an object, or an empty map. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object node, String field) {
        Object v = node instanceof Map<?, ?> m ? m.get(field) : null;
        return v instanceof Map<?, ?> ? (Map<String, Object>) v : Map.of();
    }

    /** The object's field as a list, or an empty list. */
    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, String field) {
        Object v = node instanceof Map<?, ?> m ? m.get(field) : null;
        return v instanceof List<?> ? (List<Object>) v : List.of();
    }

    /** The node itself as a list of objects, or fails naming what was expected. */
    @SuppressWarnings("unchecked")
    static List<Object> array(Object node, String service, String what) {
        if (node instanceof List<?>) {
            return (List<Object>) node;
        }
        throw unreadable(service, what, null);
    }

    /** The object's field as text (a string, number or boolean), or empty. */
    static Optional<String> text(Object node, String field) {
        Object v = node instanceof Map<?, ?> m ? m.get(field) : null;
        return v == null || v instanceof Map<?, ?> || v instanceof List<?> ? Optional.empty()
                : Optional.of(String.valueOf(v));
    }

    /** Whether the object has this field at all (GitHub's {@code pull_request} on a pull request). */
    static boolean has(Object node, String field) {
        return node instanceof Map<?, ?> m && m.containsKey(field);
    }

    static ApiException unreadable(String service, String what, IOException cause) {
        return new ApiException(service + " answered with something other than " + what
                + (cause == null ? "" : " (not JSON)"), 0, cause);
    }
}
