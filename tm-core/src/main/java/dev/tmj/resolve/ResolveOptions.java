package dev.tmj.resolve;

import java.util.Set;
import java.util.TreeSet;

/**
 * Options of a resolution.
 *
 * @param excludedThreats SIDs dropped from every element (pytm's {@code --exclude}), silently, not as excluded
 *     findings
 */
public record ResolveOptions(Set<String> excludedThreats) {
    public static final ResolveOptions DEFAULTS = new ResolveOptions(Set.of());

    public ResolveOptions {
        excludedThreats = Set.copyOf(new TreeSet<>(excludedThreats));
    }

    /** These options, also excluding the given SIDs. */
    public ResolveOptions excluding(String... sids) {
        Set<String> all = new TreeSet<>(excludedThreats);
        all.addAll(Set.of(sids));
        return new ResolveOptions(all);
    }
}
