package dev.tmj.python.value;

import dev.tmj.model.ElementType;
import java.util.EnumMap;
import java.util.Map;

/**
 * A pytm element class as a value: {@code Datastore} in the condition {@code target.oneOf(Datastore)}, the items of
 * a threat's {@code target} in a report template. There is one instance per class, so that {@code Server is Server}
 * and {@code Server == Server} hold as in Python.
 */
public final class PyClass implements PyObject {
    private static final Map<ElementType, PyClass> CLASSES = new EnumMap<>(ElementType.class);

    static {
        for (ElementType t : ElementType.values()) {
            CLASSES.put(t, new PyClass(t));
        }
    }

    private final ElementType type;

    private PyClass(ElementType type) {
        this.type = type;
    }

    /** The one instance for this element class. */
    public static PyClass of(ElementType type) {
        return CLASSES.get(type);
    }

    public ElementType type() {
        return type;
    }

    /** The pytm module that defines the class, as its {@code repr()} names it: {@code pytm.asset} for Server. */
    public String module() {
        return switch (type) {
            case ACTOR -> "pytm.actor";
            case BOUNDARY -> "pytm.boundary";
            case DATAFLOW -> "pytm.dataflow";
            case DATASTORE -> "pytm.datastore";
            case PROCESS, SET_OF_PROCESSES -> "pytm.process";
            case ELEMENT -> "pytm.element";
            default -> "pytm.asset";
        };
    }

    @Override
    public String typeName() {
        return "type";
    }

    @Override
    public String repr() {
        return "<class '" + module() + "." + type.pytmName() + "'>";
    }

    @Override
    public String toString() {
        return repr();
    }
}
