package dev.tmj.format.script;

import static dev.tmj.format.script.ScriptParser.unsupported;

import dev.tmj.python.Expr;
import dev.tmj.python.value.Py;
import dev.tmj.python.value.PyError;
import dev.tmj.python.value.PyTuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The ordinary Python a pytm script may use around its model: operators on numbers, strings and containers,
 * subscripts, the builtins {@code len range enumerate str int sorted}, and the common string and dict methods.
 * Every size the script builds is checked against {@link ScriptInterpreter#MAX_SIZE} before it is built.
 */
final class Builtins {
    static final Set<String> FUNCTIONS = Set.of("len", "range", "enumerate", "str", "int", "sorted");

    private final ScriptInterpreter script;

    Builtins(ScriptInterpreter script) {
        this.script = script;
    }

    /** {@code range(start, stop, step)}, iterated lazily. */
    record Range(long start, long stop, long step) implements Iterable<Object> {
        long length() {
            if (step > 0 && start < stop) {
                return (stop - start + step - 1) / step;
            }
            if (step < 0 && start > stop) {
                return (start - stop - step - 1) / -step;
            }
            return 0;
        }

        @Override
        public Iterator<Object> iterator() {
            return new Iterator<>() {
                private long next = start;

                @Override
                public boolean hasNext() {
                    return step > 0 ? next < stop : next > stop;
                }

                @Override
                public Object next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    long value = next;
                    next += step;
                    return value;
                }
            };
        }

        @Override
        public String toString() {
            return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
        }
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

    private List<Object> items(Object value, Expr at) {
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
            result = binaryOrThrow(op, left, right, at);
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
                script.checkSize(text.length() * Math.min(times, ScriptInterpreter.MAX_SIZE + 1L), at);
                return text.repeat((int) times);
            }
            if (sequence instanceof List<?> || sequence instanceof PyTuple) {
                Collection<?> items = ScriptValues.items(sequence);
                script.checkSize(items.size() * Math.min(times, ScriptInterpreter.MAX_SIZE + 1L), at);
                List<Object> repeated = new ArrayList<>();
                for (long i = 0; i < times; i++) {
                    repeated.addAll(items);
                }
                return sequence instanceof PyTuple ? ScriptValues.tuple(repeated) : ScriptValues.list(repeated);
            }
        }
        throw script.error(at, "unsupported operand type(s) for " + op + ": '" + Py.typeName(left) + "' and '"
                + Py.typeName(right) + "'");
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

    private Object slice(Object container, Expr.Slice slice, Expr at) {
        List<?> items = sequence(container, at);
        if (slice.step() != null) {
            throw script.error(slice, unsupported("slices with a step are not supported"));
        }
        int size = items.size();
        int lower = bound(slice.lower(), 0, size);
        int upper = bound(slice.upper(), size, size);
        List<Object> part = new ArrayList<>(items.subList(lower, Math.max(lower, upper)));
        if (container instanceof String) {
            return String.join("", part.stream().map(String.class::cast).toList());
        }
        return container instanceof PyTuple ? ScriptValues.tuple(part) : ScriptValues.list(part);
    }

    private int bound(Expr expr, int absent, int size) {
        if (expr == null) {
            return absent;
        }
        Object value = script.evaluate(expr);
        if (!(value instanceof Long l)) {
            throw script.error(expr, "slice indices must be integers or None");
        }
        long i = l < 0 ? l + size : l;
        return (int) Math.max(0, Math.min(size, i));
    }

    @SuppressWarnings("unchecked")
    void setItem(Object container, Object key, Object value, Expr at) {
        if (container instanceof Map<?, ?> map) {
            ((Map<Object, Object>) map).put(hashable(key, at), value);
            script.charge(1, at);
            return;
        }
        if (container instanceof ScriptValues.ScriptList list) {
            if (!(key instanceof Long || key instanceof Boolean)) {
                throw script.error(at, "list indices must be integers, not " + Py.typeName(key));
            }
            long i = Py.toLong(key);
            long position = i < 0 ? i + list.size() : i;
            if (position < 0 || position >= list.size()) {
                throw script.error(at, "list assignment index out of range");
            }
            list.set((int) position, value);
            return;
        }
        if (container instanceof List<?>) {
            throw script.error(at, "a list read from the model cannot be changed; copy it with list(...)");
        }
        throw script.error(at, "'" + Py.typeName(container) + "' object does not support item assignment");
    }

    /** A call of one of {@link #FUNCTIONS}. */
    Object function(String name, Expr.Call call) {
        if (!call.keywords().isEmpty() && !(name.equals("sorted") || name.equals("enumerate"))) {
            Expr.Keyword keyword = call.keywords().get(0);
            throw script.error(keyword.line(), keyword.column(), name + "() takes no keyword arguments");
        }
        List<Object> args = new ArrayList<>();
        for (Expr arg : call.args()) {
            args.add(script.evaluate(arg));
        }
        switch (name) {
            case "len": {
                arity(name, args, 1, 1, call);
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
                    throw script.error(call, "object of type '" + Py.typeName(value) + "' has no len()");
                }
                return (long) items.size();
            }
            case "range": {
                arity(name, args, 1, 3, call);
                for (Object arg : args) {
                    if (!(arg instanceof Long)) {
                        throw script.error(call, "'" + Py.typeName(arg) + "' object cannot be interpreted as an integer");
                    }
                }
                long start = args.size() == 1 ? 0 : (Long) args.get(0);
                long stop = (Long) args.get(args.size() == 1 ? 0 : 1);
                long step = args.size() == 3 ? (Long) args.get(2) : 1;
                if (step == 0) {
                    throw script.error(call, "range() arg 3 must not be zero");
                }
                return new Range(start, stop, step);
            }
            case "enumerate": {
                arity(name, args, 1, 1, call);
                long start = 0;
                for (Expr.Keyword keyword : call.keywords()) {
                    if (!"start".equals(keyword.name()) || !(script.evaluate(keyword.value()) instanceof Long l)) {
                        throw script.error(keyword.line(), keyword.column(), "enumerate() takes only start=int");
                    }
                    start = l;
                }
                List<Object> pairs = new ArrayList<>();
                for (Object item : items(args.get(0), call)) {
                    pairs.add(new PyTuple(java.util.Arrays.asList(start++, item)));
                }
                script.charge(pairs.size(), call);
                return ScriptValues.list(pairs);
            }
            case "str": {
                arity(name, args, 0, 1, call);
                return args.isEmpty() ? "" : Py.str(args.get(0));
            }
            case "int": {
                arity(name, args, 0, 1, call);
                return args.isEmpty() ? 0L : integer(args.get(0), call);
            }
            default: {
                arity(name, args, 1, 1, call);
                boolean reverse = false;
                for (Expr.Keyword keyword : call.keywords()) {
                    if (!"reverse".equals(keyword.name())) {
                        throw script.error(keyword.line(), keyword.column(),
                                unsupported("sorted() arguments other than reverse= are not supported"));
                    }
                    reverse = Py.truthy(script.evaluate(keyword.value()));
                }
                List<Object> items = items(args.get(0), call);
                try {
                    items.sort((a, b) -> Py.order("<", a, b) ? -1 : Py.order("<", b, a) ? 1 : 0);
                } catch (PyError e) {
                    throw script.error(call, e.getMessage());
                }
                if (reverse) {
                    java.util.Collections.reverse(items);
                }
                return ScriptValues.list(items);
            }
        }
    }

    private long integer(Object value, Expr.Call call) {
        if (value instanceof Long || value instanceof Boolean) {
            return Py.toLong(value);
        }
        if (value instanceof Double d) {
            return (long) (double) d;
        }
        if (value instanceof String text) {
            try {
                return Long.parseLong(text.strip().replace("_", ""));
            } catch (NumberFormatException e) {
                throw script.error(call, "invalid literal for int() with base 10: " + Py.repr(text));
            }
        }
        throw script.error(call, "int() argument must be a string or a number, not '" + Py.typeName(value) + "'");
    }

    private void arity(String name, List<Object> args, int min, int max, Expr.Call call) {
        if (args.size() < min || args.size() > max) {
            throw script.error(call, name + "() takes " + (min == max ? "exactly " + min : min + " to " + max)
                    + " argument" + (max == 1 ? "" : "s") + " (" + args.size() + " given)");
        }
    }

    /** Whether {@code receiver.name(...)} is a method tmj runs. */
    static boolean hasMethods(Object receiver) {
        return receiver instanceof String || receiver instanceof Map<?, ?> || receiver instanceof List<?>;
    }

    /** A string method ({@code upper lower strip split join replace startswith endswith format}) or a dict's. */
    Object method(Object receiver, Expr.Attribute attribute, Expr.Call call) {
        String name = attribute.attr();
        if (!call.keywords().isEmpty()) {
            Expr.Keyword keyword = call.keywords().get(0);
            throw script.error(keyword.line(), keyword.column(), unsupported("keyword arguments of "
                    + Py.typeName(receiver) + "." + name + "() are not supported"));
        }
        List<Object> args = new ArrayList<>();
        for (Expr arg : call.args()) {
            args.add(script.evaluate(arg));
        }
        if (receiver instanceof List<?> list) {
            if (!(name.equals("append") || name.equals("extend"))) {
                throw script.error(attribute, unsupported("the list method '" + name + "' is not supported"));
            }
            if (!(list instanceof ScriptValues.ScriptList mine)) {
                throw script.error(attribute, "a list read from the model cannot be changed; copy it with list(...)");
            }
            arity(name, args, 1, 1, call);
            List<Object> added = name.equals("append") ? java.util.Collections.singletonList(args.get(0))
                    : items(args.get(0), call);
            script.checkSize((long) mine.size() + added.size(), call);
            script.charge(added.size(), call);
            mine.addAll(added);
            return null;
        }
        if (receiver instanceof Map<?, ?> map) {
            return switch (name) {
                case "keys" -> ScriptValues.list(new ArrayList<>(map.keySet()));
                case "values" -> ScriptValues.list(new ArrayList<>(map.values()));
                case "items" -> ScriptValues.list(map.entrySet().stream()
                        .<Object>map(e -> new PyTuple(java.util.Arrays.asList(e.getKey(), e.getValue()))).toList());
                case "get" -> {
                    arity("get", args, 1, 2, call);
                    yield map.containsKey(args.get(0)) ? map.get(args.get(0)) : args.size() == 2 ? args.get(1) : null;
                }
                default -> throw script.error(attribute, unsupported("the dict method '" + name
                        + "' is not supported"));
            };
        }
        String text = (String) receiver;
        switch (name) {
            case "upper": arity(name, args, 0, 0, call); return text.toUpperCase(java.util.Locale.ROOT);
            case "lower": arity(name, args, 0, 0, call); return text.toLowerCase(java.util.Locale.ROOT);
            case "strip": arity(name, args, 0, 0, call); return text.strip();
            case "split": {
                arity(name, args, 0, 1, call);
                List<Object> parts = new ArrayList<>();
                if (args.isEmpty() || args.get(0) == null) {
                    for (String part : text.strip().split("\\s+")) {
                        if (!part.isEmpty()) {
                            parts.add(part);
                        }
                    }
                } else {
                    String separator = string(args.get(0), call);
                    if (separator.isEmpty()) {
                        throw script.error(call, "empty separator");
                    }
                    parts.addAll(List.of(text.split(java.util.regex.Pattern.quote(separator), -1)));
                }
                return ScriptValues.list(parts);
            }
            case "join": {
                arity(name, args, 1, 1, call);
                List<String> parts = new ArrayList<>();
                long size = 0;
                for (Object item : items(args.get(0), call)) {
                    if (!(item instanceof String part)) {
                        throw script.error(call, "sequence item " + parts.size() + ": expected str instance, "
                                + Py.typeName(item) + " found");
                    }
                    size += part.length() + text.length();
                    script.checkSize(size, call);
                    parts.add(part);
                }
                script.charge(size, call);
                return String.join(text, parts);
            }
            case "replace": {
                arity(name, args, 2, 2, call);
                String old = string(args.get(0), call);
                String replacement = string(args.get(1), call);
                if (!old.isEmpty()) {
                    int count = (text.length() - text.replace(old, "").length()) / old.length();
                    script.checkSize(text.length() + (long) count * replacement.length(), call);
                } else {
                    script.checkSize(text.length() + (text.length() + 1L) * replacement.length(), call);
                }
                String replaced = text.replace(old, replacement);
                script.charge(replaced.length(), call);
                return replaced;
            }
            case "startswith", "endswith": {
                arity(name, args, 1, 1, call);
                List<Object> prefixes = args.get(0) instanceof PyTuple tuple ? new ArrayList<>(tuple.items())
                        : List.of(args.get(0));
                for (Object prefix : prefixes) {
                    String p = string(prefix, call);
                    if (name.equals("startswith") ? text.startsWith(p) : text.endsWith(p)) {
                        return true;
                    }
                }
                return false;
            }
            case "format":
                return format(text, args, call);
            default:
                throw script.error(attribute, unsupported("the str method '" + name + "' is not supported"));
        }
    }

    /** {@code "{} has {0:>5}".format(a, b)}: automatic and numbered fields, with format specs. */
    private String format(String template, List<Object> args, Expr.Call call) {
        StringBuilder out = new StringBuilder();
        int auto = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
                out.append(c);
                i += 2;
                continue;
            }
            if (c == '}') {
                throw script.error(call, "Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int end = template.indexOf('}', i);
            if (end < 0) {
                throw script.error(call, "Single '{' encountered in format string");
            }
            String field = template.substring(i + 1, end);
            int colon = field.indexOf(':');
            String key = colon < 0 ? field : field.substring(0, colon);
            String spec = colon < 0 ? "" : field.substring(colon + 1);
            int index;
            if (key.isEmpty()) {
                index = auto++;
            } else if (key.chars().allMatch(Character::isDigit) && key.length() < 6) {
                index = Integer.parseInt(key);
            } else {
                throw script.error(call, unsupported("str.format() fields other than {} and {0} are not supported"));
            }
            if (index >= args.size()) {
                throw script.error(call, "Replacement index " + index + " out of range for positional args tuple");
            }
            try {
                out.append(Py.format(args.get(index), spec));
            } catch (PyError e) {
                throw script.error(call, e.getMessage());
            }
            script.checkSize(out.length(), call);
            i = end + 1;
        }
        script.charge(out.length(), call);
        return out.toString();
    }

    private String string(Object value, Expr.Call call) {
        if (!(value instanceof String text)) {
            throw script.error(call, "must be str, not " + Py.typeName(value));
        }
        return text;
    }
}
