package dev.tmj.condition;

import dev.tmj.model.Controls;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.OrderedLevel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Python's value semantics over tmj's runtime values: None is null; bool, int, float and str are Boolean,
 * Long, Double and String; list is {@link List}, tuple {@link Tuple}, set {@link Set}, dict {@link Map};
 * model objects and enums are themselves.
 */
final class Py {
    private Py() {
    }

    /** Python's {@code bool(x)}. */
    static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Long l) {
            return l != 0;
        }
        if (value instanceof Double d) {
            return d != 0.0;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Tuple t) {
            return !t.items().isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    /** Python's {@code a == b}. */
    static boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Double || b instanceof Double) {
                return toDouble(a) == toDouble(b);
            }
            return toLong(a) == toLong(b);
        }
        if (a instanceof String || b instanceof String) {
            return a.equals(b);
        }
        if (a instanceof Data da && b instanceof Data db) {
            // pytm's Data compares by these four values.
            return Objects.equals(da.get("name"), db.get("name"))
                    && Objects.equals(da.get("description"), db.get("description"))
                    && Objects.equals(da.get("format"), db.get("format"))
                    && da.get("classification") == db.get("classification");
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            return sequenceEq(la, lb);
        }
        if (a instanceof Tuple ta && b instanceof Tuple tb) {
            return sequenceEq(ta.items(), tb.items());
        }
        if (a instanceof Set<?> sa && b instanceof Set<?> sb) {
            return sa.size() == sb.size() && sa.stream().allMatch(x -> contains(sb, x));
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            return ma.equals(mb);
        }
        return false;
    }

    private static boolean sequenceEq(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!eq(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Python's {@code a is b}: identity. Booleans and None are singletons; small ints are cached by CPython
     * (-5 to 256) and equal strings are treated as interned, as CPython does for literals.
     */
    static boolean is(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long la && b instanceof Long lb) {
            return la.longValue() == lb.longValue() && la >= -5 && la <= 256;
        }
        return a instanceof String && a.equals(b);
    }

    /** Python's ordering comparisons; op is one of {@code < <= > >=}. */
    static boolean order(String op, Object a, Object b) {
        int c = compare(op, a, b);
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    static int compare(String op, Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Double || b instanceof Double) {
                return Double.compare(toDouble(a), toDouble(b));
            }
            return Long.compare(toLong(a), toLong(b));
        }
        if (a instanceof String sa && b instanceof String sb) {
            return sa.compareTo(sb);
        }
        if (a instanceof OrderedLevel la && b instanceof OrderedLevel lb && a.getClass() == b.getClass()) {
            return Integer.compare(la.level(), lb.level());
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            return compareSequences(op, la, lb);
        }
        if (a instanceof Tuple ta && b instanceof Tuple tb) {
            return compareSequences(op, ta.items(), tb.items());
        }
        throw new EvaluationException("'" + op + "' not supported between instances of '" + typeName(a)
                + "' and '" + typeName(b) + "'");
    }

    private static int compareSequences(String op, List<?> a, List<?> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!eq(a.get(i), b.get(i))) {
                return compare(op, a.get(i), b.get(i));
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Python's {@code item in container}. */
    static boolean contains(Object container, Object item) {
        if (container instanceof String s) {
            if (!(item instanceof String sub)) {
                throw new EvaluationException("'in <string>' requires string as left operand, not " + typeName(item));
            }
            return s.contains(sub);
        }
        if (container instanceof Map<?, ?> map) {
            return map.keySet().stream().anyMatch(k -> eq(k, item));
        }
        if (container instanceof Tuple t) {
            container = t.items();
        }
        if (container instanceof Collection<?> items) {
            for (Object candidate : items) {
                if (eq(candidate, item) || item instanceof String name && candidate instanceof Data d
                        && name.equals(d.name())) {
                    // pytm's DataSet also answers "name" in data by the data item's name.
                    return true;
                }
            }
            return false;
        }
        throw new EvaluationException("argument of type '" + typeName(container) + "' is not iterable");
    }

    /** Python's {@code iter(x)} for the iterable types conditions meet. */
    static Iterable<?> iterate(Object value) {
        if (value instanceof Collection<?> c) {
            return c;
        }
        if (value instanceof Tuple t) {
            return t.items();
        }
        if (value instanceof Map<?, ?> m) {
            return m.keySet();
        }
        if (value instanceof String s) {
            List<Object> chars = new ArrayList<>(s.length());
            s.codePoints().forEach(cp -> chars.add(new String(Character.toChars(cp))));
            return chars;
        }
        throw new EvaluationException("'" + typeName(value) + "' object is not iterable");
    }

    static boolean isNumber(Object value) {
        return value instanceof Long || value instanceof Double || value instanceof Boolean;
    }

    static long toLong(Object value) {
        return value instanceof Boolean b ? (b ? 1 : 0) : (Long) value;
    }

    static double toDouble(Object value) {
        return value instanceof Double d ? d : toLong(value);
    }

    /** Python's type name of a value, for error messages. */
    static String typeName(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Long) {
            return "int";
        }
        if (value instanceof Double) {
            return "float";
        }
        if (value instanceof String) {
            return "str";
        }
        if (value instanceof List<?>) {
            return "list";
        }
        if (value instanceof Tuple) {
            return "tuple";
        }
        if (value instanceof Set<?>) {
            return "set";
        }
        if (value instanceof Map<?, ?>) {
            return "dict";
        }
        if (value instanceof Element e) {
            return e.type().pytmName();
        }
        if (value instanceof Data) {
            return "Data";
        }
        if (value instanceof Controls) {
            return "Controls";
        }
        if (value instanceof Enum<?> e) {
            return e.getDeclaringClass().getSimpleName();
        }
        if (value instanceof PyClass) {
            return "type";
        }
        return value.getClass().getSimpleName();
    }

    /** Python's {@code repr(x)}, close enough for messages. */
    static String repr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof String s) {
            return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (value instanceof Enum<?> e) {
            return e.getDeclaringClass().getSimpleName() + "." + e.name();
        }
        if (value instanceof List<?> l) {
            return reprItems(l, "[", "]");
        }
        return String.valueOf(value);
    }

    static String reprItems(List<?> items, String open, String close) {
        StringBuilder out = new StringBuilder(open);
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(repr(items.get(i)));
        }
        return out.append(close).toString();
    }
}
