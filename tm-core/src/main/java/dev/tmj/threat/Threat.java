package dev.tmj.threat;

import dev.tmj.condition.Condition;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.ModelObject;
import dev.tmj.model.SourceLocation;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A threat: what can go wrong, on which element classes, and the condition under which it applies.
 * Built from a pytm {@code threats.json} entry; the condition is compiled when the threat is created.
 */
public final class Threat {
    private final String id;
    private final Set<ElementType> targets;
    private final boolean[] appliesTo = new boolean[ElementType.values().length];
    private final Condition condition;
    private final Texts texts;
    private final int severityLevel;
    private final SourceLocation location;
    private final String evidence;

    /**
     * The descriptive fields of a threat, as pytm names them.
     *
     * @param stride the STRIDE category, or "" when the library gives none
     * @param references free-text references, as in pytm
     * @param classifications structured references such as {@code CAPEC-100}, {@code CWE-120}
     * @param linddun the LINDDUN category of a privacy threat ({@link Linddun#label()}), or ""
     */
    public record Texts(String description, String details, String likelihood, String severity,
            String prerequisites, String mitigations, String example, String references, String stride,
            List<String> classifications, String linddun) {
        public Texts {
            description = orEmpty(description);
            details = orEmpty(details);
            likelihood = orEmpty(likelihood);
            severity = orEmpty(severity);
            prerequisites = orEmpty(prerequisites);
            mitigations = orEmpty(mitigations);
            example = orEmpty(example);
            references = orEmpty(references);
            stride = orEmpty(stride);
            classifications = classifications == null ? List.of() : List.copyOf(classifications);
            linddun = orEmpty(linddun);
        }

        /** The texts of a threat without a LINDDUN category (a security threat). */
        public Texts(String description, String details, String likelihood, String severity, String prerequisites,
                String mitigations, String example, String references, String stride, List<String> classifications) {
            this(description, details, likelihood, severity, prerequisites, mitigations, example, references, stride,
                    classifications, "");
        }

        /**
         * The threat's category in whichever framework it belongs to: its STRIDE category, else its LINDDUN
         * category, else "".
         */
        public String category() {
            return stride.isEmpty() ? linddun : stride;
        }

        /** The framework of {@link #category()}: {@code STRIDE}, {@code LINDDUN}, or "" when the threat has none. */
        public String framework() {
            return !stride.isEmpty() ? "STRIDE" : !linddun.isEmpty() ? Linddun.FRAMEWORK : "";
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }

        /** Only a description; for tests and small custom libraries. */
        public static Texts described(String description) {
            return new Texts(description, "", "", "", "", "", "", "", "", List.of());
        }
    }

    Threat(String id, Set<ElementType> targets, Condition condition, Texts texts, SourceLocation location) {
        this(id, targets, condition, texts, location, "");
    }

    Threat(String id, Set<ElementType> targets, Condition condition, Texts texts, SourceLocation location,
            String evidence) {
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.id = Objects.requireNonNull(id, "id");
        // No targets is Python's isinstance(x, ()): no element is one (pytm 1.4.0 differs, see pytm-compatibility.md).
        this.targets = targets.isEmpty() ? EnumSet.noneOf(ElementType.class) : EnumSet.copyOf(targets);
        this.condition = condition;
        this.texts = texts;
        this.severityLevel = Severity.level(texts.severity());
        this.location = location;
        for (ElementType type : ElementType.values()) {
            appliesTo[type.ordinal()] = this.targets.stream().anyMatch(type::isA);
        }
    }

    /**
     * A threat whose condition is compiled now. Empty {@code targets} make a threat that applies to no element, as
     * Python's {@code isinstance(x, ())} (a {@code threats.json} entry without {@code target} is every element).
     *
     * @throws dev.tmj.condition.ConditionException naming this threat's SID if the condition is invalid
     */
    public static Threat of(String id, Set<ElementType> targets, String condition, Texts texts) {
        return new Threat(id, targets, compile(id, targets, condition), texts, null);
    }

    /**
     * This threat with an evidence attribute: the extra attribute of the element (an IaC fact such as
     * {@code iacAdminPort}) whose location is where a finding of this threat points and whose text ends its details.
     */
    public Threat evidencedBy(String attribute) {
        return new Threat(id, targets, condition, texts, location, attribute);
    }

    /**
     * The name of the element's attribute that shows why the threat applies ({@code "evidence"} in
     * {@code threats.json}, a tmj extension), when the threat names one.
     */
    public Optional<String> evidence() {
        return evidence.isEmpty() ? Optional.empty() : Optional.of(evidence);
    }

    /**
     * Whether the element can show this threat's evidence: it has the evidence attribute (set, even to an empty
     * text), or the threat names none. A threat about facts only some readers record (the IaC importers') does not
     * apply to elements that cannot have them, so a hand-written model under {@code builtin:all} gets neither
     * findings nor evaluation warnings from it.
     */
    public boolean canHaveEvidenceOn(Element element) {
        return evidence.isEmpty() || element.extraValue(evidence) != ModelObject.MISSING;
    }

    static Condition compile(String id, Set<ElementType> targets, String condition) {
        try {
            return Condition.compile(condition, targets);
        } catch (dev.tmj.condition.ConditionException e) {
            throw e.forThreat(id);
        }
    }

    /** The SID, for example {@code INP02}. */
    public String id() {
        return id;
    }

    /** The element classes named as targets; subclasses match too; empty when the threat targets nothing. */
    public Set<ElementType> targets() {
        return targets;
    }

    /** Whether an element of this type is a target (by class or subclass, as pytm's isinstance). */
    public boolean targets(ElementType type) {
        return appliesTo[type.ordinal()];
    }

    public Condition condition() {
        return condition;
    }

    public Texts texts() {
        return texts;
    }

    public String description() {
        return texts.description();
    }

    public String severity() {
        return texts.severity();
    }

    /** The severity on pytm's 0 to 5 scale (see {@link Severity}). */
    public int severityLevel() {
        return severityLevel;
    }

    /** Where the threat is defined, when it came from a file. */
    public Optional<SourceLocation> location() {
        return Optional.ofNullable(location);
    }

    /**
     * pytm's {@code Threat.apply}: whether the element is a target and the condition holds.
     *
     * @throws dev.tmj.condition.EvaluationException when the condition fails as Python would raise
     */
    public boolean appliesTo(Element element) {
        return appliesTo[element.type().ordinal()] && canHaveEvidenceOn(element) && condition.test(element);
    }

    @Override
    public String toString() {
        return "Threat(" + id + ")";
    }
}
