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

    /**
     * Where a value sits, as a chain of keys and indexes: its path is written out only when an error names it,
     * since building a path string for each of a large model's million values took more time than the parsing.
     */
    static final class Place {
        static final Place ROOT = new Place(null, null, -1);

        private final Place parent;
        private final String key;
        private final int index;

        private Place(Place parent, String key, int index) {
            this.parent = parent;
            this.key = key;
            this.index = index;
        }

        Place child(String childKey) {
            return new Place(this, childKey, -1);
        }

        Place item(int itemIndex) {
            return new Place(this, null, itemIndex);
        }

        /** The path, for example {@code flows[3].sink}; empty for the root. */
        String path() {
            if (parent == null) {
                return "";
            }
            String above = parent.path();
            return key != null ? LocatedNode.child(above, key) : LocatedNode.item(above, index);
        }
    }

    private final Kind kind;
    private final Place place;
    private final int line;
    private final int column;
    private final Object scalar;
    private final List<Field> fields;
    private final List<LocatedNode> items;

    private LocatedNode(Kind kind, Place place, int line, int column, Object scalar, List<Field> fields,
            List<LocatedNode> items) {
        this.kind = kind;
        this.place = place;
        this.line = line;
        this.column = column;
        this.scalar = scalar;
        this.fields = fields;
        this.items = items;
    }

    static LocatedNode scalar(Kind kind, Place path, int line, int column, Object value) {
        return new LocatedNode(kind, path, line, column, value, List.of(), List.of());
    }

    static LocatedNode object(Place path, int line, int column, List<Field> fields) {
        return new LocatedNode(Kind.OBJECT, path, line, column, null, Collections.unmodifiableList(fields),
                List.of());
    }

    static LocatedNode array(Place path, int line, int column, List<LocatedNode> items) {
        return new LocatedNode(Kind.ARRAY, path, line, column, null, List.of(),
                Collections.unmodifiableList(items));
    }

    public Kind kind() {
        return kind;
    }

    /** Where the value sits in the document, for example {@code flows[3].sink}; empty for the root. */
    public String path() {
        return place.path();
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
    public List<Field> fields() {
        return fields;
    }

    /** The field with this key, or null. */
    public Field field(String key) {
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

    public List<LocatedNode> items() {
        return items;
    }

    /** The text of a string. */
    public String text() {
        return (String) scalar;
    }

    /** The value of a string, integer (Long or BigInteger), decimal (its text) or boolean; null for null. */
    public Object scalar() {
        return scalar;
    }

    /** The value for an error message: {@code string "443"}, {@code number 1.5}, {@code a list} ... */
    public String describe() {
        return switch (kind) {
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case STRING -> "string \"" + scalar + "\"";
            case INTEGER, DECIMAL -> "number " + scalar;
            case BOOLEAN -> String.valueOf(scalar);
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
