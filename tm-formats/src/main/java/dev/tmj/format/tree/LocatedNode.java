package dev.tmj.format.tree;

import java.util.Collections;
import java.util.List;

/**
 * A JSON or YAML value with the line, column and path where it was written: what Jackson's tree model loses.
 * {@link LocatedTreeReader} builds it; the model binder reads it. Free of Jackson on purpose.
 */
public final class LocatedNode {
    public enum Kind { OBJECT, ARRAY, STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    /** One key of an object, with the position of the key itself. */
    public record Field(String key, int line, int column, LocatedNode value) {
    }

    private final Kind kind;
    /**
     * Where the value sits: the object or list that holds it (null for the document) and its key there, or its
     * index when the key is null. Its path is written out only when an error names it, since building a path string
     * for each of a large model's million values took more time than the parsing; the parent is the holder itself,
     * not a separate record of the place, one object less for each value.
     */
    private final LocatedNode parent;
    private final String key;
    private final int index;
    private final int line;
    private final int column;
    /**
     * A scalar's value, an object's fields or a list's items, by {@link #kind}: one field for the three, since a
     * value is only ever one of them (a large model's million values, eight bytes less each).
     */
    private final Object content;

    private LocatedNode(Kind kind, LocatedNode parent, String key, int index, int line, int column, Object content) {
        this.kind = kind;
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.line = line;
        this.column = column;
        this.content = content;
    }

    static LocatedNode scalar(Kind kind, LocatedNode parent, String key, int index, int line, int column,
            Object value) {
        return new LocatedNode(kind, parent, key, index, line, column, value);
    }

    /** An object whose fields the reader adds to {@code fields} after making it (its values point to it). */
    static LocatedNode object(LocatedNode parent, String key, int index, int line, int column, List<Field> fields) {
        return new LocatedNode(Kind.OBJECT, parent, key, index, line, column, Collections.unmodifiableList(fields));
    }

    /** A list whose items the reader adds to {@code items} after making it. */
    static LocatedNode array(LocatedNode parent, String key, int index, int line, int column,
            List<LocatedNode> items) {
        return new LocatedNode(Kind.ARRAY, parent, key, index, line, column, Collections.unmodifiableList(items));
    }

    /** The path of the value at {@code key} (or item {@code index}) of {@code parent}; empty for the document. */
    static String pathOf(LocatedNode parent, String key, int index) {
        if (parent == null) {
            return "";
        }
        String above = parent.path();
        return key != null ? child(above, key) : item(above, index);
    }

    public Kind kind() {
        return kind;
    }

    /** Where the value sits in the document, for example {@code flows[3].sink}; empty for the root. */
    public String path() {
        return pathOf(parent, key, index);
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public boolean is(Kind k) {
        return kind == k;
    }

    /** The fields of an object, in document order. */
    @SuppressWarnings("unchecked")
    public List<Field> fields() {
        return kind == Kind.OBJECT ? (List<Field>) content : List.of();
    }

    /** The field with this key, or null. */
    public Field field(String key) {
        List<Field> fields = fields();
        for (int i = 0; i < fields.size(); i++) { // no iterator: the binder asks for each of a large model's keys
            Field f = fields.get(i);
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }

    /** The value of the field with this key, or null when the object has no such key. */
    public LocatedNode get(String key) {
        Field f = field(key);
        return f == null ? null : f.value();
    }

    @SuppressWarnings("unchecked")
    public List<LocatedNode> items() {
        return kind == Kind.ARRAY ? (List<LocatedNode>) content : List.of();
    }

    /** The text of a string. */
    public String text() {
        return (String) scalar();
    }

    /** The value of a string, integer (Long or BigInteger), decimal (its text) or boolean; null for null. */
    public Object scalar() {
        return kind == Kind.OBJECT || kind == Kind.ARRAY ? null : content;
    }

    /** The value for an error message: {@code string "443"}, {@code number 1.5}, {@code a list} ... */
    public String describe() {
        return switch (kind) {
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case STRING -> "string \"" + content + "\"";
            case INTEGER, DECIMAL -> "number " + content;
            case BOOLEAN -> String.valueOf(content);
            case NULL -> "null";
        };
    }

    /** A child path: {@code parent.key}. */
    public static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** An item path: {@code parent[index]}. */
    public static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
