package dev.tmj.resolve;

import dev.tmj.condition.EvaluationException;
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
import java.util.Locale;
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
     */
    public static Findings resolve(Model model, ThreatLibrary library, ResolveOptions options) {
        return resolve(CheckedModel.of(model), library, options);
    }

    /** Resolves an already checked model. */
    public static Findings resolve(CheckedModel checked, ThreatLibrary library, ResolveOptions options) {
        Identities identities = new Identities(checked.elements());
        List<Finding> findings = new ArrayList<>();
        List<Finding> excluded = new ArrayList<>();
        List<EvaluationWarning> warnings = new ArrayList<>();
        Map<Element, List<Finding>> byElement = new IdentityHashMap<>();
        List<Assumption> global = checked.model().assumptions().stream().filter(a -> !a.exclude().isEmpty())
                .toList();
        Set<String> dropped = options.excludedThreats();
        for (Element element : checked.elements()) {
            if (!element.inScope()) {
                continue;
            }
            Set<String> forced = forcedThreats(element);
            List<Threat> candidates = forced.isEmpty() ? library.threatsFor(element.type()) : library.threats();
            for (Threat threat : candidates) {
                if (!matches(threat, element, warnings) && !forced.contains(threat.id())
                        || dropped.contains(threat.id())) {
                    continue;
                }
                FindingOverride override = overrideFor(element, threat.id());
                Assumption assumption = excludingAssumption(element, global, threat.id());
                String identity = identities.of(element);
                if (assumption != null) {
                    excluded.add(new Finding(String.valueOf(excluded.size() + 1), threat, element, identity,
                            override, assumption));
                    continue;
                }
                Finding finding = new Finding(String.valueOf(findings.size() + 1), threat, element, identity,
                        override, null);
                findings.add(finding);
                byElement.computeIfAbsent(element, k -> new ArrayList<>()).add(finding);
                raiseSeverity(element, finding.severity());
            }
        }
        byElement.forEach((element, list) -> element.setComputed("findings", list));
        return new Findings(checked, library, options, findings, excluded, warnings, byElement);
    }

    private static boolean matches(Threat threat, Element element, List<EvaluationWarning> warnings) {
        if (!threat.targets(element.type())) {
            return false;
        }
        try {
            return threat.condition().test(element);
        } catch (EvaluationException e) {
            warnings.add(new EvaluationWarning(threat.id(), element.label(), e.getMessage()));
            return false;
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

    private static FindingOverride overrideFor(Element element, String sid) {
        for (FindingOverride o : element.overrides()) {
            if (o.threatId().equals(sid)) {
                return o;
            }
        }
        return null;
    }

    private static Assumption excludingAssumption(Element element, List<Assumption> global, String sid) {
        for (Assumption a : element.assumptions()) {
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

    /** pytm's {@code _set_severity}: the element keeps the highest severity of its findings. */
    private static void raiseSeverity(Element element, String severity) {
        int level = switch (severity.toLowerCase(Locale.ROOT)) {
            case "very high", "critical" -> 5;
            case "high" -> 4;
            case "medium" -> 3;
            case "low" -> 2;
            case "very low" -> 1;
            default -> 0;
        };
        if (level > (Integer) element.get("severity")) {
            element.setComputed("severity", level);
        }
    }
}
