package dev.tmj.model;

/** A value of the wrong type for an attribute, for example a string for a port. */
public class InvalidValueException extends TmjException {
    private static final long serialVersionUID = 1L;

    public InvalidValueException(String owner, Attribute attribute, Object value) {
        super(owner + "." + attribute.name() + " expects " + attribute.type().pytmName() + ", got "
                + describe(value));
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
