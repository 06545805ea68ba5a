package dev.tmj.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

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

    /** Declares how the finding is handled. */
    public FindingOverride status(FindingStatus status) {
        return set("status", status);
    }

    /** The declared status, if the override sets one. */
    public Optional<FindingStatus> status() {
        return ifSet("status", FindingStatus.class);
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
    public FindingOverride expires(LocalDate lastDay) {
        return set("expires", lastDay);
    }

    /** The last day the decision holds, if the override sets one. */
    public Optional<LocalDate> expires() {
        return ifSet("expires", LocalDate.class);
    }

    private <T> Optional<T> ifSet(String name, Class<T> type) {
        return isSet(name) ? Optional.of(type.cast(get(name))) : Optional.empty();
    }

    @Override
    public String label() {
        return "Finding(" + threatId() + ")";
    }
}
