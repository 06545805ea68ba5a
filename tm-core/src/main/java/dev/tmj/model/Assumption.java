package dev.tmj.model;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Something the model takes as given. An assumption that lists threat SIDs in {@code exclude} moves the
 * matching findings of its element (or of the whole model) to the excluded findings.
 */
public record Assumption(String name, Set<String> exclude, String description) {
    public Assumption {
        Objects.requireNonNull(name, "name");
        exclude = Set.copyOf(new TreeSet<>(exclude));
        description = description == null ? "" : description;
    }

    public static Assumption named(String name) {
        return new Assumption(name, Set.of(), "");
    }

    /** A copy that also excludes these SIDs. */
    public Assumption excluding(String... sids) {
        Set<String> all = new TreeSet<>(exclude);
        all.addAll(Set.of(sids));
        return new Assumption(name, all, description);
    }

    public Assumption describedAs(String text) {
        return new Assumption(name, exclude, text);
    }
}
