package dev.tmj.resolve;

import static dev.tmj.model.internal.ModelInternals.setComputed;

import dev.tmj.condition.ConditionBudgetException;
import dev.tmj.condition.EvaluationException;
import dev.tmj.condition.ConditionEvaluator;
import dev.tmj.model.Assumption;
import dev.tmj.model.Element;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.Model;
import dev.tmj.threat.Threat;
import dev.tmj.threat.ThreatLibrary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * pytm's {@code check()} then {@code resolve()}: every in-scope element against every threat that targets
 * its class, in element order then library order. An override forces its threat's finding on the element
 * and patches the fields it sets; {@code --exclude} SIDs are dropped; assumptions move findings to the
 * excluded list. Out-of-scope elements get no findings (pytm 1.4.0 leaked others' findings to them).
 *
 * <pre>{@code
 * Findings findings = Resolver.resolve(model, ThreatLibrary.fromJson(path));
 * }</pre>
 */
public final class Resolver {
    private Resolver() {
    }

    /** Checks and resolves the model with default options. */
    public static Findings resolve(Model model, ThreatLibrary library) {
        return resolve(model, library, ResolveOptions.DEFAULTS);
    }

    /**
     * Checks and resolves the model; the model itself is not changed.
     *
     * @throws dev.tmj.model.ModelException when the model check fails (a flow to itself, duplicates with
     *     RESTRICT, two overrides of one threat on an element)
     * @throws ConditionBudgetException naming the threat and the element when a condition exceeds its budget
     */
    public static Findings resolve(Model model, ThreatLibrary library, ResolveOptions options) {
        return resolve(CheckedModel.of(model), library, options);
    }

    /** Resolves an already checked model. */
    public static Findings resolve(CheckedModel checked, ThreatLibrary library, ResolveOptions options) {
        ElementIdentities identities = new ElementIdentities(checked.elements());
        List<Finding> findings = new ArrayList<>();
        List<Finding> excluded = new ArrayList<>();
        List<EvaluationWarning> warnings = new ArrayList<>();
        // Sized for every element at once: growing it step by step showed in the profile at 50,000 flows.
        Map<Element, List<Finding>> byElement = new IdentityHashMap<>(checked.elements().size());
        // An element's findings are gathered here, then kept in a list of their exact size.
        List<Finding> own = new ArrayList<>();
        List<Assumption> global = checked.model().assumptions().stream().filter(a -> !a.exclude().isEmpty())
                .toList();
        Set<String> dropped = options.excludedThreats();
        // Conditions are evaluated one after another: one frame for all of them (millions at 50,000 flows).
        ConditionEvaluator evaluator = new ConditionEvaluator();
        for (Element element : checked.elements()) {
            if (!element.inScope()) {
                continue;
            }
            List<FindingOverride> overrides = element.overrides();
            List<Assumption> assumptions = element.assumptions();
            // Most elements have no overrides or assumptions: they skip every per-threat lookup.
            boolean plain = overrides.isEmpty() && assumptions.isEmpty() && global.isEmpty() && dropped.isEmpty();
            Set<String> forced = overrides.isEmpty() ? Set.of() : forcedThreats(element);
            List<Threat> candidates = forced.isEmpty() ? library.threatsFor(element.type()) : library.threats();
            own.clear();
            long severity = (Long) element.get("severity");
            // By index: an iterator per element and library list showed in the allocation profile.
            for (int t = 0, n = candidates.size(); t < n; t++) {
                Threat threat = candidates.get(t);
                if (!matches(threat, element, evaluator, warnings) && !forced.contains(threat.id())) {
                    continue;
                }
                FindingOverride override = null;
                if (!plain) {
                    if (dropped.contains(threat.id())) {
                        continue;
                    }
                    override = overrideFor(overrides, threat.id());
                    Assumption assumption = excludingAssumption(assumptions, global, threat.id());
                    if (assumption != null) {
                        excluded.add(new Finding(excluded.size() + 1, threat, element, identities, override,
                                assumption, options.today()));
                        continue;
                    }
                }
                Finding finding = new Finding(findings.size() + 1, threat, element, identities, override, null,
                        options.today());
                findings.add(finding);
                own.add(finding);
                severity = Math.max(severity, override != null && override.isSet("severity")
                        ? finding.severity().level() : threat.severityLevel());
            }
            if (!own.isEmpty()) {
                List<Finding> mine = List.copyOf(own);
                byElement.put(element, mine);
                setComputed(element, "findings", mine);
                setComputed(element, "severity", severity);
            }
        }
        return new Findings(checked, library, options, findings, excluded, warnings, byElement, identities);
    }

    private static boolean matches(Threat threat, Element element, ConditionEvaluator evaluator,
            List<EvaluationWarning> warnings) {
        if (!threat.targets(element.type())) {
            return false; // only when an override made the resolver look at every threat
        }
        if (!threat.canHaveEvidenceOn(element)) {
            return false;
        }
        try {
            return evaluator.test(threat.condition(), element);
        } catch (EvaluationException e) {
            warnings.add(new EvaluationWarning(threat.id(), element.label(), e.getMessage()));
            return false;
        } catch (ConditionBudgetException e) {
            // Not a warning: skipping the threat would silently miss a finding, so the run fails (bad input).
            throw e.on(threat.id(), element.label(), element.location().orElse(null));
        }
    }

    /**
     * SIDs whose findings an override forces on this element. A flow inherits its endpoints' overrides to
     * patch findings, but only its own overrides force one (as in pytm).
     */
    private static Set<String> forcedThreats(Element element) {
        List<FindingOverride> overrides = element.overrides();
        if (overrides.isEmpty()) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        overrides.forEach(o -> ids.add(o.threatId()));
        if (element.isDataflow()) {
            element.source().overrides().forEach(o -> ids.remove(o.threatId()));
            element.sink().overrides().forEach(o -> ids.remove(o.threatId()));
        }
        return ids;
    }

    private static FindingOverride overrideFor(List<FindingOverride> overrides, String sid) {
        for (FindingOverride o : overrides) {
            if (o.threatId().equals(sid)) {
                return o;
            }
        }
        return null;
    }

    private static Assumption excludingAssumption(List<Assumption> own, List<Assumption> global, String sid) {
        for (Assumption a : own) {
            if (a.exclude().contains(sid)) {
                return a;
            }
        }
        for (Assumption a : global) {
            if (a.exclude().contains(sid)) {
                return a;
            }
        }
        return null;
    }
}
