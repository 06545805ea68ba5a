package dev.tmj.model;

import java.util.Optional;

/**
 * A value that does not fit a {@link ValueType}. It says what was expected and, for a collection, which item did
 * not fit, so that each reader can point at the item in its own words and at its own position.
 */
public class CoercionException extends TmjException {
    private static final long serialVersionUID = 1L;

    private final transient Object rejected;
    private final String expected;
    private final int item;
    private final String reason;
    private final String suggestion;

    /**
     * @param rejected the value (or item) that does not fit
     * @param expected what fits, as a phrase: {@code an int}, {@code a date (YYYY-MM-DD)}
     * @param item the index of the rejected item in the collection given, or -1 for the whole value
     * @param reason why a value of the right kind still does not fit ({@code out of range}), or null
     * @param suggestion the closest valid spelling of a misspelt text, or null
     */
    public CoercionException(Object rejected, String expected, int item, String reason, String suggestion) {
        super("expected " + expected + ", got " + rejected + (reason == null ? "" : " (" + reason + ")"));
        this.rejected = rejected;
        this.expected = expected;
        this.item = item;
        this.reason = reason;
        this.suggestion = suggestion;
    }

    /** The same problem found at an item of a collection. */
    CoercionException atItem(int index) {
        return new CoercionException(rejected, expected, index, reason, suggestion);
    }

    /** The value, or the item of a collection, that does not fit. */
    public Object rejected() {
        return rejected;
    }

    /** What would fit, as a phrase for messages: {@code a date (YYYY-MM-DD)}. */
    public String expected() {
        return expected;
    }

    /** The index of the rejected item in the collection given, or -1 when the whole value is wrong. */
    public int item() {
        return item;
    }

    /** Why a value of the right kind still does not fit, such as {@code out of range}. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** The closest valid spelling of a misspelt text, such as {@code mitigated} for {@code mitgated}. */
    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestion);
    }
}
