package dev.tmj.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The type of an attribute's value. Each type knows how an input becomes the value the model stores
 * ({@link #coerce}): every way into the model (the Java DSL, the pytm script reader, the JSON and YAML readers)
 * ends there, so the stored values have one shape whatever the source. Readers only turn their syntax into
 * plain Java values first, with their format's lax spellings.
 */
public enum ValueType {
    BOOLEAN("bool", Boolean.class, Coercions::bool),
    /** An int, stored as {@link Long} (Python has one int type, and conditions compute in Long). */
    INT("int", Long.class, Coercions::integer),
    STRING("str", String.class, Coercions.instanceOf(String.class)),
    CLASSIFICATION("Classification", Classification.class, Coercions.instanceOf(Classification.class)),
    TLS_VERSION("TLSVersion", TLSVersion.class, Coercions.instanceOf(TLSVersion.class)),
    LIFETIME("Lifetime", Lifetime.class, Coercions.instanceOf(Lifetime.class)),
    DATASTORE_TYPE("DatastoreType", DatastoreType.class, Coercions.instanceOf(DatastoreType.class)),
    ACTION("Action", Action.class, Coercions.instanceOf(Action.class)),
    /** How a finding is handled; text is parsed by {@link FindingStatus#parse}. */
    STATUS("FindingStatus", FindingStatus.class, Coercions::status),
    /** A business impact (tmj's extension); text is parsed by {@link Impact#parse}. */
    IMPACT("Impact", Impact.class, Coercions::impact),
    /** A calendar day; text must be an ISO date ({@code 2027-01-31}). */
    DATE("date", LocalDate.class, Coercions::date),
    /** A reference to any element. */
    ELEMENT("Element", Element.class, Coercions.reference(Coercions.ANY_ELEMENT, true)),
    /** A reference to a boundary. */
    BOUNDARY("Boundary", Element.class, Coercions.reference(Coercions.IS_BOUNDARY, true)),
    /** A reference to a dataflow. */
    DATAFLOW("Dataflow", Element.class, Coercions.reference(Coercions.IS_DATAFLOW, true)),
    /** pytm's DataSet: the data items a flow carries or an element holds. */
    DATA_SET("DataSet", List.class, Coercions.distinctList(Data.class, Coercions.instanceOf(Data.class))),
    DATAFLOWS("List[Dataflow]", List.class,
            Coercions.distinctList(Element.class, Coercions.reference(Coercions.IS_DATAFLOW, false))),
    ELEMENTS("List[Element]", List.class,
            Coercions.distinctList(Element.class, Coercions.reference(Coercions.ANY_ELEMENT, false))),
    OVERRIDES("List[Finding]", List.class, Coercions.list(Coercions.instanceOf(FindingOverride.class))),
    ASSUMPTIONS("List[Assumption]", List.class, Coercions.list(Coercions.instanceOf(Assumption.class))),
    /** Findings attached to an element by the resolver (read only for model authors). */
    FINDINGS("List[Finding]", List.class, Coercions.list(Coercions.instanceOf(Object.class))),
    /** A set of ints, stored as a sorted set of {@link Long}. */
    LEVELS("Set[int]", Set.class, Coercions.sortedSet(Coercions::integer)),
    STRINGS("List[str]", List.class, Coercions.list(Coercions.instanceOf(String.class))),
    STRING_SET("Set[str]", Set.class, Coercions.sortedSet(Coercions.instanceOf(String.class))),
    CONTROLS("Controls", Controls.class, Coercions.instanceOf(Controls.class));

    private final String pytmName;
    private final Class<?> javaType;
    private final Coercions.Coercer coercer;

    ValueType(String pytmName, Class<?> javaType, Coercions.Coercer coercer) {
        this.pytmName = pytmName;
        this.javaType = javaType;
        this.coercer = coercer;
    }

    /** The type as pytm's attribute tables write it, for {@code describe} and messages. */
    public String pytmName() {
        return pytmName;
    }

    /** The Java class that stored values of this type have. */
    public Class<?> javaType() {
        return javaType;
    }

    /** Whether this type holds a collection. */
    public boolean isCollection() {
        return javaType == List.class || javaType == Set.class;
    }

    /** Whether this type is one of pytm's enumerations (Classification, TLSVersion ...). */
    public boolean isPytmEnum() {
        return javaType.isEnum() && this != STATUS && this != IMPACT;
    }

    /**
     * The value the model stores for an input: the one conversion from what the DSL and the readers give to what
     * the model holds. Booleans become the canonical {@link Boolean} instances (conditions test {@code is True} by
     * identity); {@link Integer} and {@link Long} in the int range become {@link Long}; a status or date may be
     * given as its text; collections become unmodifiable lists (data and element lists without repeats, a lone
     * item as a list of one) or sorted sets; references are checked to point at the right kind of element.
     *
     * @throws CoercionException if the value does not fit, saying which item and why when it can
     */
    public Object coerce(Object value) {
        return coercer.coerce(value);
    }

    /**
     * A stored scalar as text, the way tmj's formats write it: an enumeration by member name, a status and an
     * impact by their label, a date in ISO form, a string as itself.
     */
    public static String text(Object stored) {
        if (stored instanceof FindingStatus status) {
            return status.label();
        }
        if (stored instanceof Impact impact) {
            return impact.label();
        }
        if (stored instanceof Enum<?> member) {
            return member.name();
        }
        return stored.toString();
    }
}
