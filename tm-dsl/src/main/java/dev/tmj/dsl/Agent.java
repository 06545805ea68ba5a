package dev.tmj.dsl;


/** An AI agent (pytm's {@code Agent}). */
public final class Agent extends AssetSpec<Agent> {
    Agent(dev.tmj.model.Element element) {
        super(element);
    }

    /** Sets whether the agent calls external tools or servers. */
    public Agent usesExternalTools(boolean value) {
        return set("usesExternalTools", value);
    }

    /** Sets whether the agent checks a tool's launch configuration before running it. */
    public Agent validatesToolLaunchConfig(boolean value) {
        return set("validatesToolLaunchConfig", value);
    }
}
