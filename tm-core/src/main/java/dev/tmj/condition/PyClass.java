package dev.tmj.condition;

import dev.tmj.model.ElementType;
import java.util.EnumMap;
import java.util.Map;

/**
 * A pytm element class named in a condition, such as {@code Datastore} in {@code target.oneOf(Datastore)}.
 * There is one instance per class, so that {@code Server is Server} and {@code Server == Server} hold as in Python.
 */
record PyClass(ElementType type) {
    private static final Map<ElementType, PyClass> CLASSES = new EnumMap<>(ElementType.class);

    static {
        for (ElementType t : ElementType.values()) {
            CLASSES.put(t, new PyClass(t));
        }
    }

    /** The one instance for this element class. */
    static PyClass of(ElementType type) {
        return CLASSES.get(type);
    }

    @Override
    public String toString() {
        return "<class '" + type.pytmName() + "'>";
    }
}
