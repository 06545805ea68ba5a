package dev.tmj.dsl;

import dev.tmj.model.Element;

/** A person or outside system that starts interactions (pytm's {@code Actor}). */
public final class ActorSpec extends AbstractEndpointSpec<ActorSpec> {
    ActorSpec(Element element) {
        super(element);
    }

    /** Sets whether the actor has administrative rights. */
    public ActorSpec isAdmin(boolean value) {
        return set("isAdmin", value);
    }
}
