package dev.tmj.condition;

import java.util.List;

/** A Python tuple; kept apart from lists because {@code (1,) == [1]} is False in Python. */
record Tuple(List<Object> items) {
    @Override
    public String toString() {
        return items.size() == 1 ? "(" + Py.repr(items.get(0)) + ",)" : Py.reprItems(items, "(", ")");
    }
}
