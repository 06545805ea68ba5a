package dev.tmj.model;

/** Data classification levels, ordered from least to most sensitive (pytm's {@code Classification}). */
public enum Classification implements OrderedLevel {
    UNKNOWN, PUBLIC, RESTRICTED, SENSITIVE, SECRET, TOP_SECRET;

    @Override
    public int level() {
        return ordinal();
    }
}
