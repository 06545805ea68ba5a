package dev.tmj.dsl;

import dev.tmj.model.Element;

/** Attributes that actors and assets share: default port and protocol, data, inputs and outputs. */
public abstract class AbstractEndpointSpec<S extends AbstractEndpointSpec<S>> extends AbstractElementSpec<S> {
    AbstractEndpointSpec(Element element) {
        super(element);
    }

    /** Sets the default TCP port of flows at this element. */
    public S port(int value) {
        return set("port", value);
    }

    /** Sets the default protocol of flows at this element. */
    public S protocol(String value) {
        return set("protocol", value);
    }

    /** Sets the data the element holds; it also travels on every flow that leaves the element. */
    public S data(DataSpec... data) {
        return set("data", DataSpec.elements(data));
    }

    /** Sets incoming flows by hand (the model check fills them from the dataflows). */
    public S inputs(DataflowSpec... flows) {
        return set("inputs", DataflowSpec.elements(flows));
    }

    /** Sets outgoing flows by hand (the model check fills them from the dataflows). */
    public S outputs(DataflowSpec... flows) {
        return set("outputs", DataflowSpec.elements(flows));
    }

    /** Sets where the element runs or keeps data, a jurisdiction such as EU (a privacy fact, tmj's extension). */
    public S region(String value) {
        return set("region", value);
    }

    /** Sets whether the element uses personal data for analytics, profiling or tracking (tmj's extension). */
    public S tracksUsers(boolean value) {
        return set("tracksUsers", value);
    }

    /** Sets whether data subjects can see and export their personal data here (tmj's extension). */
    public S offersDataAccess(boolean value) {
        return set("offersDataAccess", value);
    }

    /** Sets whether data subjects can have their personal data here erased (tmj's extension). */
    public S offersDataErasure(boolean value) {
        return set("offersDataErasure", value);
    }
}
