package dev.tmj.model;

import java.util.Arrays;
import java.util.Optional;

/** pytm's element classes and their inheritance, which threat targets match by. */
public enum ElementType {
    ELEMENT("Element", null, Schemas.ELEMENT),
    ASSET("Asset", ELEMENT, Schemas.ASSET),
    ACTOR("Actor", ELEMENT, Schemas.ACTOR),
    BOUNDARY("Boundary", ELEMENT, Schemas.BOUNDARY_SCHEMA),
    DATAFLOW("Dataflow", ELEMENT, Schemas.DATAFLOW_SCHEMA),
    SERVER("Server", ASSET, Schemas.SERVER),
    EXTERNAL_ENTITY("ExternalEntity", ASSET, Schemas.EXTERNAL_ENTITY),
    LAMBDA("Lambda", ASSET, Schemas.LAMBDA),
    LLM("LLM", ASSET, Schemas.LLM),
    AGENT("Agent", ASSET, Schemas.AGENT),
    DATASTORE("Datastore", ASSET, Schemas.DATASTORE),
    PROCESS("Process", ASSET, Schemas.PROCESS),
    SET_OF_PROCESSES("SetOfProcesses", PROCESS, Schemas.SET_OF_PROCESSES);

    private final String pytmName;
    private final ElementType parent;
    private final Schema schema;

    ElementType(String pytmName, ElementType parent, Schema schema) {
        this.pytmName = pytmName;
        this.parent = parent;
        this.schema = schema;
    }

    /** The class name pytm uses, for example {@code SetOfProcesses}. */
    public String pytmName() {
        return pytmName;
    }

    public Schema schema() {
        return schema;
    }

    public Optional<ElementType> parent() {
        return Optional.ofNullable(parent);
    }

    /** Whether an element of this type is an instance of {@code other} (Python's {@code isinstance}). */
    public boolean isA(ElementType other) {
        for (ElementType t = this; t != null; t = t.parent) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** Whether elements of this type are actors or assets (pytm's {@code elements} in JSON output). */
    public boolean isActorOrAsset() {
        return isA(ACTOR) || isA(ASSET);
    }

    /** The type with this pytm class name. */
    public static Optional<ElementType> byPytmName(String name) {
        return Arrays.stream(values()).filter(t -> t.pytmName.equals(name)).findFirst();
    }
}
