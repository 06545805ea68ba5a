package dev.tmj.python.value;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A Python tuple. Kept apart from {@link List} (a Python list) because Python tells them apart:
 * {@code (1,) == [1]} is False and their reprs differ.
 *
 * @param items the items, which may be None (null); the tuple owns the list, so whoever creates a tuple hands over
 *     a list it no longer changes (the condition engine builds one per evaluation and does not copy it again)
 */
public record PyTuple(List<Object> items) {
    /** A tuple of these items, which may be null. */
    public static PyTuple of(Object... items) {
        return new PyTuple(Collections.unmodifiableList(Arrays.asList(items.clone())));
    }

    /** Python's {@code repr()}, such as {@code ('a', 1)} or {@code (1,)}. */
    @Override
    public String toString() {
        return Py.repr(this);
    }
}
