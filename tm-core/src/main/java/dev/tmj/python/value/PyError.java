package dev.tmj.python.value;

import dev.tmj.model.Suggestions;
import java.util.Collection;

/**
 * The Python exception an operation raises ({@code TypeError}, {@code ValueError}, {@code KeyError} ...): its kind
 * and Python's message. Whoever evaluates turns it into its own error with a position (the template engine) or
 * into an evaluation failure (conditions). It carries no stack trace: it is expected, and reported as a message.
 */
public final class PyError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String kind;

    /**
     * @param kind the Python exception class, for example {@code TypeError}
     * @param message Python's message
     */
    public PyError(String kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    /** The Python exception class, for example {@code TypeError}. */
    public String kind() {
        return kind;
    }

    /** {@code AttributeError: 'Server' object has no attribute 'nmae' (did you mean 'name'?)}. */
    public static PyError attribute(Object owner, String name, Collection<String> known) {
        String hint = Suggestions.closest(name, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
        return new PyError("AttributeError", "'" + Py.typeName(owner) + "' object has no attribute '" + name + "'"
                + hint);
    }

    public static PyError type(String message) {
        return new PyError("TypeError", message);
    }

    public static PyError value(String message) {
        return new PyError("ValueError", message);
    }
}
