package dev.tmj.dsl;

import dev.tmj.model.TLSVersion;

/** A dataflow from a source to a sink (pytm's {@code Dataflow}). */
public final class Dataflow extends ElementSpec<Dataflow> {
    Dataflow(dev.tmj.model.Element element) {
        super(element);
    }

    /** Sets whether this flow answers another. */
    public Dataflow isResponse(boolean value) {
        return set("isResponse", value);
    }

    /** Sets the source TCP port. */
    public Dataflow srcPort(int value) {
        return set("srcPort", value);
    }

    /** Sets the destination TCP port. */
    public Dataflow dstPort(int value) {
        return set("dstPort", value);
    }

    /** Sets the TLS version the flow uses. */
    public Dataflow tlsVersion(TLSVersion value) {
        return set("tlsVersion", value);
    }

    /** Sets the protocol, for example HTTPS. */
    public Dataflow protocol(String value) {
        return set("protocol", value);
    }

    /** Sets the flow's number in the sequence. */
    public Dataflow order(int value) {
        return set("order", value);
    }

    /** Sets whether the flow implements its own protocol. */
    public Dataflow implementsCommunicationProtocol(boolean value) {
        return set("implementsCommunicationProtocol", value);
    }

    /** Sets a note shown on sequence diagrams. */
    public Dataflow note(String value) {
        return set("note", value);
    }

    /** Sets whether the flow travels through a VPN. */
    public Dataflow usesVPN(boolean value) {
        return set("usesVPN", value);
    }

    /** Sets whether the flow carries session tokens. */
    public Dataflow usesSessionTokens(boolean value) {
        return set("usesSessionTokens", value);
    }

    /** Sets the data the flow carries. */
    public Dataflow data(Data... data) {
        return set("data", Data.elements(data));
    }

    /** Marks this flow as the answer to {@code request}. */
    public Dataflow responseTo(Dataflow request) {
        return set("responseTo", request.element());
    }

    /** Sets the flow that answers this one. */
    public Dataflow response(Dataflow response) {
        return set("response", response.element());
    }

    /** The source element. */
    public dev.tmj.model.Element source() {
        return element().source();
    }

    /** The sink element. */
    public dev.tmj.model.Element sink() {
        return element().sink();
    }

    static java.util.List<dev.tmj.model.Element> elements(Dataflow... flows) {
        return java.util.Arrays.stream(flows).map(Dataflow::element).toList();
    }
}
