package dev.tmj.gate;

import dev.tmj.model.FindingStatus;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.RiskLevel;
import dev.tmj.threat.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which findings fail a build: open ones (an acceptance past its expiry is open again) at or above a severity, or
 * at or above a risk level (either threshold that is met fails the finding), and with {@link #onlyNew()} only those
 * a baseline does not hold. Mitigated, accepted, transferred, avoided and false-positive findings never fail it.
 *
 * @param failOn the lowest severity that fails, or empty for {@code none} (severity fails nothing)
 * @param onlyNew whether only findings new against the baseline fail ({@code --fail-on-new})
 * @param failOnRisk the lowest risk level that fails ({@code --fail-on-risk}), or empty for none (the default)
 */
public record Gate(Optional<Severity> failOn, boolean onlyNew, Optional<RiskLevel> failOnRisk) {
    /** The default gate: open findings of high severity or above fail; risk fails nothing. */
    public static final Gate DEFAULT = new Gate(Optional.of(Severity.HIGH), false);

    public Gate {
        failOn = failOn == null ? Optional.empty() : failOn;
        failOnRisk = failOnRisk == null ? Optional.empty() : failOnRisk;
    }

    /** A gate on severity alone. */
    public Gate(Optional<Severity> failOn, boolean onlyNew) {
        this(failOn, onlyNew, Optional.empty());
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
        return new Gate(failOn, true, failOnRisk);
    }

    /** This gate, also failing on open findings at or above this risk level (or on none, when empty). */
    public Gate failingOnRisk(Optional<RiskLevel> level) {
        return new Gate(failOn, onlyNew, level);
    }

    /** Whether this finding, with what the baseline says of it, fails the gate. */
    public boolean fails(Finding finding, Change change) {
        // The risk is worked out only when a risk threshold asks for it.
        boolean riskMet = failOnRisk.isPresent() && finding.status() == FindingStatus.OPEN
                && finding.risk().level().compareTo(failOnRisk.get()) >= 0;
        return riskMet ? !onlyNew || change != Change.UNCHANGED : fails(finding.status(), finding.severity(), change);
    }

    /** The severity rule, on a finding's status, severity and change. */
    public boolean fails(FindingStatus status, Severity severity, Change change) {
        if (failOn.isEmpty() || status != FindingStatus.OPEN || severity.compareTo(failOn.get()) < 0) {
            return false;
        }
        return !onlyNew || change != Change.UNCHANGED;
    }

    /** The whole rule, on a finding's status, severity, risk level and change: either threshold met fails. */
    public boolean fails(FindingStatus status, Severity severity, RiskLevel risk, Change change) {
        boolean riskMet = failOnRisk.isPresent() && status == FindingStatus.OPEN
                && risk.compareTo(failOnRisk.get()) >= 0;
        return riskMet ? !onlyNew || change != Change.UNCHANGED : fails(status, severity, change);
    }

    /** {@code high}, {@code very high} ... or {@code none}: what {@code --fail-on} and {@code tmj.yaml} say. */
    public String thresholdLabel() {
        return failOn.map(s -> s.label().toLowerCase(Locale.ROOT)).orElse("none");
    }

    /** {@code high}, {@code critical} ... or {@code none}: what {@code --fail-on-risk} and {@code tmj.yaml} say. */
    public String riskThresholdLabel() {
        return failOnRisk.map(RiskLevel::label).orElse("none");
    }

    /**
     * A {@code --fail-on-risk} value: a risk level ({@code low}, {@code medium}, {@code high}, {@code critical}) in
     * any case, or {@code none}.
     *
     * @throws GateException for anything else, listing what is accepted
     */
    public static Optional<RiskLevel> riskThreshold(String text) {
        if (text.strip().equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        return Optional.of(RiskLevel.parse(text).orElseThrow(() -> new GateException("unknown risk level '" + text
                + "': expected one of " + String.join(", ", RiskLevel.labels()) + " or none")));
    }

    /**
     * A {@code --fail-on} value: one of pytm's five severities ({@code very high}, {@code high}, {@code medium},
     * {@code low}, {@code very low}) or {@code info}, in any case, with a space, hyphen or underscore between
     * words; or {@code none}.
     *
     * @throws GateException for anything else, listing what is accepted
     */
    public static Optional<Severity> threshold(String text) {
        String wanted = dev.tmj.model.LabelText.normalized(text);
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
