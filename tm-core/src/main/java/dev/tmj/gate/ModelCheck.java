package dev.tmj.gate;

import dev.tmj.model.SourceLocation;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One model through the gate: its findings with location, change and verdict, and the baseline's findings this
 * run no longer has (fixed).
 *
 * @param path the model file, relative to the repository's top (forward slashes); SARIF's {@code automationDetails}
 *             and JUnit's suite name derive from it
 * @param findings the resolution's findings
 * @param checked every finding of the resolution, in its order
 * @param fixed the baseline's findings that this run lacks; empty without a baseline
 * @param baseline the baseline compared against, if any
 */
public record ModelCheck(String path, Findings findings, List<CheckedFinding> checked, List<BaselineFinding> fixed,
        Optional<Baseline> baseline) {
    public ModelCheck {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(findings, "findings");
        checked = List.copyOf(checked);
        fixed = List.copyOf(fixed);
        baseline = baseline == null ? Optional.empty() : baseline;
    }

    /**
     * Puts a resolution's findings through the gate.
     *
     * @param path the model file relative to the repository's top, with forward slashes
     * @param findings the resolution's findings
     * @param gate the gate
     * @param baseline an earlier run's findings, or empty
     * @param pathOf the repository-relative path of the file an element was declared in (a DSL model's Java
     *               source, say); the model's own path when it gives nothing better
     */
    public static ModelCheck of(String path, Findings findings, Gate gate, Optional<Baseline> baseline,
            Function<SourceLocation, Optional<String>> pathOf) {
        if (gate.onlyNew() && baseline.isEmpty()) {
            throw new GateException("failing only on new findings needs a baseline (--baseline FILE)");
        }
        List<CheckedFinding> checked = new ArrayList<>(findings.size());
        // Only a baseline needs them: the findings it has that this run lacks are the fixed ones.
        Set<String> fingerprints = baseline.isPresent() ? new HashSet<>() : null;
        for (Finding finding : findings) {
            Change change = baseline.map(b -> b.changeOf(finding.fingerprint())).orElse(Change.NOT_COMPARED);
            Optional<SourceLocation> location = finding.location().filter(l -> l.line() > 0);
            String file = location.flatMap(pathOf).orElse(path);
            int line = location.map(SourceLocation::line).orElse(1);
            checked.add(new CheckedFinding(finding, file, line, change, gate.fails(finding, change)));
            if (fingerprints != null) {
                fingerprints.add(finding.fingerprint());
            }
        }
        List<BaselineFinding> fixed = baseline.map(b -> b.fixedAgainst(fingerprints)).orElse(List.of());
        return new ModelCheck(path, findings, checked, fixed, baseline);
    }

    /** Whether no finding of this model fails the gate. */
    public boolean passed() {
        return checked.stream().noneMatch(CheckedFinding::failsGate);
    }

    /** The findings that fail the gate, in model order. */
    public List<CheckedFinding> failing() {
        return checked.stream().filter(CheckedFinding::failsGate).toList();
    }
}
