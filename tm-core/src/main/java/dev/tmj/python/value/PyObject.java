package dev.tmj.python.value;

/**
 * A value that gives its own Python face, as a Python class does with {@code __str__}, {@code __repr__} and
 * {@code __bool__}: the template engine's views of model objects, pytm's element classes. {@link Py} asks these
 * methods for any value that implements this interface.
 */
public interface PyObject {
    /** Python's {@code type(x).__name__}, for example {@code Server}. */
    String typeName();

    /** Python's {@code repr(x)}. */
    String repr();

    /** Python's {@code str(x)}; like Python's default {@code __str__}, the repr unless overridden. */
    default String str() {
        return repr();
    }

    /** Python's {@code bool(x)}; objects are true unless they say otherwise (an empty container, for example). */
    default boolean truthy() {
        return true;
    }
}
