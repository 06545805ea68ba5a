package dev.tmj.model;

import java.util.Optional;

/** pytm's element classes and their inheritance, which threat targets match by. */
public enum ElementType {
    ELEMENT("Element", null, Schemas.ELEMENT, "The base of every element; rarely used on its own."),
    ASSET("Asset", ELEMENT, Schemas.ASSET, "Something of value the system runs or keeps; the base of servers, processes and stores."),
    ACTOR("Actor", ELEMENT, Schemas.ACTOR, "A person or outside system that starts interactions."),
    BOUNDARY("Boundary", ELEMENT, Schemas.BOUNDARY_SCHEMA, "A trust boundary: elements inside share one level of trust. Boundaries nest."),
    DATAFLOW("Dataflow", ELEMENT, Schemas.DATAFLOW_SCHEMA, "Data moving from a source element to a sink element."),
    SERVER("Server", ASSET, Schemas.SERVER, "A machine or service that answers requests over the network."),
    EXTERNAL_ENTITY("ExternalEntity", ASSET, Schemas.EXTERNAL_ENTITY, "A system outside your control that exchanges data with yours."),
    LAMBDA("Lambda", ASSET, Schemas.LAMBDA, "A serverless function run on demand by a cloud platform."),
    LLM("LLM", ASSET, Schemas.LLM, "A large language model the system sends prompts to."),
    AGENT("Agent", ASSET, Schemas.AGENT, "An AI agent that plans and acts through tools."),
    DATASTORE("Datastore", ASSET, Schemas.DATASTORE, "Where data is kept: a database, a bucket, a file system."),
    PROCESS("Process", ASSET, Schemas.PROCESS, "Code running on its own, with its own memory and privileges."),
    SET_OF_PROCESSES("SetOfProcesses", PROCESS, Schemas.SET_OF_PROCESSES, "A group of like processes drawn as one.");

    private final String pytmName;
    private final ElementType parent;
    private final Schema schema;
    private final String summary;

    ElementType(String pytmName, ElementType parent, Schema schema, String summary) {
        this.pytmName = pytmName;
        this.parent = parent;
        this.schema = schema;
        this.summary = summary;
    }

    /** One sentence on what the element class models, for {@code --list-elements}. */
    public String summary() {
        return summary;
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
        for (ElementType t : ALL) { // a loop over one array: a reader asks once for each element
            if (t.pytmName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static final ElementType[] ALL = values();
}
