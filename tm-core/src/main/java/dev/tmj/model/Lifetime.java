package dev.tmj.model;

/** How long credentials live and how they can be revoked (pytm's {@code Lifetime}). */
public enum Lifetime implements ValuedEnum {
    NONE("NONE"),
    UNKNOWN("UNKNOWN"),
    SHORT("SHORT_LIVED"),
    LONG("LONG_LIVED"),
    AUTO("AUTO_REVOKABLE"),
    MANUAL("MANUALLY_REVOKABLE"),
    HARDCODED("HARDCODED");

    private final String value;

    Lifetime(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
