package dev.tmj.resolve;

import dev.tmj.model.Element;
import dev.tmj.threat.ThreatLibrary;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a resolution found: the findings, the findings that assumptions excluded, the warnings of conditions
 * that failed while running, and the checked model they refer to.
 */
public final class Findings implements Iterable<Finding> {
    private final CheckedModel model;
    private final ThreatLibrary library;
    private final ResolveOptions options;
    private final List<Finding> findings;
    private final List<Finding> excluded;
    private final List<EvaluationWarning> warnings;
    private final Map<Element, List<Finding>> byElement;
    private final ElementIdentities identities;

    Findings(CheckedModel model, ThreatLibrary library, ResolveOptions options, List<Finding> findings,
            List<Finding> excluded, List<EvaluationWarning> warnings, Map<Element, List<Finding>> byElement,
            ElementIdentities identities) {
        this.identities = identities;
        this.model = model;
        this.library = library;
        this.options = options;
        this.findings = Collections.unmodifiableList(findings);
        this.excluded = Collections.unmodifiableList(excluded);
        this.warnings = Collections.unmodifiableList(warnings);
        this.byElement = byElement;
    }

    /**
     * These findings with evidence attached: each finding gets the tests {@code evidenceOf} names for it
     * (tm-test's {@code @Mitigates} results). Everything else stays the same.
     */
    public Findings withEvidence(java.util.function.Function<Finding, List<Evidence>> evidenceOf) {
        List<Finding> updated = new java.util.ArrayList<>(findings.size());
        Map<Element, List<Finding>> grouped = new java.util.IdentityHashMap<>();
        for (Finding f : findings) {
            List<Evidence> claims = evidenceOf.apply(f);
            Finding g = claims == null || claims.isEmpty() ? f : f.withEvidence(claims);
            updated.add(g);
            grouped.computeIfAbsent(g.element(), k -> new java.util.ArrayList<>()).add(g);
        }
        return new Findings(model, library, options, updated, excluded, warnings, grouped, identities);
    }

    /** The findings, in pytm's order (elements, then threats). */
    public List<Finding> findings() {
        return findings;
    }

    /** Findings that an assumption excluded (pytm's {@code excluded_findings}). */
    public List<Finding> excluded() {
        return excluded;
    }

    /** Conditions that raised while running; each such threat was treated as not matching. */
    public List<EvaluationWarning> warnings() {
        return warnings;
    }

    /** The findings of one element of the checked model. */
    public List<Finding> of(Element element) {
        return byElement.getOrDefault(element, List.of());
    }

    /** The checked model the findings refer to. */
    public CheckedModel checkedModel() {
        return model;
    }

    /** The identities of the checked model's elements that the findings' fingerprints were made from. */
    public ElementIdentities identities() {
        return identities;
    }

    public ThreatLibrary library() {
        return library;
    }

    /** SIDs excluded from the whole model (pytm's {@code threatsExcluded}). */
    public Set<String> excludedThreats() {
        return options.excludedThreats();
    }

    public int size() {
        return findings.size();
    }

    @Override
    public Iterator<Finding> iterator() {
        return findings.iterator();
    }
}
