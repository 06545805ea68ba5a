package dev.tmj.python.value;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a value of the model enters Python. The model stores ints as {@link Integer} (and levels as a set of them);
 * Python, and so this layer, has one int type, {@link Long}. This is the one place that converts; once the model
 * stores Long it is the identity.
 */
public final class ModelValues {
    private ModelValues() {
    }

    /**
     * The Python value of a model attribute value: an Integer as a Long, a set of Integers as a sorted set of Longs,
     * anything else itself. Cheap for everything but ints: conditions call it on every attribute they read.
     */
    public static Object toPython(Object value) {
        if (value instanceof Integer i) {
            return Long.valueOf(i);
        }
        if (value instanceof Set<?> set && !set.isEmpty() && set.iterator().next() instanceof Integer) {
            Set<Object> longs = new TreeSet<>();
            set.forEach(i -> longs.add(Long.valueOf((Integer) i)));
            return Collections.unmodifiableSet(longs);
        }
        return value;
    }
}
