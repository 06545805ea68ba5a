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

    @Override
    public String label() {
        return "Finding(" + threatId() + ")";
    }
}
