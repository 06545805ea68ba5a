package dev.tmj.python.value;

import dev.tmj.model.ModelObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Python's {@code repr()}: in full, as {@link Py#repr} gives it, or {@linkplain #abbreviated abbreviated} for error
 * messages. Both write Python's builtin values (None, bool, int, float, str, list, tuple, set, dict) exactly as
 * CPython 3.11 does; they differ in how long strings and containers may grow and in how other objects are shown.
 */
public final class Repr {
    /** CPython's repr; other objects as {@link #object} shows them. */
    static final Repr FULL = new Repr(Integer.MAX_VALUE, Integer.MAX_VALUE, Repr::object);

    private final int maxString;
    private final int maxItems;
    private final Function<Object, String> objects;

    private Repr(int maxString, int maxItems, Function<Object, String> objects) {
        this.maxString = maxString;
        this.maxItems = maxItems;
        this.objects = objects;
    }

    /**
     * A repr for messages: a str longer than {@code maxString} characters keeps its first {@code maxString - 3} and
     * ends in {@code ...}; a list, tuple or set shows its first {@code maxItems} items and then {@code ...}; values
     * that are not of a builtin type are written by {@code objects}.
     */
    public static Repr abbreviated(int maxString, int maxItems, Function<Object, String> objects) {
        return new Repr(maxString, maxItems, objects);
    }

    /** The repr of a value. */
    public String of(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Long) {
            return value.toString();
        }
        if (value instanceof Double d) {
            return floatRepr(d);
        }
        if (value instanceof String s) {
            return string(s.length() > maxString ? s.substring(0, maxString - 3) + "..." : s);
        }
        if (value instanceof List<?> list) {
            return items("[", list, "]");
        }
        if (value instanceof PyTuple t) {
            return t.items().size() == 1 ? "(" + of(t.items().get(0)) + ",)" : items("(", t.items(), ")");
        }
        if (value instanceof Set<?> set) {
            return set.isEmpty() ? "set()" : items("{", set, "}");
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (out.length() > 1) {
                    out.append(", ");
                }
                out.append(of(e.getKey())).append(": ").append(of(e.getValue()));
            }
            return out.append('}').toString();
        }
        return objects.apply(value);
    }

    private String items(String open, Iterable<?> items, String close) {
        StringBuilder out = new StringBuilder(open);
        int count = 0;
        for (Object item : items) {
            if (count > 0) {
                out.append(", ");
            }
            if (count == maxItems) {
                out.append("...");
                break;
            }
            out.append(of(item));
            count++;
        }
        return out.append(close).toString();
    }

    /** The full repr of what is not a builtin: an enumeration member as Python's Enum writes it, a model object. */
    private static String object(Object value) {
        if (value instanceof PyObject o) {
            return o.repr();
        }
        if (value instanceof Enum<?> e) {
            return "<" + str(e) + ": " + FULL.of(Py.enumValue(e)) + ">";
        }
        if (value instanceof ModelObject m) {
            // pytm's str(); its repr adds the module and a memory address, which tmj's views show (without it).
            return m.label();
        }
        return String.valueOf(value);
    }

    /** Python's {@code str()}: the repr, but for a str itself, objects' own str and enumeration members by name. */
    static String str(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Enum<?> e) {
            return Py.typeName(e) + "." + e.name();
        }
        if (value instanceof PyObject o) {
            return o.str();
        }
        return FULL.of(value);
    }

    /** Python's {@code repr()} of a str: single quotes unless only double quotes avoid escaping. */
    private static String string(String s) {
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

    /** Python's {@code ascii()} of a repr: every non-ASCII character escaped. */
    static String ascii(String repr) {
        StringBuilder out = new StringBuilder(repr.length());
        int i = 0;
        while (i < repr.length()) {
            int cp = repr.codePointAt(i);
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

    /**
     * Python's {@code repr()} of a float: the shortest digits that read back the same, in positional notation from
     * 1e-4 up to 1e16 and in exponent notation outside.
     */
    private static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = Double.doubleToRawLongBits(d) < 0 ? "-" : "";
        if (d == 0) {
            return sign + "0.0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int point = digits.length() - shortest.scale(); // value = 0.digits * 10^point
        if (point <= -4 || point > 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int exponent = point - 1;
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+")
                    + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        }
        if (point <= 0) {
            return sign + "0." + "0".repeat(-point) + digits;
        }
        if (point >= digits.length()) {
            return sign + digits + "0".repeat(point - digits.length()) + ".0";
        }
        return sign + digits.substring(0, point) + "." + digits.substring(point);
    }
}
