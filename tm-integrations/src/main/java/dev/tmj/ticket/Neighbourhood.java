package dev.tmj.ticket;

import dev.tmj.model.Element;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * An element's neighbourhood in the data-flow diagram, as lines of text: each flow into or out of it, and for a flow
 * its own source and sink. Computed once per model, so a ticket costs a map look-up.
 */
final class Neighbourhood {
    private Neighbourhood() {
    }

    static Map<Element, List<String>> of(List<Element> dataflows) {
        Map<Element, List<String>> lines = new IdentityHashMap<>();
        for (Element flow : dataflows) {
            Element source = flow.source();
            Element sink = flow.sink();
            lines.computeIfAbsent(flow, k -> new ArrayList<>()).add("flow " + name(flow) + ": from "
                    + named(source) + " to " + named(sink));
            if (source != null) {
                lines.computeIfAbsent(source, k -> new ArrayList<>()).add("out: " + name(flow) + " to "
                        + named(sink));
            }
            if (sink != null && sink != source) {
                lines.computeIfAbsent(sink, k -> new ArrayList<>()).add("in: " + name(flow) + " from "
                        + named(source));
            }
        }
        return lines;
    }

    private static String name(Element e) {
        return "'" + e.name() + "'";
    }

    private static String named(Element e) {
        return e == null ? "(none)" : e.name() + " (" + e.type().pytmName() + ")";
    }
}
