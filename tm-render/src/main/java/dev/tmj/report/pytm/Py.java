package dev.tmj.report.pytm;

import dev.tmj.model.DatastoreType;
import dev.tmj.model.Lifetime;
import dev.tmj.model.OrderedLevel;
import dev.tmj.model.ValuedEnum;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Python's semantics for the values a template sees: {@code str()}, {@code repr()}, truthiness, attribute and item
 * access, iteration, calls and {@code format()}.
 *
 * <p>Values are Java {@link String}, {@link Integer}/{@link Long} (int), {@link Boolean}, tmj's enumerations,
 * {@link #NONE}, {@link List} (list), {@link Tuple}, {@link PySet}, {@link DataSet}, {@link Map} (dict),
 * {@link Method} (a bound method) and {@link PyObject} (model objects).
 */
final class Py {
    /** Python's {@code None}. */
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    /** What {@link PyObject#attribute} returns for a name the object does not have. */
    static final Object MISSING = new Object();

    private Py() {
    }

    /** A tuple, such as the {@code (key, value)} pairs of a dict. */
    record Tuple(List<Object> items) {
    }

    /** A Python set; the items are kept sorted for a stable output. */
    record PySet(List<Object> items) {
    }

    /** pytm's {@code DataSet}: a set of Data whose {@code str()} is the sorted names joined by ", ". */
    record DataSet(List<Object> items, List<String> names) {
    }

    /** A bound method without arguments, such as {@code display_name}. */
    record Method(String owner, String name, Object self, Supplier<Object> body) {
        Object call() {
            Object result = body.get();
            return result == null ? NONE : result;
        }
    }

    // ---------------------------------------------------------------- type names, str, repr

    static String typeName(Object v) {
        if (v == NONE) {
            return "NoneType";
        }
        if (v instanceof String) {
            return "str";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Integer || v instanceof Long) {
            return "int";
        }
        if (v instanceof Enum<?> e) {
            return enumClass(e);
        }
        if (v instanceof List) {
            return "list";
        }
        if (v instanceof Tuple) {
            return "tuple";
        }
        if (v instanceof PySet) {
            return "set";
        }
        if (v instanceof DataSet) {
            return "DataSet";
        }
        if (v instanceof Map) {
            return "dict";
        }
        if (v instanceof Method) {
            return "method";
        }
        if (v instanceof PyObject o) {
            return o.typeName();
        }
        return v.getClass().getSimpleName();
    }

    /**
     * pytm's enumeration class name: tmj's enumerations ({@code Classification}, {@code TLSVersion},
     * {@code Lifetime}, {@code DatastoreType}, {@code Action}) carry pytm's class names.
     */
    static String enumClass(Enum<?> e) {
        return e.getDeclaringClass().getSimpleName();
    }

    static String str(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Enum<?> e) {
            return enumClass(e) + "." + e.name();
        }
        if (v instanceof DataSet d) {
            return String.join(", ", d.names());
        }
        if (v instanceof PyObject o) {
            return o.str();
        }
        if (v == NONE || v instanceof Integer || v instanceof Long) {
            return String.valueOf(v);
        }
        return repr(v);
    }

    static String repr(Object v) {
        if (v instanceof String s) {
            return reprString(s);
        }
        if (v instanceof Boolean || v == NONE || v instanceof Integer || v instanceof Long) {
            return str(v);
        }
        if (v instanceof Enum<?> e) {
            return "<" + str(e) + ": " + repr(enumValue(e)) + ">";
        }
        if (v instanceof List<?> list) {
            return join("[", list, "]");
        }
        if (v instanceof Tuple t) {
            return t.items().size() == 1 ? "(" + repr(t.items().get(0)) + ",)" : join("(", t.items(), ")");
        }
        if (v instanceof PySet s) {
            return s.items().isEmpty() ? "set()" : join("{", s.items(), "}");
        }
        if (v instanceof DataSet d) {
            return d.items().isEmpty() ? "DataSet()" : join("DataSet({", d.items(), "})");
        }
        if (v instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (out.length() > 1) {
                    out.append(", ");
                }
                out.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
            }
            return out.append('}').toString();
        }
        if (v instanceof Method m) {
            return "<bound method " + m.owner() + "." + m.name() + " of " + repr(m.self()) + ">";
        }
        if (v instanceof PyObject o) {
            return o.repr();
        }
        return String.valueOf(v);
    }

    private static String join(String open, Collection<?> items, String close) {
        StringBuilder out = new StringBuilder(open);
        boolean first = true;
        for (Object item : items) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(repr(item));
        }
        return out.append(close).toString();
    }

    /** Python's {@code repr()} of a str. */
    static String reprString(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else {
                escapeCodePoint(out, cp);
            }
        }
        return out.append(quote).toString();
    }

    /** Python's {@code ascii()}: the repr with every non-ASCII character escaped. */
    static String ascii(Object v) {
        String r = repr(v);
        StringBuilder out = new StringBuilder(r.length());
        int i = 0;
        while (i < r.length()) {
            int cp = r.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out.append((char) cp);
            } else {
                escapeCodePoint(out, cp);
            }
        }
        return out.toString();
    }

    private static void escapeCodePoint(StringBuilder out, int cp) {
        if (cp < 0x100) {
            out.append(String.format(Locale.ROOT, "\\x%02x", cp));
        } else if (cp < 0x10000) {
            out.append(String.format(Locale.ROOT, "\\u%04x", cp));
        } else {
            out.append(String.format(Locale.ROOT, "\\U%08x", cp));
        }
    }

    /** Python's {@code str.isprintable()} for one character. */
    private static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    static Object enumValue(Enum<?> e) {
        if (e instanceof ValuedEnum v) {
            return v.value();
        }
        if (e instanceof OrderedLevel level) {
            return level.level();
        }
        return e.name();
    }

    // ---------------------------------------------------------------- truth, calls, iteration

    /** Python's truthiness: None, False, 0, empty str and empty containers are false; objects are true. */
    static boolean truthy(Object v) {
        if (v == NONE) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Integer i) {
            return i != 0;
        }
        if (v instanceof Long l) {
            return l != 0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (v instanceof Tuple t) {
            return !t.items().isEmpty();
        }
        if (v instanceof PySet s) {
            return !s.items().isEmpty();
        }
        if (v instanceof DataSet d) {
            return !d.items().isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    static boolean callable(Object v) {
        return v instanceof Method;
    }

    static Object call(Object v) {
        return ((Method) v).call();
    }

    /**
     * What pytm's {@code repeat:} loops over: a dict's {@code (key, value)} pairs, the items of any other iterable
     * but a string, otherwise nothing.
     */
    static List<?> repeatItems(Object v) {
        if (v instanceof Map<?, ?> map) {
            List<Object> pairs = new ArrayList<>(map.size());
            map.forEach((k, val) -> pairs.add(new Tuple(List.of(k, val == null ? NONE : val))));
            return pairs;
        }
        if (v instanceof List<?> list) {
            return list;
        }
        if (v instanceof Tuple t) {
            return t.items();
        }
        if (v instanceof PySet s) {
            return s.items();
        }
        if (v instanceof DataSet d) {
            return d.items();
        }
        if (v instanceof PyObject o) {
            return o.iterate();
        }
        return List.of();
    }

    // ---------------------------------------------------------------- attribute and item access

    static Object getattr(Object v, String name) {
        Object result = MISSING;
        if (v instanceof PyObject o) {
            result = o.attribute(name);
        } else if (v instanceof Enum<?> e) {
            result = enumAttribute(e, name);
        } else if (v instanceof String s) {
            result = stringMethod(s, name);
        }
        if (result == MISSING) {
            List<String> known = v instanceof PyObject o ? o.attributeNames()
                    : v instanceof Enum<?> ? List.of("name", "value")
                    : v instanceof String ? STRING_METHODS : List.of();
            throw PyError.attribute(v, name, known);
        }
        return result;
    }

    private static Object enumAttribute(Enum<?> e, String name) {
        switch (name) {
            case "name":
                return e.name();
            case "value":
                return enumValue(e);
            case "label":
                if (e instanceof Lifetime || e instanceof DatastoreType) {
                    return new Method(enumClass(e), "label", e, ((ValuedEnum) e)::label);
                }
                return MISSING;
            default:
                return MISSING;
        }
    }

    private static final List<String> STRING_METHODS = List.of("upper", "lower", "title", "capitalize", "strip",
            "lstrip", "rstrip", "swapcase");

    private static Object stringMethod(String s, String name) {
        Supplier<Object> body = switch (name) {
            case "upper" -> () -> s.toUpperCase(Locale.ROOT);
            case "lower" -> () -> s.toLowerCase(Locale.ROOT);
            case "swapcase" -> () -> swapcase(s);
            case "title" -> () -> title(s);
            case "capitalize" -> () -> s.isEmpty() ? s
                    : s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                            + s.substring(s.offsetByCodePoints(0, 1)).toLowerCase(Locale.ROOT);
            case "strip" -> s::strip;
            case "lstrip" -> s::stripLeading;
            case "rstrip" -> s::stripTrailing;
            default -> null;
        };
        return body == null ? MISSING : new Method("str", name, s, body);
    }

    private static String swapcase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(Character.isUpperCase(cp) ? Character.toLowerCase(cp)
                : Character.isLowerCase(cp) ? Character.toUpperCase(cp) : cp));
        return out.toString();
    }

    private static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean previousCased = false;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean cased = Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
            out.appendCodePoint(!cased ? cp : previousCased ? Character.toLowerCase(cp) : Character.toTitleCase(cp));
            previousCased = cased;
        }
        return out.toString();
    }

    /** {@code v[key]}: key is an Integer for all-digit keys, otherwise a String. */
    static Object getitem(Object v, Object key) {
        if (v instanceof List<?> || v instanceof Tuple || v instanceof String) {
            String kind = v instanceof String ? "string" : v instanceof Tuple ? "tuple" : "list";
            if (!(key instanceof Integer index)) {
                throw PyError.type(kind + " indices must be integers" + (v instanceof String ? "" : " or slices")
                        + ", not str");
            }
            if (v instanceof String s) {
                if (index >= s.codePointCount(0, s.length())) {
                    throw new PyError("IndexError", "string index out of range");
                }
                int at = s.offsetByCodePoints(0, index);
                return s.substring(at, s.offsetByCodePoints(at, 1));
            }
            List<?> items = v instanceof Tuple t ? t.items() : (List<?>) v;
            if (index >= items.size()) {
                throw new PyError("IndexError", kind + " index out of range");
            }
            return items.get(index);
        }
        if (v instanceof Map<?, ?> map) {
            Object value = map.get(key);
            if (value == null && !map.containsKey(key)) {
                throw new PyError("KeyError", repr(key));
            }
            return value == null ? NONE : value;
        }
        throw PyError.type("'" + typeName(v) + "' object is not subscriptable");
    }

    /** Python's {@code convert_field}: {@code !s}, {@code !r}, {@code !a}. */
    static Object convert(Object v, char conversion) {
        switch (conversion) {
            case 0:
                return v;
            case 's':
                return str(v);
            case 'r':
                return repr(v);
            case 'a':
                return ascii(v);
            default:
                throw PyError.value("Unknown conversion specifier " + conversion);
        }
    }

    /** Python's {@code format(value, spec)}. */
    static String format(Object v, String spec) {
        if (spec.isEmpty()) {
            return str(v);
        }
        if (v instanceof String s) {
            return FormatSpec.formatString(s, spec, "str");
        }
        if (v instanceof Enum<?> e) {
            // A pure Enum formats its str() as a string.
            return FormatSpec.formatString(str(e), spec, enumClass(e));
        }
        if (v instanceof Boolean b) {
            return FormatSpec.formatInt(b ? 1 : 0, spec, "bool");
        }
        if (v instanceof Integer || v instanceof Long) {
            return FormatSpec.formatInt(((Number) v).longValue(), spec, "int");
        }
        throw PyError.type("unsupported format string passed to " + typeName(v) + ".__format__");
    }
}
