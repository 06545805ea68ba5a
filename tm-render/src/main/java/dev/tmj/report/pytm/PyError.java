package dev.tmj.report.pytm;

/**
 * The Python exception pytm would raise ({@code KeyError}, {@code AttributeError}, {@code TypeError} ...), before the
 * engine adds the template position and turns it into a {@link TemplateException}.
 */
final class PyError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String kind;

    PyError(String kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    String kind() {
        return kind;
    }

    static PyError attribute(Object owner, String name, java.util.Collection<String> known) {
        String hint = dev.tmj.model.Suggestions.closest(name, known).map(s -> " (did you mean '" + s + "'?)")
                .orElse("");
        return new PyError("AttributeError", "'" + Py.typeName(owner) + "' object has no attribute '" + name + "'"
                + hint);
    }

    static PyError type(String message) {
        return new PyError("TypeError", message);
    }

    static PyError value(String message) {
        return new PyError("ValueError", message);
    }
}
