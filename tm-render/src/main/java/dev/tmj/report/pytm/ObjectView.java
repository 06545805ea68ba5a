package dev.tmj.report.pytm;

import dev.tmj.python.value.PyObject;
import dev.tmj.python.value.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * A model object as a template sees it: a fixed table of attributes (from tmj's schemas plus a few methods), its
 * Python {@code str} and {@code repr}, and, like a pydantic model, iteration over {@code (name, value)} pairs. There
 * is no reflection: a template reaches exactly the names these tables list.
 */
interface ObjectView extends PyObject {
    /**
     * What {@link #attribute} returns for a name the object does not have; None (null) is an attribute's value like
     * any other.
     */
    Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<missing>";
        }
    };

    /** The attribute's value, or {@link #MISSING}. */
    Object attribute(String name);

    /** Every attribute name, for iteration and for suggestions in errors. */
    List<String> attributeNames();

    /** What {@code repeat:} iterates: pydantic models iterate over {@code (field, value)} pairs. */
    default List<Object> iterate() {
        List<String> names = attributeNames();
        List<Object> pairs = new ArrayList<>(names.size());
        for (String name : names) {
            Object value = attribute(name);
            if (!(value instanceof Method)) {
                pairs.add(PyTuple.of(name, value));
            }
        }
        return pairs;
    }
}
