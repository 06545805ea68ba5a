package dev.tmj.dfd;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a data-flow diagram shows. Immutable; each {@code with}-style method returns a changed copy:
 *
 * <pre>{@code
 * DfdOptions.defaults().levels(Set.of(1)).colormap(true)
 *         .onlyBoundary("Cloud VPC").neighbourhoodOf("Web server", 1).linked(true)
 * }</pre>
 *
 * @param levels pytm's {@code --levels}: an element is drawn when it is on one of these levels; empty draws
 *     every level. Without {@code --levels} pytm 1.4.0 passes an empty set and draws every level, and so do the
 *     {@link #defaults()}.
 * @param colormap pytm's {@code --colormap}: colour elements and flows by the highest severity of their findings
 * @param linked add {@code URL="#element-N"} and a tooltip to every node, edge and cluster, where N is the
 *     element's index in {@code CheckedModel.elements()} (see {@link DfdDiagram#anchor(int)})
 * @param boundary draw only the boundaries of this name and what is inside them, or {@code null} for all
 * @param centre draw only the elements of this name and those within {@code radius} flows of them, or
 *     {@code null} for all
 * @param radius how many flows away from {@code centre} elements are still drawn (0 draws the element alone)
 */
public record DfdOptions(Set<Integer> levels, boolean colormap, boolean linked, String boundary, String centre,
        int radius) {
    private static final DfdOptions DEFAULTS = new DfdOptions(Set.of(), false, false, null, null, 0);

    public DfdOptions {
        levels = Set.copyOf(new TreeSet<>(levels));
        if (radius < 0) {
            throw new IllegalArgumentException("the neighbourhood radius must be 0 or more, not " + radius);
        }
    }

    /** pytm's defaults: every level, no colours, no links, the whole model. */
    public static DfdOptions defaults() {
        return DEFAULTS;
    }

    /** Draws these levels (pytm's {@code --levels}); an empty set draws every level. */
    public DfdOptions levels(Set<Integer> newLevels) {
        return new DfdOptions(newLevels, colormap, linked, boundary, centre, radius);
    }

    /** Draws these levels (pytm's {@code --levels 0 1}). */
    public DfdOptions levels(int... newLevels) {
        return levels(Arrays.stream(newLevels).boxed().collect(Collectors.toSet()));
    }

    /** Draws every element, whatever its levels. */
    public DfdOptions allLevels() {
        return levels(Set.of());
    }

    /** Colours by severity (pytm's {@code --colormap}); needs a resolved model. */
    public DfdOptions colormap(boolean on) {
        return new DfdOptions(levels, on, linked, boundary, centre, radius);
    }

    /** Links nodes, edges and clusters to {@code #element-N} anchors, with tooltips. */
    public DfdOptions linked(boolean on) {
        return new DfdOptions(levels, colormap, on, boundary, centre, radius);
    }

    /** Draws only the boundary of this name and what is inside it, nested boundaries included. */
    public DfdOptions onlyBoundary(String name) {
        return new DfdOptions(levels, colormap, linked, name, centre, radius);
    }

    /** Draws only the element of this name and the elements at most {@code flows} flows away from it. */
    public DfdOptions neighbourhoodOf(String name, int flows) {
        return new DfdOptions(levels, colormap, linked, boundary, name, flows);
    }

    /** The boundary filter, if any. */
    public Optional<String> onlyBoundary() {
        return Optional.ofNullable(boundary);
    }

    /** The neighbourhood centre, if any. */
    public Optional<String> neighbourhoodOf() {
        return Optional.ofNullable(centre);
    }

    /** Whether every level is drawn. */
    public boolean drawsAllLevels() {
        return levels.isEmpty();
    }
}
