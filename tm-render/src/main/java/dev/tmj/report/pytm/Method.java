package dev.tmj.report.pytm;

import dev.tmj.python.value.Py;
import dev.tmj.python.value.PyObject;
import java.util.function.Supplier;

/**
 * A bound method without arguments, such as {@code display_name}, that a template calls with {@code call:}.
 *
 * @param owner the name of the class that defines it, for its repr
 * @param self the object it is bound to, for its repr
 * @param body what calling it returns; null is None
 */
record Method(String owner, String name, Object self, Supplier<Object> body) implements PyObject {
    Object call() {
        return body.get();
    }

    @Override
    public String typeName() {
        return "method";
    }

    @Override
    public String repr() {
        return "<bound method " + owner + "." + name + " of " + Py.repr(self) + ">";
    }
}
