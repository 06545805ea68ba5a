package dev.tmj.dsl;

import dev.tmj.model.Element;

/** An AI agent (pytm's {@code Agent}). */
public final class AgentSpec extends AbstractAssetSpec<AgentSpec> {
    AgentSpec(Element element) {
        super(element);
    }

    /** Sets whether the agent calls external tools or servers. */
    public AgentSpec usesExternalTools(boolean value) {
        return set("usesExternalTools", value);
    }

    /** Sets whether the agent checks a tool's launch configuration before running it. */
    public AgentSpec validatesToolLaunchConfig(boolean value) {
        return set("validatesToolLaunchConfig", value);
    }
}
