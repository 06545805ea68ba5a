package dev.tmj.resolve;

import static dev.tmj.model.internal.ModelInternals.setComputed;
import static dev.tmj.resolve.ModelChecker.get;

import dev.tmj.model.AttributeNames;
import dev.tmj.model.Element;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** pytm's {@code _match_responses}, part of the model check: explicit links made mutual, then the single reverse flow. */
final class ResponseLinks {
    private static final int RESPONSE_TO = AttributeNames.find("responseTo");
    private static final int RESPONSE = AttributeNames.find("response");
    private static final int IS_RESPONSE = AttributeNames.find("isResponse");
    /** What {@link #onlyFlows} holds for two ends with more than one flow between them. */
    private static final Object SEVERAL = new Object();

    private ResponseLinks() {
    }

    /** Links the flows, in flow order, of a model with this many elements. */
    static void link(List<Element> flows, int elements) {
        for (Element flow : flows) {
            Element request = (Element) get(flow, RESPONSE_TO, "responseTo");
            if (request != null) {
                setComputed(flow, "isResponse", true);
                if (get(request, RESPONSE, "response") == null) {
                    setComputed(request, "response", flow);
                }
            }
            Element response = (Element) get(flow, RESPONSE, "response");
            if (response != null) {
                setComputed(response, "isResponse", true);
                if (get(response, RESPONSE_TO, "responseTo") == null) {
                    setComputed(response, "responseTo", flow);
                }
            }
        }
        // Flows by their ends, made only when a response lacks its request: most models link them or have none.
        Map<Long, Object> byEnds = null;
        for (Element flow : flows) {
            if (!Boolean.TRUE.equals(get(flow, IS_RESPONSE, "isResponse"))
                    || get(flow, RESPONSE_TO, "responseTo") != null) {
                continue;
            }
            if (byEnds == null) {
                byEnds = onlyFlows(flows, elements);
            }
            if (byEnds.get(ends(flow.sink(), flow.source(), elements)) instanceof Element reverse) {
                setComputed(flow, "responseTo", reverse);
                setComputed(reverse, "response", flow);
            }
        }
    }

    /**
     * A flow's two ends, as a key: their indexes in the model (read without the elements' identity hashes), numbered
     * {@code source * elements + sink}. That number is distinct for each pair of ends and, below 65,536 elements, is
     * its own hash. The two indexes side by side ({@code source << 32 | sink}) were not: a {@code Long} hashes as its
     * two halves XORed, so a flow and its reverse (its response) collided, as did any pairs with the same XOR, and
     * 50,000 flows fell into some 13,000 buckets, the crowded ones turned into trees.
     */
    static Long ends(Element source, Element sink, int elements) {
        return (long) source.index() * elements + sink.index();
    }

    /**
     * The flow between two ends, or {@link #SEVERAL} when there are more: a response finds its one request without a
     * list for each pair of ends.
     */
    private static Map<Long, Object> onlyFlows(List<Element> flows, int elements) {
        Map<Long, Object> only = new HashMap<>(flows.size() * 2);
        for (Element flow : flows) {
            only.merge(ends(flow.source(), flow.sink(), elements), flow, (first, second) -> SEVERAL);
        }
        return only;
    }
}
