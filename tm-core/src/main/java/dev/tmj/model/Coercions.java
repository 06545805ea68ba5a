package dev.tmj.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/** The conversions behind {@link ValueType#coerce}, one per kind of value. */
final class Coercions {
    /** Turns an input into a stored value or throws {@link CoercionException}. */
    @FunctionalInterface
    interface Coercer {
        Object coerce(Object value);
    }

    // Element kinds are tested when a value is coerced: naming ElementType while ValueType initialises would
    // initialise Schemas, which needs ValueType, too early.
    static final Predicate<Element> ANY_ELEMENT = e -> true;
    static final Predicate<Element> IS_BOUNDARY = e -> e.type() == ElementType.BOUNDARY;
    static final Predicate<Element> IS_DATAFLOW = e -> e.type() == ElementType.DATAFLOW;

    private static final String STATUSES = "a finding status (" + String.join(", ", FindingStatus.labels()) + ")";
    private static final String DATE = "a date (YYYY-MM-DD)";
    private static final String IMPACTS = "an impact (" + String.join(", ", Impact.labels()) + ")";

    private Coercions() {
    }

    static Object bool(Object value) {
        if (value instanceof Boolean b) {
            return Boolean.valueOf(b);
        }
        throw new CoercionException(value, "a bool", -1, null, null);
    }

    /** Integer or Long within the int range, as Long; the range is what every reader has always accepted. */
    static Object integer(Object value) {
        if (value instanceof Integer i) {
            return Long.valueOf(i);
        }
        if (value instanceof Long l) {
            if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
                throw new CoercionException(value, "an int", -1, "out of range", null);
            }
            return l;
        }
        throw new CoercionException(value, "an int", -1, null, null);
    }

    static Object status(Object value) {
        if (value instanceof FindingStatus) {
            return value;
        }
        if (value instanceof String text) {
            return FindingStatus.parse(text).orElseThrow(() -> new CoercionException(value, STATUSES, -1, null,
                    Suggestions.closest(text.strip(), FindingStatus.labels()).orElse(null)));
        }
        throw new CoercionException(value, STATUSES, -1, null, null);
    }

    static Object impact(Object value) {
        if (value instanceof Impact) {
            return value;
        }
        if (value instanceof String text) {
            return Impact.parse(text).orElseThrow(() -> new CoercionException(value, IMPACTS, -1, null,
                    Suggestions.closest(text.strip(), Impact.labels()).orElse(null)));
        }
        throw new CoercionException(value, IMPACTS, -1, null, null);
    }

    static Object date(Object value) {
        if (value instanceof LocalDate) {
            return value;
        }
        if (value instanceof String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new CoercionException(value, DATE, -1, null, null);
            }
        }
        throw new CoercionException(value, DATE, -1, null, null);
    }

    /** Values that must be instances of a class, such as strings and enumeration members. */
    static Coercer instanceOf(Class<?> type) {
        String expected = "a " + type.getSimpleName();
        return value -> {
            if (type.isInstance(value)) {
                return value;
            }
            throw new CoercionException(value, expected, -1, null, null);
        };
    }

    /** A reference to an element of a kind; null (no element) only where the attribute allows it. */
    static Coercer reference(Predicate<Element> kind, boolean nullable) {
        return value -> {
            if (value == null && nullable || value instanceof Element e && kind.test(e)) {
                return value;
            }
            throw new CoercionException(value, "an element of the right kind", -1, null, null);
        };
    }

    /** An unmodifiable list whose items each pass {@code item}. */
    static Coercer list(Coercer item) {
        return value -> List.copyOf(items(value, item));
    }

    /** An unmodifiable list without repeats, in first-seen order; a lone {@code single} is a list of one. */
    static Coercer distinctList(Class<?> single, Coercer item) {
        return value -> distinct(items(single.isInstance(value) ? List.of(value) : value, item));
    }

    /** Up to this many items, repeats are looked for by comparing each pair rather than through a set. */
    private static final int FEW = 8;

    /**
     * The items without repeats, in first-seen order, unmodifiable. A flow carries a few data items, nearly always
     * distinct: they are compared pair by pair and copied once, without a set per flow (50,000 at 50,000 flows).
     */
    private static List<Object> distinct(List<Object> items) {
        int size = items.size();
        if (size > FEW) {
            return List.copyOf(new LinkedHashSet<>(items));
        }
        for (int i = 1; i < size; i++) {
            Object later = items.get(i);
            for (int j = 0; j < i; j++) {
                if (later.equals(items.get(j))) {
                    return List.copyOf(new LinkedHashSet<>(items));
                }
            }
        }
        return List.copyOf(items);
    }

    /** An unmodifiable sorted set whose items each pass {@code item}. */
    static Coercer sortedSet(Coercer item) {
        return value -> Collections.unmodifiableSet(new TreeSet<>(items(value, item)));
    }

    private static List<Object> items(Object value, Coercer item) {
        if (!(value instanceof Collection<?> collection)) {
            throw new CoercionException(value, "a collection", -1, null, null);
        }
        List<Object> items = new ArrayList<>(collection.size());
        int index = 0;
        for (Object each : collection) {
            try {
                items.add(item.coerce(each));
            } catch (CoercionException e) {
                throw e.atItem(index);
            }
            index++;
        }
        return items;
    }
}
