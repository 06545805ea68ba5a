package dev.tmj.resolve;

import java.util.Set;
import java.util.TreeSet;

/**
 * Options of a resolution.
 *
 * @param excludedThreats SIDs dropped from every element (pytm's {@code --exclude}), silently, not as excluded
 *     findings
 * @param today the day expiry dates are judged against; null means the day the status is asked for
 */
public record ResolveOptions(Set<String> excludedThreats, java.time.LocalDate today) {
    public static final ResolveOptions DEFAULTS = new ResolveOptions(Set.of(), null);

    public ResolveOptions {
        excludedThreats = Set.copyOf(new TreeSet<>(excludedThreats));
    }

    public ResolveOptions(Set<String> excludedThreats) {
        this(excludedThreats, null);
    }

    /** These options, judging expiry dates as of this day (for reproducible reports and tests). */
    public ResolveOptions asOf(java.time.LocalDate day) {
        return new ResolveOptions(excludedThreats, day);
    }

    /** These options, also excluding the given SIDs. */
    public ResolveOptions excluding(String... sids) {
        Set<String> all = new TreeSet<>(excludedThreats);
        all.addAll(Set.of(sids));
        return new ResolveOptions(all, today);
    }
}
