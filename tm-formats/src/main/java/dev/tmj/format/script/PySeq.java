package dev.tmj.format.script;

import dev.tmj.model.Assumption;
import dev.tmj.model.ModelObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;

/**
 * A Python list, tuple or set as a script value; items may be None. Also home of {@link #describe}, which
 * names any script value the way Python would in an error message.
 */
record PySeq(Kind kind, List<Object> items) {
    enum Kind {
        LIST("[", "]"), TUPLE("(", ")"), SET("{", "}");

        private final String open;
        private final String close;

        Kind(String open, String close) {
            this.open = open;
            this.close = close;
        }

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    PySeq {
        items = Collections.unmodifiableList(new ArrayList<>(items));
    }

    /** A value read from the model, as the script sees it: collections as lists or sets. */
    static Object fromModel(Object value) {
        if (value instanceof Collection<?> collection) {
            List<Object> items = new ArrayList<>();
            collection.forEach(item -> items.add(fromModel(item)));
            return new PySeq(value instanceof java.util.Set ? Kind.SET : Kind.LIST, items);
        }
        return value;
    }

    /** Type and value, for messages: {@code str 'x'}, {@code int 5}, {@code list [1, 2]}, {@code Server(Web)}. */
    static String describe(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean || value instanceof Long || value instanceof Integer || value instanceof Double
                || value instanceof String || value instanceof PySeq) {
            return typeName(value) + " " + repr(value);
        }
        return repr(value);
    }

    private static String typeName(Object value) {
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Long || value instanceof Integer) {
            return "int";
        }
        if (value instanceof Double) {
            return "float";
        }
        if (value instanceof String) {
            return "str";
        }
        return ((PySeq) value).kind.toString();
    }

    /** Python's repr, shortened. */
    static String repr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof String s) {
            String shown = s.length() > 40 ? s.substring(0, 37) + "..." : s;
            return "'" + shown.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
        }
        if (value instanceof PySeq seq) {
            if (seq.kind == Kind.SET && seq.items.isEmpty()) {
                return "set()";
            }
            if (seq.kind == Kind.TUPLE && seq.items.size() == 1) {
                return "(" + repr(seq.items.get(0)) + ",)";
            }
            StringJoiner joiner = new StringJoiner(", ", seq.kind.open, seq.kind.close);
            seq.items.stream().limit(5).forEach(item -> joiner.add(repr(item)));
            if (seq.items.size() > 5) {
                joiner.add("...");
            }
            return joiner.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.getDeclaringClass().getSimpleName() + "." + e.name();
        }
        if (value instanceof ModelObject object) {
            return object.label();
        }
        if (value instanceof Assumption assumption) {
            return "Assumption(" + assumption.name() + ")";
        }
        if (value instanceof PytmSymbol.Module module) {
            return "module " + module.name();
        }
        return String.valueOf(value);
    }
}
