package dev.tmj.condition;

import dev.tmj.model.ElementType;

/** A pytm element class named in a condition, such as {@code Datastore} in {@code target.oneOf(Datastore)}. */
record PyClass(ElementType type) {
    @Override
    public String toString() {
        return "<class '" + type.pytmName() + "'>";
    }
}
