package dev.tmj.model;

/**
 * An enumeration whose members compare by level, like pytm's {@code OrderedEnum}: members of the same
 * enumeration can be compared with {@code <}, {@code <=}, {@code >} and {@code >=} in conditions.
 */
public interface OrderedLevel {
    /** The member's position in the order; larger is higher. */
    int level();
}
