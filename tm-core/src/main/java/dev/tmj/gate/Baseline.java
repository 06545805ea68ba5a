package dev.tmj.gate;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The findings of an earlier run (a {@code findings.json} or SARIF file tmj wrote), keyed by fingerprint. A
 * finding of this run is {@link Change#NEW} when its fingerprint is not here; a baseline finding whose
 * fingerprint this run lacks is fixed.
 */
public final class Baseline {
    private final String source;
    private final Map<String, BaselineFinding> byFingerprint;

    private Baseline(String source, Map<String, BaselineFinding> byFingerprint) {
        this.source = source;
        this.byFingerprint = byFingerprint;
    }

    /** A baseline of these findings, read from {@code source} (a file name, for messages). */
    public static Baseline of(String source, Collection<BaselineFinding> findings) {
        Map<String, BaselineFinding> map = new LinkedHashMap<>();
        for (BaselineFinding finding : findings) {
            map.putIfAbsent(finding.fingerprint(), finding);
        }
        return new Baseline(source, map);
    }

    /** Where the baseline was read from. */
    public String source() {
        return source;
    }

    /** What the baseline says of a finding with this fingerprint. */
    public Change changeOf(String fingerprint) {
        return byFingerprint.containsKey(fingerprint) ? Change.UNCHANGED : Change.NEW;
    }

    /** The baseline's finding with this fingerprint. */
    public Optional<BaselineFinding> get(String fingerprint) {
        return Optional.ofNullable(byFingerprint.get(fingerprint));
    }

    /** The baseline's findings whose fingerprints are not among these: fixed since the baseline, in its order. */
    public List<BaselineFinding> fixedAgainst(Set<String> currentFingerprints) {
        return byFingerprint.values().stream().filter(f -> !currentFingerprints.contains(f.fingerprint())).toList();
    }

    /** Every finding of the baseline, in its order. */
    public List<BaselineFinding> findings() {
        return List.copyOf(byFingerprint.values());
    }
}
