package dev.tmj.dsl;


/** A person or outside system that starts interactions (pytm's {@code Actor}). */
public final class Actor extends EndpointSpec<Actor> {
    Actor(dev.tmj.model.Element element) {
        super(element);
    }

    /** Sets whether the actor has administrative rights. */
    public Actor isAdmin(boolean value) {
        return set("isAdmin", value);
    }
}
