package dev.tmj.report.pytm;

import java.util.List;

/**
 * A model object as a template sees it: a fixed table of attributes (from tmj's schemas plus a few methods), its
 * Python {@code str} and {@code repr}, and, like a pydantic model, iteration over {@code (name, value)} pairs. There
 * is no reflection: a template reaches exactly the names these tables list.
 */
interface PyObject {
    /** Python's {@code type(x).__name__}, for example {@code Server}. */
    String typeName();

    /** The attribute's value, or {@link Py#MISSING}. */
    Object attribute(String name);

    /** Every attribute name, for iteration and for suggestions in errors. */
    List<String> attributeNames();

    String str();

    String repr();

    /** What {@code repeat:} iterates: pydantic models iterate over {@code (field, value)} pairs. */
    default List<Object> iterate() {
        List<String> names = attributeNames();
        List<Object> pairs = new java.util.ArrayList<>(names.size());
        for (String name : names) {
            Object value = attribute(name);
            if (!(value instanceof Py.Method)) {
                pairs.add(new Py.Tuple(List.of(name, value == null ? Py.NONE : value)));
            }
        }
        return pairs;
    }
}
