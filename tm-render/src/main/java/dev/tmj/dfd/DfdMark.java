package dev.tmj.dfd;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a diagram marks an element that a caller singles out ({@link DfdMarks}): drawn in a colour, with a thicker
 * line, dashed or not, and explained by a label in the legend. {@code tmj diff}'s diagram marks added elements
 * green, removed ones dashed red and changed ones amber.
 *
 * @param label the legend's text, such as {@code added}
 * @param colour the line and text colour as {@code #RRGGBB} (the one form both DOT and PlantUML read)
 * @param dashed whether lines are dashed
 */
public record DfdMark(String label, String colour, boolean dashed) {
    private static final Pattern RGB = Pattern.compile("#[0-9a-fA-F]{6}");

    public DfdMark {
        Objects.requireNonNull(label, "label");
        if (colour == null || !RGB.matcher(colour).matches()) {
            throw new IllegalArgumentException("a mark's colour is #RRGGBB, not " + colour);
        }
    }
}
