package dev.tmj.condition;

import dev.tmj.model.Data;
import dev.tmj.python.value.Py;
import dev.tmj.python.value.PyTuple;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * Python's {@code ==}, {@code in} and ordering as {@link Py} defines them, with their work charged to the
 * evaluation's step budget: comparing two long strings or nested lists costs in proportion to what is compared,
 * so a loop that repeats such a comparison runs out of budget instead of running for hours.
 */
final class Comparisons {
    /** Up to this length a needle is searched with Java's own search; longer ones in linear time. */
    private static final int SHORT_NEEDLE = 16;
    /**
     * Work up to this size is not counted: it is bounded by the condition's size outside loops and by the step each
     * iteration already counts inside them, and the common {@code target.protocol == 'HTTP'} stays free.
     */
    private static final int FREE_WORK = 64;

    private Comparisons() {
    }

    static boolean eq(Object a, Object b, Frame frame) {
        if (a == b) {
            return true;
        }
        if (a instanceof String x && b instanceof String y) {
            charge(Math.min(x.length(), y.length()), frame);
            return x.equals(y);
        }
        List<?> left = items(a);
        List<?> right = items(b);
        if (left != null && right != null && (a instanceof PyTuple) == (b instanceof PyTuple)) {
            if (left.size() != right.size()) {
                return false;
            }
            for (int i = 0; i < left.size(); i++) {
                frame.step();
                if (!eq(left.get(i), right.get(i), frame)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Set<?> || a instanceof Map<?, ?>) {
            // Py compares sets item against item: quadratic in the worst case.
            charge(Frame.size(a) * Math.max(1, Frame.size(b)), frame);
        }
        return Py.eq(a, b);
    }

    static boolean contains(Object container, Object item, Frame frame) {
        if (container instanceof String hay && item instanceof String needle) {
            charge(hay.length() + (long) needle.length(), frame);
            return needle.length() <= SHORT_NEEDLE ? hay.contains(needle) : indexOf(hay, needle) >= 0;
        }
        if (container instanceof Collection<?> || container instanceof PyTuple) {
            Iterable<?> candidates = container instanceof PyTuple t ? t.items() : (Collection<?>) container;
            if (candidates instanceof List<?> list && list instanceof RandomAccess) {
                // By index: no iterator per test of a model's list.
                for (int i = 0; i < list.size(); i++) {
                    if (isIn(list.get(i), item, frame)) {
                        return true;
                    }
                }
                return false;
            }
            for (Object candidate : candidates) {
                if (isIn(candidate, item, frame)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof Map<?, ?> map) {
            charge(map.size(), frame);
        }
        return Py.contains(container, item);
    }

    /** One step of {@code item in container}: whether this candidate of the container is the item. */
    private static boolean isIn(Object candidate, Object item, Frame frame) {
        frame.step();
        // pytm's DataSet also answers "name" in data by the data item's name, as Py.contains does.
        return eq(candidate, item, frame) || item instanceof String name && candidate instanceof Data d
                && name.equals(d.name());
    }

    /** Python's {@code a op b} for {@code < <= > >=}. */
    static boolean order(String op, Object a, Object b, Frame frame) {
        int c = compare(op, a, b, frame);
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    private static int compare(String op, Object a, Object b, Frame frame) {
        if (a instanceof String x && b instanceof String y) {
            charge(Math.min(x.length(), y.length()), frame);
        }
        List<?> left = items(a);
        List<?> right = items(b);
        if (left != null && right != null && (a instanceof PyTuple) == (b instanceof PyTuple)) {
            for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
                frame.step();
                if (!eq(left.get(i), right.get(i), frame)) {
                    return compare(op, left.get(i), right.get(i), frame);
                }
            }
            return Integer.compare(left.size(), right.size());
        }
        return Py.compare(op, a, b);
    }

    private static void charge(long work, Frame frame) {
        if (work > FREE_WORK) {
            frame.work(work);
        }
    }

    /** The items of a list or tuple, or null. */
    private static List<?> items(Object value) {
        if (value instanceof List<?> l) {
            return l;
        }
        return value instanceof PyTuple t ? t.items() : null;
    }

    /**
     * Knuth-Morris-Pratt: the first index of {@code needle} in {@code hay}, or -1, in time linear in both
     * (Java's {@code String.indexOf} compares up to hay x needle characters).
     */
    static int indexOf(String hay, String needle) {
        int m = needle.length();
        if (m == 0) {
            return 0;
        }
        int[] fallback = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            while (k > 0 && needle.charAt(i) != needle.charAt(k)) {
                k = fallback[k - 1];
            }
            if (needle.charAt(i) == needle.charAt(k)) {
                k++;
            }
            fallback[i] = k;
        }
        for (int i = 0, k = 0; i < hay.length(); i++) {
            while (k > 0 && hay.charAt(i) != needle.charAt(k)) {
                k = fallback[k - 1];
            }
            if (hay.charAt(i) == needle.charAt(k)) {
                k++;
            }
            if (k == m) {
                return i - m + 1;
            }
        }
        return -1;
    }
}
