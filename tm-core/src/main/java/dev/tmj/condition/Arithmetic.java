package dev.tmj.condition;

import dev.tmj.python.value.Py;
import dev.tmj.python.value.PyTuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Python's arithmetic, bitwise, subscript and slice operators on 64-bit ints, floats, strings and sequences. */
final class Arithmetic {
    /** Results longer than this are refused, so a condition cannot exhaust memory with {@code 'x' * 10**12}. */
    private static final int MAX_SEQUENCE = 1_000_000;

    private Arithmetic() {
    }

    /** {@code a op b}; what it builds is charged to the frame's allocation budget. */
    static Object binary(String op, Object a, Object b, Frame frame) {
        if (isInt(a) && isInt(b)) {
            if (a instanceof Boolean x && b instanceof Boolean y && (op.equals("&") || op.equals("|")
                    || op.equals("^"))) {
                return switch (op) {
                    case "&" -> x & y;
                    case "|" -> x | y;
                    default -> x ^ y;
                };
            }
            return integer(op, Py.toLong(a), Py.toLong(b));
        }
        if (Py.isNumber(a) && Py.isNumber(b)) {
            return floating(op, Py.toDouble(a), Py.toDouble(b));
        }
        if (op.equals("+")) {
            if (a instanceof String x && b instanceof String y) {
                checkedLength(x.length() + (long) y.length());
                frame.allocate(x.length() + (long) y.length());
                return x + y;
            }
            if (a instanceof List<?> x && b instanceof List<?> y) {
                checkedLength(x.size() + (long) y.size());
                frame.allocate(x.size() + (long) y.size());
                List<Object> joined = new ArrayList<>(x);
                joined.addAll(y);
                return joined;
            }
            if (a instanceof PyTuple x && b instanceof PyTuple y) {
                checkedLength(x.items().size() + (long) y.items().size());
                frame.allocate(x.items().size() + (long) y.items().size());
                List<Object> joined = new ArrayList<>(x.items());
                joined.addAll(y.items());
                return new PyTuple(joined);
            }
        }
        if (op.equals("*") && (isInt(a) || isInt(b))) {
            Object sequence = isInt(a) ? b : a;
            long times = Math.max(0, Py.toLong(isInt(a) ? a : b));
            Object repeated = repeat(sequence, times, frame);
            if (repeated != null) {
                return repeated;
            }
        }
        if (op.equals("%") && a instanceof String) {
            throw new EvaluationException("string formatting with '%' is not supported in conditions");
        }
        if (a instanceof Set<?> x && b instanceof Set<?> y) {
            frame.allocate(x.size() + (long) y.size());
            return sets(op, x, y);
        }
        throw unsupported(op, a, b);
    }

    private static Object repeat(Object sequence, long times, Frame frame) {
        if (sequence instanceof String s) {
            return s.repeat(charged(s.length(), repeatCount(s.length(), times), frame));
        }
        if (sequence instanceof List<?> l) {
            return repeatItems(l, charged(l.size(), repeatCount(l.size(), times), frame));
        }
        if (sequence instanceof PyTuple t) {
            int size = t.items().size();
            return new PyTuple(repeatItems(t.items(), charged(size, repeatCount(size, times), frame)));
        }
        return null;
    }

    /** Charges {@code size * times} (already checked to be at most {@link #MAX_SEQUENCE}); returns times. */
    private static int charged(int size, int times, Frame frame) {
        frame.allocate((long) size * times);
        return times;
    }

    /** How often to repeat a sequence of this size: 0 when the result is empty, refused when it is too large. */
    private static int repeatCount(int size, long times) {
        if (size == 0 || times <= 0) {
            return 0;
        }
        // times is checked first so that size * times cannot overflow
        checkedLength(times > MAX_SEQUENCE ? times : size * times);
        return (int) times;
    }

    private static List<Object> repeatItems(List<?> items, int times) {
        List<Object> out = new ArrayList<>(items.size() * times);
        for (int i = 0; i < times; i++) {
            out.addAll(items);
        }
        return out;
    }

    private static void checkedLength(long length) {
        if (length > MAX_SEQUENCE) {
            throw new EvaluationException("result too large (more than " + MAX_SEQUENCE + " items)");
        }
    }

    private static Object sets(String op, Set<?> x, Set<?> y) {
        Set<Object> out = new LinkedHashSet<>(x);
        switch (op) {
            case "|" -> out.addAll(y);
            case "&" -> out.retainAll(y);
            case "-" -> out.removeAll(y);
            case "^" -> {
                out.addAll(y);
                Set<Object> both = new LinkedHashSet<>(x);
                both.retainAll(y);
                out.removeAll(both);
            }
            default -> throw unsupported(op, x, y);
        }
        return out;
    }

    private static Object integer(String op, long a, long b) {
        try {
            return switch (op) {
                case "+" -> Math.addExact(a, b);
                case "-" -> Math.subtractExact(a, b);
                case "*" -> Math.multiplyExact(a, b);
                case "/" -> {
                    if (b == 0) {
                        throw new EvaluationException("division by zero");
                    }
                    yield (double) a / b;
                }
                case "//" -> {
                    if (b == 0) {
                        throw new EvaluationException("integer division or modulo by zero");
                    }
                    yield Math.floorDiv(a, b);
                }
                case "%" -> {
                    if (b == 0) {
                        throw new EvaluationException("integer division or modulo by zero");
                    }
                    yield Math.floorMod(a, b);
                }
                // Boxed apart: a conditional of a double and a long would make every power a double.
                case "**" -> b < 0 ? (Object) negativePower(a, b) : (Object) power(a, b);
                case "&" -> a & b;
                case "|" -> a | b;
                case "^" -> a ^ b;
                case "<<" -> {
                    if (b < 0) {
                        throw new EvaluationException("negative shift count");
                    }
                    if (b >= 63 || a != 0 && Long.numberOfLeadingZeros(Math.abs(a)) <= b) {
                        throw overflow();
                    }
                    yield a << b;
                }
                case ">>" -> {
                    if (b < 0) {
                        throw new EvaluationException("negative shift count");
                    }
                    yield a >> Math.min(b, 63);
                }
                default -> throw unsupported(op, a, b);
            };
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    /** Python's {@code int ** negative int}: a float, and an error for zero as Python raises. */
    private static double negativePower(long base, long exponent) {
        if (base == 0) {
            throw new EvaluationException("0.0 cannot be raised to a negative power");
        }
        return Math.pow(base, exponent);
    }

    private static long power(long base, long exponent) {
        long result = 1;
        long b = base;
        long e = exponent;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = Math.multiplyExact(result, b);
            }
            e >>= 1;
            if (e > 0) {
                b = Math.multiplyExact(b, b);
            }
        }
        return result;
    }

    private static Object floating(String op, double a, double b) {
        return switch (op) {
            case "+" -> a + b;
            case "-" -> a - b;
            case "*" -> a * b;
            case "/" -> {
                if (b == 0) {
                    throw new EvaluationException("float division by zero");
                }
                yield a / b;
            }
            case "//" -> {
                if (b == 0) {
                    throw new EvaluationException("float floor division by zero");
                }
                yield Math.floor(a / b);
            }
            case "%" -> {
                if (b == 0) {
                    throw new EvaluationException("float modulo");
                }
                double r = a % b;
                yield r != 0 && (r < 0) != (b < 0) ? r + b : r;
            }
            case "**" -> Math.pow(a, b);
            default -> throw unsupported(op, a, b);
        };
    }

    static Object unary(String op, Object value) {
        switch (op) {
            case "not":
                return !Py.truthy(value);
            case "-":
                if (isInt(value)) {
                    long v = Py.toLong(value);
                    if (v == Long.MIN_VALUE) {
                        throw overflow();
                    }
                    return -v;
                }
                if (value instanceof Double d) {
                    return -d;
                }
                break;
            case "+":
                if (isInt(value)) {
                    return Py.toLong(value);
                }
                if (value instanceof Double) {
                    return value;
                }
                break;
            case "~":
                if (isInt(value)) {
                    return ~Py.toLong(value);
                }
                break;
            default:
                break;
        }
        throw new EvaluationException("bad operand type for unary " + op + ": '" + Py.typeName(value) + "'");
    }

    static Object subscript(Object container, Object index, Frame frame) {
        if (container instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (Py.eq(entry.getKey(), index)) {
                    return entry.getValue();
                }
            }
            throw new EvaluationException("KeyError: " + Py.repr(index));
        }
        List<?> items = sequence(container, frame);
        if (!isInt(index)) {
            throw new EvaluationException(Py.typeName(container) + " indices must be integers, not "
                    + Py.typeName(index));
        }
        long i = Py.toLong(index);
        long at = i < 0 ? i + items.size() : i;
        if (at < 0 || at >= items.size()) {
            throw new EvaluationException(Py.typeName(container) + " index out of range");
        }
        return items.get((int) at);
    }

    static Object slice(Object container, Object lower, Object upper, Object step, Frame frame) {
        List<?> items = sequence(container, frame);
        int size = items.size();
        long stride = step == null ? 1 : sliceIndex(step);
        if (stride == 0) {
            throw new EvaluationException("slice step cannot be zero");
        }
        // A step longer than the sequence takes the same items as one of size + 1, and cannot overflow the index.
        stride = Math.max(-(size + 1L), Math.min(size + 1L, stride));
        List<Object> out = new ArrayList<>();
        if (stride > 0) {
            long start = clamp(lower == null ? 0 : sliceIndex(lower), size, 0, size);
            long stop = clamp(upper == null ? size : sliceIndex(upper), size, 0, size);
            for (long i = start; i < stop; i += stride) {
                out.add(items.get((int) i));
            }
        } else {
            long start = clamp(lower == null ? size - 1 : sliceIndex(lower), size, -1, size - 1);
            long stop = clamp(upper == null ? -size - 1 : sliceIndex(upper), size, -1, size - 1);
            for (long i = start; i > stop; i += stride) {
                out.add(items.get((int) i));
            }
        }
        frame.allocate(out.size());
        if (container instanceof String) {
            StringBuilder joined = new StringBuilder();
            out.forEach(joined::append);
            return joined.toString();
        }
        return container instanceof PyTuple ? new PyTuple(out) : out;
    }

    private static long clamp(long index, int size, long min, long max) {
        long at = index < 0 ? index + size : index;
        return Math.max(min, Math.min(max, at));
    }

    private static long sliceIndex(Object value) {
        if (value == null) {
            return 0;
        }
        if (!isInt(value)) {
            throw new EvaluationException("slice indices must be integers or None");
        }
        return Py.toLong(value);
    }

    private static List<?> sequence(Object container, Frame frame) {
        if (container instanceof List<?> l) {
            return l;
        }
        if (container instanceof PyTuple t) {
            return t.items();
        }
        if (container instanceof String s) {
            List<Object> chars = new ArrayList<>();
            frame.iterate(s).forEach(chars::add);
            return chars;
        }
        if (container instanceof Collection<?>) {
            throw new EvaluationException("'" + Py.typeName(container) + "' object is not subscriptable");
        }
        throw new EvaluationException("'" + Py.typeName(container) + "' object is not subscriptable");
    }

    private static boolean isInt(Object value) {
        return value instanceof Long || value instanceof Boolean;
    }

    private static EvaluationException overflow() {
        return new EvaluationException("integer overflow: tmj's conditions use 64-bit integers");
    }

    private static EvaluationException unsupported(String op, Object a, Object b) {
        return new EvaluationException("unsupported operand type(s) for " + op + ": '" + Py.typeName(a)
                + "' and '" + Py.typeName(b) + "'");
    }
}
