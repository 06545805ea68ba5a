package dev.tmj.model;

import java.util.Locale;

/** An enumeration whose members carry pytm's value string (what {@code Lifetime.LONG.value} is in Python). */
public interface ValuedEnum {
    /** The pytm value of this member, for example {@code "LONG_LIVED"} for {@link Lifetime#LONG}. */
    String value();

    /** pytm's {@code label()}: the value in lower case with underscores as spaces. */
    default String label() {
        return value().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
