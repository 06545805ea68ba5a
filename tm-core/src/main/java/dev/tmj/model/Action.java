package dev.tmj.model;

/** What the model check does with duplicate dataflows (pytm's {@code Action}, used by {@code onDuplicates}). */
public enum Action implements ValuedEnum {
    NO_ACTION, RESTRICT, IGNORE;

    @Override
    public String value() {
        return name();
    }
}
