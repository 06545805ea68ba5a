package dev.tmj.format.script;

import dev.tmj.python.Expr;
import dev.tmj.python.value.Py;
import dev.tmj.python.value.PyError;
import dev.tmj.python.value.PyTuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's builtin functions that a script may call, on evaluated arguments: sizes and conversions
 * ({@code len str int float bool abs round}), collections ({@code list tuple set frozenset dict}) and iteration
 * ({@code range enumerate sorted reversed min max sum any all zip map filter}). {@link Reflection} has the
 * type and attribute functions. Every size the script builds is checked against the budgets first.
 */
final class Functions {
    static final Set<String> NAMES = Set.of("len", "range", "enumerate", "str", "int", "float", "bool", "sorted",
            "reversed", "min", "max", "sum", "any", "all", "zip", "map", "filter", "abs", "round", "list", "tuple",
            "set", "frozenset", "dict", "repr");

    private final ScriptInterpreter script;
    private final Builtins builtins;

    Functions(ScriptInterpreter script, Builtins builtins) {
        this.script = script;
        this.builtins = builtins;
    }

    Object call(String name, Args args, Expr at) {
        List<String> keywords = switch (name) {
            case "enumerate", "sum" -> List.of("start");
            case "sorted" -> List.of("key", "reverse");
            case "min", "max" -> List.of("key", "default");
            case "dict" -> List.copyOf(args.keywords().keySet());
            default -> List.of();
        };
        args.onlyKeywords(script, name, keywords, at);
        return switch (name) {
            case "len" -> len(args, at);
            case "range" -> range(args, at);
            case "str" -> {
                args.arity(script, name, 0, 1, at);
                yield args.size() == 0 ? "" : Py.str(args.get(0));
            }
            case "repr" -> {
                args.arity(script, name, 1, 1, at);
                yield Py.repr(args.get(0));
            }
            case "int" -> {
                args.arity(script, name, 0, 1, at);
                yield args.size() == 0 ? 0L : integer(args.get(0), at);
            }
            case "float" -> {
                args.arity(script, name, 0, 1, at);
                yield args.size() == 0 ? 0.0 : floating(args.get(0), at);
            }
            case "bool" -> {
                args.arity(script, name, 0, 1, at);
                yield args.size() != 0 && Py.truthy(args.get(0));
            }
            case "abs" -> {
                args.arity(script, name, 1, 1, at);
                yield abs(args.get(0), at);
            }
            case "round" -> {
                args.arity(script, name, 1, 2, at);
                yield round(args.get(0), args.size() == 2 ? args.get(1) : null, at);
            }
            case "list", "tuple", "set", "frozenset" -> collection(name, args, at);
            case "dict" -> dict(args, at);
            default -> new IterableFunctions(script, builtins).call(name, args, at);
        };
    }

    private Object len(Args args, Expr at) {
        args.arity(script, "len", 1, 1, at);
        Object value = args.get(0);
        if (value instanceof String text) {
            return (long) text.codePointCount(0, text.length());
        }
        if (value instanceof Map<?, ?> map) {
            return (long) map.size();
        }
        if (value instanceof Range range) {
            return range.length();
        }
        Collection<?> items = ScriptValues.items(value);
        if (items == null) {
            throw script.error(at, "object of type '" + Py.typeName(value) + "' has no len()");
        }
        return (long) items.size();
    }

    private Object range(Args args, Expr at) {
        args.arity(script, "range", 1, 3, at);
        for (Object arg : args.positional()) {
            if (!(arg instanceof Long)) {
                throw script.error(at, "'" + Py.typeName(arg) + "' object cannot be interpreted as an integer");
            }
        }
        long start = args.size() == 1 ? 0 : (Long) args.get(0);
        long stop = (Long) args.get(args.size() == 1 ? 0 : 1);
        long step = args.size() == 3 ? (Long) args.get(2) : 1;
        if (step == 0) {
            throw script.error(at, "range() arg 3 must not be zero");
        }
        return new Range(start, stop, step);
    }

    private long integer(Object value, Expr at) {
        if (value instanceof Long || value instanceof Boolean) {
            return Py.toLong(value);
        }
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw script.error(at, "cannot convert float " + Py.str(d) + " to integer");
            }
            return (long) (double) d;
        }
        if (value instanceof String text) {
            try {
                return Long.parseLong(text.strip().replace("_", ""));
            } catch (NumberFormatException e) {
                throw script.error(at, "invalid literal for int() with base 10: " + Py.repr(text));
            }
        }
        throw script.error(at, "int() argument must be a string or a number, not '" + Py.typeName(value) + "'");
    }

    private double floating(Object value, Expr at) {
        if (Py.isNumber(value)) {
            return Py.toDouble(value);
        }
        if (value instanceof String text) {
            String number = text.strip().toLowerCase(java.util.Locale.ROOT);
            switch (number) {
                case "inf", "+inf", "infinity", "+infinity": return Double.POSITIVE_INFINITY;
                case "-inf", "-infinity": return Double.NEGATIVE_INFINITY;
                case "nan", "+nan", "-nan": return Double.NaN;
                default: break;
            }
            if (number.matches("[+-]?(\\d[\\d_]*\\.?[\\d_]*|\\.\\d[\\d_]*)(e[+-]?\\d+)?")) {
                return Double.parseDouble(number.replace("_", ""));
            }
            throw script.error(at, "could not convert string to float: " + Py.repr(text));
        }
        throw script.error(at, "float() argument must be a string or a number, not '" + Py.typeName(value) + "'");
    }

    private Object abs(Object value, Expr at) {
        if (value instanceof Long || value instanceof Boolean) {
            long l = Py.toLong(value);
            if (l == Long.MIN_VALUE) {
                throw script.error(at, "integer overflow: tmj's integers have 64 bits");
            }
            return Math.abs(l);
        }
        if (value instanceof Double d) {
            return Math.abs(d);
        }
        throw script.error(at, "bad operand type for abs(): '" + Py.typeName(value) + "'");
    }

    /** Python's round(): halves to even, on the exact value of a float. */
    private Object round(Object value, Object digits, Expr at) {
        if (digits != null && !(digits instanceof Long)) {
            throw script.error(at, "'" + Py.typeName(digits) + "' object cannot be interpreted as an integer");
        }
        if (value instanceof Long || value instanceof Boolean) {
            long l = Py.toLong(value);
            if (digits == null || (Long) digits >= 0) {
                return l;
            }
            return new java.math.BigDecimal(l).setScale((int) Math.max(-19, (Long) digits),
                    java.math.RoundingMode.HALF_EVEN).longValue();
        }
        if (!(value instanceof Double d)) {
            throw script.error(at, "type " + Py.typeName(value) + " doesn't define __round__ method");
        }
        if (d.isNaN() || d.isInfinite()) {
            if (digits != null) {
                return d;
            }
            throw script.error(at, "cannot convert float " + Py.str(d) + " to integer");
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(d);
        if (digits == null) {
            return exact.setScale(0, java.math.RoundingMode.HALF_EVEN).longValue();
        }
        int scale = (int) Math.max(-400, Math.min(400, (Long) digits));
        return exact.setScale(scale, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    /** {@code list(...)}, {@code tuple(...)}, {@code set(...)}, {@code frozenset(...)}: a new collection. */
    private Object collection(String name, Args args, Expr at) {
        args.arity(script, name, 0, 1, at);
        List<Object> items = args.size() == 0 ? new ArrayList<>() : builtins.list(args.get(0), args.at(0, at));
        script.charge(items.size(), at);
        return switch (name) {
            case "list" -> ScriptValues.list(items);
            case "tuple" -> ScriptValues.tuple(items);
            default -> ScriptValues.set(items);
        };
    }

    /** {@code dict()}, {@code dict(mapping)}, {@code dict(pairs)}, each with {@code name=value} added. */
    private Object dict(Args args, Expr at) {
        args.arity(script, "dict", 0, 1, at);
        Map<Object, Object> map = new LinkedHashMap<>();
        if (args.size() == 1) {
            Object source = args.get(0);
            if (source instanceof Map<?, ?> given) {
                map.putAll(given);
            } else {
                for (Object pair : builtins.list(source, at)) {
                    Collection<?> items = pair instanceof Set<?> ? null : ScriptValues.items(pair);
                    if (items == null || items.size() != 2) {
                        throw script.error(at, "dictionary update sequence element #" + map.size()
                                + " has the wrong length or type: expected 2 items, got " + ScriptValues.describe(pair));
                    }
                    List<?> kv = new ArrayList<>(items);
                    map.put(builtins.hashable(kv.get(0), at), kv.get(1));
                }
            }
        }
        map.putAll(args.keywords());
        script.charge(map.size(), at);
        return map;
    }

    /** The most a script may print, in characters, so that a loop cannot fill the memory with output. */
    static final int MAX_PRINTED = 10_000_000;

    /**
     * {@code print(a, b, sep=" ", end="\n")}: the text goes to {@link dev.tmj.model.Model#print}, which a command
     * line writes to standard error, so standard output stays the report or diagram.
     */
    Object print(Args args, Expr at) {
        String sep = " ";
        String end = "\n";
        for (Map.Entry<String, Object> keyword : args.keywords().entrySet()) {
            String name = keyword.getKey();
            if (!(name.equals("sep") || name.equals("end"))) {
                throw args.keywordError(script, name, "'" + name + "' is an invalid keyword argument for print(): "
                        + "tmj supports sep= and end=", at);
            }
            Object value = keyword.getValue();
            if (value != null && !(value instanceof String)) {
                throw args.keywordError(script, name, name + " must be None or a string, not "
                        + Py.typeName(value), at);
            }
            if (name.equals("sep")) {
                sep = value == null ? " " : (String) value;
            } else {
                end = value == null ? "\n" : (String) value;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                text.append(sep);
            }
            text.append(Py.str(args.get(i)));
        }
        text.append(end);
        if (script.model().printed().length() + (long) text.length() > MAX_PRINTED) {
            throw script.error(at, "the script printed more than " + MAX_PRINTED + " characters");
        }
        script.model().print(text.toString());
        return null;
    }

    /** An unmodifiable pair, as enumerate(), zip() and dict.items() give them. */
    static PyTuple pair(Object a, Object b) {
        return new PyTuple(Collections.unmodifiableList(java.util.Arrays.asList(a, b)));
    }

    /** Python's ordering, as sorted() uses it. */
    int order(Object a, Object b, Expr at) {
        try {
            return Py.order("<", a, b) ? -1 : Py.order("<", b, a) ? 1 : 0;
        } catch (PyError e) {
            throw script.error(at, e.getMessage());
        }
    }
}
