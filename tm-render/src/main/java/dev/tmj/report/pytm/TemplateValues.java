package dev.tmj.report.pytm;

import dev.tmj.model.DatastoreType;
import dev.tmj.model.Lifetime;
import dev.tmj.model.ValuedEnum;
import dev.tmj.python.value.Py;
import dev.tmj.python.value.PyError;
import dev.tmj.python.value.PyTuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a template field does with a value beyond Python's value rules ({@link Py}): attribute and item access as
 * {@code string.Formatter} performs them, calls of bound methods, the {@code !s !r !a} conversions and what pytm's
 * {@code repeat:} loops over. Values are those of {@link dev.tmj.python.value}, plus {@link ObjectView}s and
 * {@link Method}s.
 */
final class TemplateValues {
    private TemplateValues() {
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
            map.forEach((k, val) -> pairs.add(PyTuple.of(k, val)));
            return pairs;
        }
        if (v instanceof List<?> list) {
            return list;
        }
        if (v instanceof PyTuple t) {
            return t.items();
        }
        if (v instanceof Set<?> s) {
            return new ArrayList<>(s);
        }
        if (v instanceof DataSet d) {
            return new ArrayList<>(d.items());
        }
        if (v instanceof ObjectView o) {
            return o.iterate();
        }
        return List.of();
    }

    /** {@code v.name}: an object's attribute, an enumeration member's name, value or label, a string's method. */
    static Object getattr(Object v, String name) {
        Object result = ObjectView.MISSING;
        if (v instanceof ObjectView o) {
            result = o.attribute(name);
        } else if (v instanceof Enum<?> e) {
            result = enumAttribute(e, name);
        } else if (v instanceof String s) {
            result = StringMethods.find(s, name);
        }
        if (result == ObjectView.MISSING) {
            List<String> known = v instanceof ObjectView o ? o.attributeNames()
                    : v instanceof Enum<?> ? List.of("name", "value")
                    : v instanceof String ? StringMethods.NAMES : List.of();
            throw PyError.attribute(v, name, known);
        }
        return result;
    }

    private static Object enumAttribute(Enum<?> e, String name) {
        switch (name) {
            case "name":
                return e.name();
            case "value":
                return Py.enumValue(e);
            case "label":
                if (e instanceof Lifetime || e instanceof DatastoreType) {
                    return new Method(Py.typeName(e), "label", e, ((ValuedEnum) e)::label);
                }
                return ObjectView.MISSING;
            default:
                return ObjectView.MISSING;
        }
    }

    /** {@code v[key]}: key is a Long for all-digit keys, otherwise a String (Python's {@code get_integer}). */
    static Object getitem(Object v, Object key) {
        if (v instanceof List<?> || v instanceof PyTuple || v instanceof String) {
            String kind = v instanceof String ? "string" : v instanceof PyTuple ? "tuple" : "list";
            if (!(key instanceof Long index)) {
                throw PyError.type(kind + " indices must be integers" + (v instanceof String ? "" : " or slices")
                        + ", not str");
            }
            if (v instanceof String s) {
                if (index >= s.codePointCount(0, s.length())) {
                    throw new PyError("IndexError", "string index out of range");
                }
                int at = s.offsetByCodePoints(0, index.intValue());
                return s.substring(at, s.offsetByCodePoints(at, 1));
            }
            List<?> items = v instanceof PyTuple t ? t.items() : (List<?>) v;
            if (index >= items.size()) {
                throw new PyError("IndexError", kind + " index out of range");
            }
            return items.get(index.intValue());
        }
        if (v instanceof Map<?, ?> map) {
            Object value = map.get(key);
            if (value == null && !map.containsKey(key)) {
                throw new PyError("KeyError", Py.repr(key));
            }
            return value;
        }
        throw PyError.type("'" + Py.typeName(v) + "' object is not subscriptable");
    }

    /** Python's {@code convert_field}: {@code !s}, {@code !r}, {@code !a}; 0 for none. */
    static Object convert(Object v, char conversion) {
        switch (conversion) {
            case 0:
                return v;
            case 's':
                return Py.str(v);
            case 'r':
                return Py.repr(v);
            case 'a':
                return Py.ascii(v);
            default:
                throw PyError.value("Unknown conversion specifier " + conversion);
        }
    }
}
