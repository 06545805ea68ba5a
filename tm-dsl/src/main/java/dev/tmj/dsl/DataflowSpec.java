package dev.tmj.dsl;

import dev.tmj.model.Element;
import dev.tmj.model.TLSVersion;
import java.util.Arrays;
import java.util.List;

/** A dataflow from a source to a sink (pytm's {@code Dataflow}). */
public final class DataflowSpec extends AbstractElementSpec<DataflowSpec> {
    DataflowSpec(Element element) {
        super(element);
    }

    /** Sets whether this flow answers another. */
    public DataflowSpec isResponse(boolean value) {
        return set("isResponse", value);
    }

    /** Sets the source TCP port. */
    public DataflowSpec srcPort(int value) {
        return set("srcPort", value);
    }

    /** Sets the destination TCP port. */
    public DataflowSpec dstPort(int value) {
        return set("dstPort", value);
    }

    /** Sets the TLS version the flow uses. */
    public DataflowSpec tlsVersion(TLSVersion value) {
        return set("tlsVersion", value);
    }

    /** Sets the protocol, for example HTTPS. */
    public DataflowSpec protocol(String value) {
        return set("protocol", value);
    }

    /** Sets the flow's number in the sequence. */
    public DataflowSpec order(int value) {
        return set("order", value);
    }

    /** Sets whether the flow implements its own protocol. */
    public DataflowSpec implementsCommunicationProtocol(boolean value) {
        return set("implementsCommunicationProtocol", value);
    }

    /** Sets a note shown on sequence diagrams. */
    public DataflowSpec note(String value) {
        return set("note", value);
    }

    /** Sets whether the flow travels through a VPN. */
    public DataflowSpec usesVPN(boolean value) {
        return set("usesVPN", value);
    }

    /** Sets whether the flow carries session tokens. */
    public DataflowSpec usesSessionTokens(boolean value) {
        return set("usesSessionTokens", value);
    }

    /** Sets the data the flow carries. */
    public DataflowSpec data(DataSpec... data) {
        return set("data", DataSpec.elements(data));
    }

    /** Marks this flow as the answer to {@code request}. */
    public DataflowSpec responseTo(DataflowSpec request) {
        return set("responseTo", request.element());
    }

    /** Sets the flow that answers this one. */
    public DataflowSpec response(DataflowSpec response) {
        return set("response", response.element());
    }

    /** The source element. */
    public Element source() {
        return element().source();
    }

    /** The sink element. */
    public Element sink() {
        return element().sink();
    }

    static List<Element> elements(DataflowSpec... flows) {
        return Arrays.stream(flows).map(DataflowSpec::element).toList();
    }

    /** Sets whether the flow carries only the personal data its recipient needs (tmj's extension). */
    public DataflowSpec isMinimized(boolean value) {
        return set("isMinimized", value);
    }
}
