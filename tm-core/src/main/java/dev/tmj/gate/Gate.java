package dev.tmj.gate;

import dev.tmj.model.FindingStatus;
import dev.tmj.resolve.Finding;
import dev.tmj.threat.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which findings fail a build: open ones (an acceptance past its expiry is open again) at or above a severity,
 * and with {@link #onlyNew()} only those a baseline does not hold. Mitigated, accepted, transferred, avoided and
 * false-positive findings never fail it.
 *
 * @param failOn the lowest severity that fails, or empty for {@code none} (the gate never fails)
 * @param onlyNew whether only findings new against the baseline fail ({@code --fail-on-new})
 */
public record Gate(Optional<Severity> failOn, boolean onlyNew) {
    /** The default gate: open findings of high severity or above fail. */
    public static final Gate DEFAULT = new Gate(Optional.of(Severity.HIGH), false);

    public Gate {
        failOn = failOn == null ? Optional.empty() : failOn;
    }

    /** A gate that fails on open findings at or above this severity. */
    public static Gate failingOn(Severity severity) {
        return new Gate(Optional.of(severity), false);
    }

    /** A gate that never fails. */
    public static Gate never() {
        return new Gate(Optional.empty(), false);
    }

    /** This gate, failing only on findings that a baseline does not hold. */
    public Gate onlyNewFindings() {
        return new Gate(failOn, true);
    }

    /** Whether this finding, with what the baseline says of it, fails the gate. */
    public boolean fails(Finding finding, Change change) {
        return fails(finding.status(), finding.severity(), change);
    }

    /** The rule itself, on a finding's status, severity and change. */
    public boolean fails(FindingStatus status, Severity severity, Change change) {
        if (failOn.isEmpty() || status != FindingStatus.OPEN || severity.compareTo(failOn.get()) < 0) {
            return false;
        }
        return !onlyNew || change != Change.UNCHANGED;
    }

    /** {@code high}, {@code very high} ... or {@code none}: what {@code --fail-on} and {@code tmj.yaml} say. */
    public String thresholdLabel() {
        return failOn.map(s -> s.label().toLowerCase(Locale.ROOT)).orElse("none");
    }

    /**
     * A {@code --fail-on} value: one of pytm's five severities ({@code very high}, {@code high}, {@code medium},
     * {@code low}, {@code very low}) or {@code info}, in any case, with a space, hyphen or underscore between
     * words; or {@code none}.
     *
     * @throws GateException for anything else, listing what is accepted
     */
    public static Optional<Severity> threshold(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ')
                .replaceAll(" +", " ");
        if (wanted.equals("none")) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(Severity.values())
                .filter(s -> s.label().toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .orElseThrow(() -> new GateException("unknown severity '" + text + "': expected one of "
                        + Arrays.stream(Severity.values()).map(s -> s.label().toLowerCase(Locale.ROOT)
                                .replace(' ', '-')).collect(Collectors.joining(", ")) + " or none")));
    }
}
