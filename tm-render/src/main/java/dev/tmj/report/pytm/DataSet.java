package dev.tmj.report.pytm;

import dev.tmj.python.value.Py;
import dev.tmj.python.value.PyObject;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * pytm's {@code DataSet}, a set of Data: its {@code str()} is the sorted names joined by ", ", its repr that of a
 * set subclass. The items are kept in name order, for a stable output.
 *
 * @param items the data items as the template sees them, in name order
 * @param names the distinct names, sorted
 */
record DataSet(Set<Object> items, List<String> names) implements PyObject {
    /** A DataSet of these views, given in name order, and their sorted names. */
    static DataSet of(List<Object> items, List<String> names) {
        return new DataSet(Collections.unmodifiableSet(new LinkedHashSet<>(items)), List.copyOf(names));
    }

    @Override
    public String typeName() {
        return "DataSet";
    }

    @Override
    public String str() {
        return String.join(", ", names);
    }

    @Override
    public String repr() {
        return items.isEmpty() ? "DataSet()" : "DataSet(" + Py.repr(items) + ")";
    }

    @Override
    public boolean truthy() {
        return !items.isEmpty();
    }
}
