package dev.tmj.diff;

import dev.tmj.resolve.Finding;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding that only one version has (new or fixed), or that both have with a different status or severity.
 * Matched by {@link Finding#fingerprint()}. Which of these it is follows from the {@link ModelDiff} list that
 * holds it.
 *
 * @param before the finding in the old version; empty when new
 * @param after the finding in the new version; empty when fixed
 */
public record FindingChange(Optional<Finding> before, Optional<Finding> after) {
    public FindingChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("a finding change needs a finding");
        }
    }

    /** The finding as it is now, or as it was when fixed. */
    public Finding finding() {
        return after.orElseGet(before::get);
    }

    public String sid() {
        return finding().threatId();
    }

    public String fingerprint() {
        return finding().fingerprint();
    }

    /** The identity of the finding's element, as the fingerprint uses it. */
    public String elementIdentity() {
        return finding().elementIdentity();
    }
}
