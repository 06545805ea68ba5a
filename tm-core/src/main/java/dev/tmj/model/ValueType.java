package dev.tmj.model;

import java.util.List;
import java.util.Set;

/** The type of an attribute's value; readers use it to convert input, the model to check assignments. */
public enum ValueType {
    BOOLEAN("bool", Boolean.class),
    INT("int", Integer.class),
    STRING("str", String.class),
    CLASSIFICATION("Classification", Classification.class),
    TLS_VERSION("TLSVersion", TLSVersion.class),
    LIFETIME("Lifetime", Lifetime.class),
    DATASTORE_TYPE("DatastoreType", DatastoreType.class),
    ACTION("Action", Action.class),
    /** A reference to any element. */
    ELEMENT("Element", Element.class),
    /** A reference to a boundary. */
    BOUNDARY("Boundary", Element.class),
    /** A reference to a dataflow. */
    DATAFLOW("Dataflow", Element.class),
    /** pytm's DataSet: the data items a flow carries or an element holds. */
    DATA_SET("DataSet", List.class),
    DATAFLOWS("List[Dataflow]", List.class),
    ELEMENTS("List[Element]", List.class),
    OVERRIDES("List[Finding]", List.class),
    ASSUMPTIONS("List[Assumption]", List.class),
    /** Findings attached to an element by the resolver (read only for model authors). */
    FINDINGS("List[Finding]", List.class),
    LEVELS("Set[int]", Set.class),
    STRINGS("List[str]", List.class),
    STRING_SET("Set[str]", Set.class),
    CONTROLS("Controls", Controls.class);

    private final String pytmName;
    private final Class<?> javaType;

    ValueType(String pytmName, Class<?> javaType) {
        this.pytmName = pytmName;
        this.javaType = javaType;
    }

    /** The type as pytm's attribute tables write it, for {@code describe}. */
    public String pytmName() {
        return pytmName;
    }

    /** The Java class that values of this type have. */
    public Class<?> javaType() {
        return javaType;
    }

    /** Whether this type holds a collection. */
    public boolean isCollection() {
        return javaType == List.class || javaType == Set.class;
    }
}
