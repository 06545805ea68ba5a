package dev.tmj.python.value;

import dev.tmj.model.Controls;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.OrderedLevel;
import dev.tmj.model.ValuedEnum;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Python's operations on values, in the representation the {@linkplain dev.tmj.python.value package} describes:
 * {@code bool(x)}, {@code ==}, {@code is}, {@code <}, {@code in}, {@code iter(x)}, {@code type(x).__name__},
 * {@code str(x)}, {@code repr(x)}, {@code ascii(x)} and {@code format(x, spec)}. Where Python raises, these throw a
 * {@link PyError} with Python's exception class and message.
 *
 * <p>The condition engine calls the comparisons and {@link #truthy} for every threat and element, so they test
 * the common types (bool, int, str) first and allocate nothing.
 */
public final class Py {
    private Py() {
    }

    /** Python's {@code bool(x)}: None, False, 0, 0.0, empty str and empty containers are false. */
    public static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Long l) {
            return l != 0;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Double d) {
            return d != 0.0;
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof PyTuple t) {
            return !t.items().isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (value instanceof PyObject o) {
            return o.truthy();
        }
        return true;
    }

    /** Python's {@code a == b}. */
    public static boolean eq(Object a, Object b) {
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
        if (a instanceof PyTuple ta && b instanceof PyTuple tb) {
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
    public static boolean is(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long la && b instanceof Long lb) {
            return la.longValue() == lb.longValue() && la >= -5 && la <= 256;
        }
        return a instanceof String && a.equals(b);
    }

    /** Python's ordering comparisons; {@code op} is one of {@code < <= > >=}. */
    public static boolean order(String op, Object a, Object b) {
        int c = compare(op, a, b);
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    /**
     * How {@code a} orders against {@code b}: numbers, strings, lists and tuples, and members of the same ordered
     * pytm enumeration ({@code Classification}, {@code TLSVersion}).
     *
     * @param op the operator, for the message
     * @throws PyError a TypeError for values Python does not order
     */
    public static int compare(String op, Object a, Object b) {
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
        if (a instanceof PyTuple ta && b instanceof PyTuple tb) {
            return compareSequences(op, ta.items(), tb.items());
        }
        throw PyError.type("'" + op + "' not supported between instances of '" + typeName(a) + "' and '"
                + typeName(b) + "'");
    }

    private static int compareSequences(String op, List<?> a, List<?> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!eq(a.get(i), b.get(i))) {
                return compare(op, a.get(i), b.get(i));
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Python's {@code item in container}; a list of pytm Data also contains the name of each. */
    public static boolean contains(Object container, Object item) {
        if (container instanceof String s) {
            if (!(item instanceof String sub)) {
                throw PyError.type("'in <string>' requires string as left operand, not " + typeName(item));
            }
            return s.contains(sub);
        }
        if (container instanceof Map<?, ?> map) {
            return map.keySet().stream().anyMatch(k -> eq(k, item));
        }
        if (container instanceof PyTuple t) {
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
        throw PyError.type("argument of type '" + typeName(container) + "' is not iterable");
    }

    /** Python's {@code iter(x)}: the items of a list, tuple or set, a dict's keys, a string's characters. */
    public static Iterable<?> iterate(Object value) {
        if (value instanceof Collection<?> c) {
            return c;
        }
        if (value instanceof PyTuple t) {
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
        throw PyError.type("'" + typeName(value) + "' object is not iterable");
    }

    /** Whether a value is a number: an int, a float or a bool (Python's bool is an int). */
    public static boolean isNumber(Object value) {
        return value instanceof Long || value instanceof Double || value instanceof Boolean;
    }

    /** An int or bool as a long; True is 1. */
    public static long toLong(Object value) {
        return value instanceof Boolean b ? (b ? 1 : 0) : (Long) value;
    }

    /** A number as a double. */
    public static double toDouble(Object value) {
        return value instanceof Double d ? d : toLong(value);
    }

    /** Python's {@code type(x).__name__}: {@code int}, {@code NoneType}, {@code Server}, {@code Classification}. */
    public static String typeName(Object value) {
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
        if (value instanceof PyTuple) {
            return "tuple";
        }
        if (value instanceof Set<?>) {
            return "set";
        }
        if (value instanceof Map<?, ?>) {
            return "dict";
        }
        if (value instanceof PyObject o) {
            return o.typeName();
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
            // tmj's enumerations carry pytm's class names.
            return e.getDeclaringClass().getSimpleName();
        }
        return value.getClass().getSimpleName();
    }

    /** The {@code .value} of a pytm enumeration member: a string, or the level of an ordered one. */
    public static Object enumValue(Enum<?> member) {
        if (member instanceof ValuedEnum v) {
            return v.value();
        }
        if (member instanceof OrderedLevel level) {
            return (long) level.level();
        }
        return member.name();
    }

    /**
     * Python's {@code str(x)}: a str itself, {@code True}, {@code None}, {@code 42}, {@code Classification.SECRET},
     * a model object as pytm prints it ({@code Server(Web)}), a container as its repr.
     */
    public static String str(Object value) {
        return Repr.str(value);
    }

    /** Python's {@code repr(x)}, as CPython 3.11 writes it: {@code 'it'}, {@code "it's"}, {@code [1, (2,)]}. */
    public static String repr(Object value) {
        return Repr.FULL.of(value);
    }

    /** Python's {@code ascii(x)}: the repr with every non-ASCII character escaped. */
    public static String ascii(Object value) {
        return Repr.ascii(repr(value));
    }

    /**
     * Python's {@code format(x, spec)} for what pytm models hold: str and enumeration members (which format their
     * str), int and bool; an empty spec is {@code str(x)}. Other values refuse a spec, as Python's
     * {@code object.__format__} does.
     *
     * @throws PyError a ValueError for a bad spec, a TypeError for a spec on another value
     */
    public static String format(Object value, String spec) {
        if (spec.isEmpty()) {
            return str(value);
        }
        if (value instanceof String s) {
            return FormatSpec.formatString(s, spec, "str");
        }
        if (value instanceof Enum<?> e) {
            // A pure Enum formats its str() as a string.
            return FormatSpec.formatString(str(e), spec, typeName(e));
        }
        if (value instanceof Boolean b) {
            return FormatSpec.formatInt(b ? 1 : 0, spec, "bool");
        }
        if (value instanceof Long l) {
            return FormatSpec.formatInt(l, spec, "int");
        }
        throw PyError.type("unsupported format string passed to " + typeName(value) + ".__format__");
    }
}
