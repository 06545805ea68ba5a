package dev.tmj.dsl;


/** Attributes that actors and assets share: default port and protocol, data, inputs and outputs. */
public abstract class EndpointSpec<S extends EndpointSpec<S>> extends ElementSpec<S> {
    EndpointSpec(dev.tmj.model.Element element) {
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
    public S data(Data... data) {
        return set("data", Data.elements(data));
    }

    /** Sets incoming flows by hand (the model check fills them from the dataflows). */
    public S inputs(Dataflow... flows) {
        return set("inputs", Dataflow.elements(flows));
    }

    /** Sets outgoing flows by hand (the model check fills them from the dataflows). */
    public S outputs(Dataflow... flows) {
        return set("outputs", Dataflow.elements(flows));
    }
}
