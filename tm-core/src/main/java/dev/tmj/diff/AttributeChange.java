package dev.tmj.diff;

import java.util.Objects;

/**
 * One attribute whose value differs between two versions of an element or of the model, with both values as
 * text: a string in double quotes, {@code True}/{@code False}, a number, an enumeration member's name, an element
 * by its identity ({@code Boundary:Internet}), data by name, a collection as {@code [a, b]}, nothing as
 * {@code None}. Outputs escape the text; it is the model's own and may hold anything.
 *
 * @param attribute the schema's attribute name, such as {@code protocol} or {@code inBoundary}; a control is
 *     named {@code controls.isEncrypted}
 * @param before the value in the old version
 * @param after the value in the new version
 */
public record AttributeChange(String attribute, String before, String after) {
    public AttributeChange {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
