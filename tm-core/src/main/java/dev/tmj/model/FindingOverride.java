package dev.tmj.model;

import java.util.Objects;

/**
 * A per-element change to one threat's finding (pytm's {@code Finding} placed in {@code overrides}):
 * only the fields it sets replace the threat's; an override on an element also reports the finding when
 * the threat would not match on its own (pytm's documented behaviour).
 */
public final class FindingOverride extends ModelObject {
    private FindingOverride(String threatId) {
        super(Schemas.FINDING);
        set("threat_id", threatId);
    }

    /** An override of the threat with this SID. */
    public static FindingOverride of(String threatId) {
        return new FindingOverride(Objects.requireNonNull(threatId, "threatId"));
    }

    public String threatId() {
        return (String) get("threat_id");
    }

    @Override
    public FindingOverride set(String name, Object value) {
        super.set(name, value);
        return this;
    }

    public FindingOverride response(String response) {
        return set("response", response);
    }

    public FindingOverride cvss(String cvss) {
        return set("cvss", cvss);
    }

    public FindingOverride severity(String severity) {
        return set("severity", severity);
    }

    public FindingOverride likelihood(String likelihood) {
        return set("likelihood", likelihood);
    }

    /** Declares how the finding is handled: {@code open}, {@code mitigated}, {@code accepted} ... */
    public FindingOverride status(String status) {
        return set("status", status);
    }

    /** Who decided. */
    public FindingOverride owner(String owner) {
        return set("owner", owner);
    }

    /** Why the decision holds. */
    public FindingOverride justification(String justification) {
        return set("justification", justification);
    }

    /** The last day the decision holds (an acceptance reopens after it). */
    public FindingOverride expires(java.time.LocalDate lastDay) {
        return set("expires", lastDay.toString());
    }

    @Override
    public String label() {
        return "Finding(" + threatId() + ")";
    }
}
