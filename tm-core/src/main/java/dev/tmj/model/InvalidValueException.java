package dev.tmj.model;

/** A value of the wrong type for an attribute, for example a string for a port. */
public class InvalidValueException extends TmjException {
    private static final long serialVersionUID = 1L;

    public InvalidValueException(String owner, Attribute attribute, Object value) {
        super(message(owner, attribute, value, ""));
    }

    /** A value that {@link ValueType#coerce} rejected; the message adds why and the closest spelling, if known. */
    public InvalidValueException(String owner, Attribute attribute, Object value, CoercionException cause) {
        super(message(owner, attribute, value, cause.reason().map(r -> " (" + r + ")").orElse("")
                + cause.suggestion().map(s -> "; did you mean '" + s + "'?").orElse("")), cause);
    }

    /** Why the type rejected the value, when it was {@link ValueType#coerce} that did. */
    public java.util.Optional<CoercionException> coercion() {
        return getCause() instanceof CoercionException c ? java.util.Optional.of(c) : java.util.Optional.empty();
    }

    private static String message(String owner, Attribute attribute, Object value, String detail) {
        return owner + "." + attribute.name() + " expects " + attribute.type().pytmName() + ", got "
                + describe(value) + detail;
    }

    private static String describe(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof String s) {
            return "str '" + s + "'";
        }
        if (value instanceof ModelObject object) {
            return object.label();
        }
        return value.getClass().getSimpleName() + " " + value;
    }
}
