package dev.tmj.format.script;

import static dev.tmj.format.script.ScriptParser.unsupported;

import dev.tmj.python.Expr;
import dev.tmj.python.value.Py;
import dev.tmj.python.value.PyError;
import dev.tmj.python.value.PyTuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ordinary Python a pytm script may use around its model: operators on numbers, strings and containers,
 * subscripts, the builtins {@code len range enumerate str int sorted}, and the common string and dict methods.
 * Every size the script builds is checked against {@link Budget#MAX_SIZE} before it is built.
 */
final class Builtins {
    private final ScriptInterpreter script;

    Builtins(ScriptInterpreter script) {
        this.script = script;
    }

    Iterable<?> iterate(Object value, Expr at) {
        if (value instanceof Range range) {
            return range;
        }
        try {
            return Py.iterate(value);
        } catch (PyError e) {
            throw script.error(at, e.getMessage());
        }
    }

    /** The items of an iterable, as a new list the caller may change. */
    List<Object> list(Object value, Expr at) {
        List<Object> items = new ArrayList<>();
        if (value instanceof Range range) {
            script.checkSize(range.length(), at);
            script.charge(range.length(), at);
        }
        for (Object item : iterate(value, at)) {
            items.add(item);
        }
        return items;
    }

    Object binary(String op, Object left, Object right, Expr at) {
        Object result;
        try {
            result = left instanceof ScriptPath path && op.equals("/")
                    ? path.join(script.stdModules().part(right, at))
                    : binaryOrThrow(op, left, right, at);
        } catch (ArithmeticException e) {
            throw script.error(at, e.getMessage().contains("zero") ? "division by zero"
                    : "integer overflow: tmj's integers have 64 bits");
        }
        if (result instanceof String text) {
            script.charge(text.length(), at);
        } else if (result instanceof List<?> || result instanceof PyTuple) {
            script.charge(ScriptValues.items(result).size(), at);
        }
        return result;
    }

    private Object binaryOrThrow(String op, Object left, Object right, Expr at) {
        boolean ints = (left instanceof Long || left instanceof Boolean) && (right instanceof Long || right instanceof Boolean);
        if (ints) {
            long a = Py.toLong(left);
            long b = Py.toLong(right);
            switch (op) {
                case "+": return Math.addExact(a, b);
                case "-": return Math.subtractExact(a, b);
                case "*": return Math.multiplyExact(a, b);
                case "/":
                    if (b == 0) {
                        throw script.error(at, "division by zero");
                    }
                    return (double) a / b;
                case "//": return Math.floorDiv(a, b);
                case "%": return Math.floorMod(a, b);
                case "**":
                    if (b < 0) {
                        return Math.pow(a, b);
                    }
                    long power = 1;
                    for (long i = 0; i < b && power != 0; i++) {
                        power = Math.multiplyExact(power, a);
                        if (i > 64 && (a == 1 || a == -1)) {
                            return a == 1 || b % 2 == 0 ? 1L : -1L;
                        }
                    }
                    return power;
                default: break;
            }
        } else if (Py.isNumber(left) && Py.isNumber(right)) {
            double a = Py.toDouble(left);
            double b = Py.toDouble(right);
            switch (op) {
                case "+": return a + b;
                case "-": return a - b;
                case "*": return a * b;
                case "/":
                    if (b == 0) {
                        throw script.error(at, "float division by zero");
                    }
                    return a / b;
                case "**": return Math.pow(a, b);
                default: break;
            }
        } else if (op.equals("+") && left instanceof String a && right instanceof String b) {
            script.checkSize((long) a.length() + b.length(), at);
            return a + b;
        } else if (op.equals("%") && left instanceof String) {
            throw script.error(at, unsupported("'%' formatting is not supported; use an f-string"));
        } else if (op.equals("+") && (left instanceof List<?> && right instanceof List<?>
                || left instanceof PyTuple && right instanceof PyTuple)) {
            Collection<?> a = ScriptValues.items(left);
            Collection<?> b = ScriptValues.items(right);
            script.checkSize((long) a.size() + b.size(), at);
            List<Object> joined = new ArrayList<>(a);
            joined.addAll(b);
            return left instanceof PyTuple ? ScriptValues.tuple(joined) : ScriptValues.list(joined);
        } else if (op.equals("*") && (left instanceof Long || right instanceof Long)) {
            Object sequence = left instanceof Long ? right : left;
            long times = Math.max(0, Py.toLong(left instanceof Long ? left : right));
            if (sequence instanceof String text) {
                script.checkSize(text.length() * Math.min(times, Budget.MAX_SIZE + 1L), at);
                return text.repeat((int) times);
            }
            if (sequence instanceof List<?> || sequence instanceof PyTuple) {
                Collection<?> items = ScriptValues.items(sequence);
                script.checkSize(items.size() * Math.min(times, Budget.MAX_SIZE + 1L), at);
                // Built in one copy: growing and copying a list of millions is slow on a loaded machine.
                List<Object> repeated = items.size() == 1
                        ? java.util.Collections.nCopies((int) times, items.iterator().next()) : repeat(items, times);
                return sequence instanceof PyTuple ? ScriptValues.tuple(repeated)
                        : new ScriptValues.ScriptList(repeated);
            }
        }
        throw script.error(at, "unsupported operand type(s) for " + op + ": '" + Py.typeName(left) + "' and '"
                + Py.typeName(right) + "'");
    }

    private static List<Object> repeat(Collection<?> items, long times) {
        List<Object> repeated = new ArrayList<>((int) (items.size() * times));
        for (long i = 0; i < times; i++) {
            repeated.addAll(items);
        }
        return repeated;
    }

    boolean compare(String op, Object left, Object right, Expr at) {
        try {
            return switch (op) {
                case "==" -> Py.eq(left, right);
                case "!=" -> !Py.eq(left, right);
                case "is" -> Py.is(left, right);
                case "is not" -> !Py.is(left, right);
                case "in" -> contains(right, left);
                case "not in" -> !contains(right, left);
                default -> Py.order(op, left, right);
            };
        } catch (PyError e) {
            throw script.error(at, e.getMessage());
        }
    }

    private boolean contains(Object container, Object item) {
        if (container instanceof Range range) {
            return item instanceof Long l && (range.step() > 0 ? l >= range.start() && l < range.stop()
                    : l <= range.start() && l > range.stop()) && (l - range.start()) % range.step() == 0;
        }
        return Py.contains(container, item);
    }

    Object hashable(Object key, Expr at) {
        if (key instanceof List<?> || key instanceof Set<?> || key instanceof Map<?, ?>) {
            throw script.error(at, "unhashable type: '" + Py.typeName(key) + "'");
        }
        return key;
    }

    Object getItem(Object container, Expr index, Expr at) {
        if (index instanceof Expr.Slice slice) {
            return slice(container, slice, at);
        }
        Object key = script.evaluate(index);
        if (container instanceof Map<?, ?> map) {
            if (!map.containsKey(key)) {
                throw script.error(at, "KeyError: " + Py.repr(key));
            }
            return map.get(key);
        }
        List<?> items = sequence(container, at);
        if (!(key instanceof Long || key instanceof Boolean)) {
            throw script.error(at, Py.typeName(container) + " indices must be integers, not " + Py.typeName(key));
        }
        long i = Py.toLong(key);
        long position = i < 0 ? i + items.size() : i;
        if (position < 0 || position >= items.size()) {
            throw script.error(at, Py.typeName(container) + " index out of range");
        }
        return items.get((int) position);
    }

    private List<?> sequence(Object container, Expr at) {
        if (container instanceof String text) {
            return text.codePoints().mapToObj(Character::toString).toList();
        }
        if (container instanceof List<?> list) {
            return list;
        }
        if (container instanceof PyTuple tuple) {
            return tuple.items();
        }
        throw script.error(at, "'" + Py.typeName(container) + "' object is not subscriptable");
    }

    /** {@code xs[a:b:c]}, with Python's rules for absent, negative and out-of-range bounds. */
    private Object slice(Object container, Expr.Slice slice, Expr at) {
        List<?> items = sequence(container, at);
        long step = 1;
        if (slice.step() != null) {
            Object value = script.evaluate(slice.step());
            if (value != null) {
                if (!(value instanceof Long l)) {
                    throw script.error(slice.step(), "slice indices must be integers or None");
                }
                if (l == 0) {
                    throw script.error(slice.step(), "slice step cannot be zero");
                }
                step = l;
            }
        }
        int size = items.size();
        List<Object> part = new ArrayList<>();
        if (step > 0) {
            int lower = bound(slice.lower(), 0, 0, size, size);
            int upper = bound(slice.upper(), size, 0, size, size);
            for (long i = lower; i < upper; i += step) {
                part.add(items.get((int) i));
            }
        } else {
            int upper = bound(slice.lower(), size - 1, -1, size - 1, size);
            int lower = bound(slice.upper(), -1, -1, size - 1, size);
            for (long i = upper; i > lower; i += step) {
                part.add(items.get((int) i));
            }
        }
        script.charge(part.size(), at);
        if (container instanceof String) {
            return String.join("", part.stream().map(String.class::cast).toList());
        }
        return container instanceof PyTuple ? ScriptValues.tuple(part) : ScriptValues.list(part);
    }

    /** A slice bound: {@code absent} when not given or None, else clamped to [min, max], a negative one from the end. */
    private int bound(Expr expr, int absent, int min, int max, int size) {
        Object value = expr == null ? null : script.evaluate(expr);
        if (value == null) {
            return absent;
        }
        if (!(value instanceof Long l)) {
            throw script.error(expr, "slice indices must be integers or None");
        }
        long i = l < 0 ? l + size : l;
        return (int) Math.max(min, Math.min(max, i));
    }

    @SuppressWarnings("unchecked")
    void setItem(Object container, Object key, Object value, Expr at) {
        if (container instanceof Map<?, ?> map) {
            ((Map<Object, Object>) map).put(hashable(key, at), value);
            script.charge(1, at);
            return;
        }
        if (container instanceof ScriptValues.ScriptList list) {
            list.set(assignedPosition(list, key, at), value);
            list.changed();
            return;
        }
        if (container instanceof List<?>) {
            throw script.error(at, "a list read from the model cannot be changed; copy it with list(...)");
        }
        throw script.error(at, "'" + Py.typeName(container) + "' object does not support item assignment");
    }

    /** The index {@code key} names in a list the script assigns to or deletes from, negative ones counted back. */
    private int assignedPosition(List<?> list, Object key, Expr at) {
        if (!(key instanceof Long || key instanceof Boolean)) {
            throw script.error(at, "list indices must be integers, not " + Py.typeName(key));
        }
        long i = Py.toLong(key);
        long position = i < 0 ? i + list.size() : i;
        if (position < 0 || position >= list.size()) {
            throw script.error(at, "list assignment index out of range");
        }
        return (int) position;
    }

    /** {@code del container[key]} for the script's own dicts and lists. */
    void deleteItem(Object container, Object key, Expr at) {
        if (container instanceof Map<?, ?> map && !(container instanceof ScriptValues.ScriptList)) {
            if (!map.containsKey(key)) {
                throw script.error(at, "KeyError: " + Py.repr(key));
            }
            map.remove(key);
            return;
        }
        if (container instanceof ScriptValues.ScriptList list) {
            list.remove(assignedPosition(list, key, at));
            list.changed();
            return;
        }
        if (container instanceof List<?>) {
            throw script.error(at, "a list read from the model cannot be changed; copy it with list(...)");
        }
        throw script.error(at, "'" + Py.typeName(container) + "' object does not support item deletion");
    }

    /** Whether {@code receiver.name(...)} is a method tmj runs. */
    static boolean hasMethods(Object receiver) {
        return receiver instanceof String || receiver instanceof Map<?, ?> || receiver instanceof List<?>
                || receiver instanceof ScriptPath;
    }

    /** A str, list or dict method: {@link StrMethods}, {@link ListMethods}, {@link DictMethods}. */
    Object method(Object receiver, Expr.Attribute attribute, Args args, Expr.Call call) {
        if (receiver instanceof ScriptPath path) {
            return script.stdModules().pathMethod(path, attribute, args, call);
        }
        if (receiver instanceof List<?> list) {
            return new ListMethods(script, this).call(list, attribute, args, call);
        }
        if (receiver instanceof Map<?, ?> map) {
            return new DictMethods(script, this).call(map, attribute, args, call);
        }
        return new StrMethods(script, this).call((String) receiver, attribute, args, call);
    }

    /** Whether {@code name} is a builtin function a script may call. */
    static boolean isFunction(String name) {
        return Functions.NAMES.contains(name) || Reflection.NAMES.contains(name) || name.equals("print");
    }

    /** A call of a builtin function by its name. */
    Object function(String name, Args args, Expr at) {
        if (name.startsWith("os.path.") || name.startsWith("pathlib.")) {
            return script.stdModules().call(name, args, at);
        }
        if (Reflection.NAMES.contains(name)) {
            return new Reflection(script).call(name, args, at);
        }
        if (name.equals("print")) {
            return new Functions(script, this).print(args, at);
        }
        return new Functions(script, this).call(name, args, at);
    }

    /** Python's builtins that reach outside the script, each with why it stays refused; null for others. */
    static String forbidden(String name) {
        String why = switch (name) {
            case "open", "input" -> "a model script cannot read files or input";
            case "exec", "eval", "compile", "__import__", "globals", "locals", "vars", "breakpoint" ->
                    "a model script cannot run code it builds or reach Python's internals";
            case "exit", "quit" -> "a model script cannot stop the program";
            default -> null;
        };
        return why == null ? null : "'" + name + "' is not supported: " + why;
    }

    /** The items of a tuple or list, in Python's words when they do not match the targets. */
    List<?> unpack(Object value, int expected, Expr target) {
        java.util.Collection<?> items = value instanceof java.util.Set<?> ? null : ScriptValues.items(value);
        if (items == null) {
            throw script.error(target, "cannot unpack non-iterable " + ScriptValues.describe(value));
        }
        if (items.size() > expected) {
            throw script.error(target, "too many values to unpack (expected " + expected + ")");
        }
        if (items.size() < expected) {
            throw script.error(target, "not enough values to unpack (expected " + expected + ", got " + items.size() + ")");
        }
        return new ArrayList<>(items);
    }
}
