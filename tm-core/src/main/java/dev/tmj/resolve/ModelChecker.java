package dev.tmj.resolve;

import static dev.tmj.model.internal.ModelInternals.applyDefault;
import static dev.tmj.model.internal.ModelInternals.setComputed;

import dev.tmj.model.Action;
import dev.tmj.model.Attribute;
import dev.tmj.model.Controls;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.Lifetime;
import dev.tmj.model.Model;
import dev.tmj.model.ModelException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * pytm's {@code TM.check()} with the behaviour pytm intends: flows sorted and numbered, responses linked,
 * duplicates handled, and flow defaults (protocol, ports, encryption, destination checks) taken from the
 * source or sink only where the model left them unset. pytm 1.4.0 overwrote values the model had set;
 * tmj, like pytm 1.3, does not. Works on a copy of the model.
 */
final class ModelChecker {
    private static final Set<String> DUPLICATE_IGNORED = Set.of("name", "note", "order", "response", "responseTo",
            "controls", "findings", "severity");

    private final Model model;
    private final Set<Element> hidden = new HashSet<>();

    ModelChecker(Model model) {
        this.model = model;
    }

    CheckedModel check() {
        List<Element> flows = new ArrayList<>(model.dataflows());
        validateFlows(flows);
        sortByOrder(flows);
        if (model.isOrdered()) {
            number(flows);
        }
        matchResponses(flows);
        if (model.onDuplicates() != Action.NO_ACTION) {
            checkDuplicates(flows);
        }
        applyDefaults(flows);
        checkOverrides();
        List<Element> elements = model.ignoreUnused() ? usedElements(flows) : model.elements();
        return new CheckedModel(model, elements, flows, hidden, boundaryEnds(flows));
    }

    /**
     * A flow from or to a boundary: pytm accepts it and draws a bare node for it; tmj draws it into the
     * boundary's box in both diagrams and warns, because a boundary groups elements and carries no data.
     */
    private static List<String> boundaryEnds(List<Element> flows) {
        List<String> warnings = new ArrayList<>();
        for (Element flow : flows) {
            for (Element end : List.of(flow.source(), flow.sink())) {
                if (end.isBoundary()) {
                    warnings.add(flow.location().map(l -> l + ": ").orElse("") + flow.label() + " has "
                            + end.label() + " as its " + (end == flow.source() ? "source" : "sink")
                            + "; a flow should connect elements, a boundary only groups them");
                }
            }
        }
        return warnings;
    }

    private static void validateFlows(List<Element> flows) {
        for (Element flow : flows) {
            Element source = flow.source();
            Element sink = flow.sink();
            if (source == sink) {
                throw new ModelException(at(flow) + flow.label() + " goes from " + source.label()
                        + " to itself; a dataflow needs two different elements");
            }
            if (source.isDataflow() || sink.isDataflow()) {
                Element end = source.isDataflow() ? source : sink;
                throw new ModelException(at(flow) + flow.label() + " connects to another dataflow, " + end.label()
                        + "; a dataflow must connect two elements that are not dataflows");
            }
        }
    }

    /**
     * Flows by their {@code order}, those of one order as they were (a stable sort). Each order is read once, not
     * in every comparison: 50,000 flows take some 800,000 comparisons.
     */
    private static void sortByOrder(List<Element> flows) {
        List<Ordered> ordered = new ArrayList<>(flows.size());
        for (Element flow : flows) {
            ordered.add(new Ordered((Long) flow.get("order"), flow));
        }
        ordered.sort(Comparator.comparingLong(Ordered::order));
        for (int i = 0; i < ordered.size(); i++) {
            flows.set(i, ordered.get(i).flow());
        }
    }

    private record Ordered(long order, Element flow) {
    }

    /** Where an element was defined, as {@code file:line:column: }, or nothing for an element built in code. */
    private static String at(Element element) {
        return element.location().map(l -> l + ": ").orElse("");
    }

    /** pytm's {@code _sort(addOrder=True)}: leading unnumbered flows get 1, 2, 3 ... */
    private static void number(List<Element> flows) {
        for (int i = 0; i < flows.size(); i++) {
            Element flow = flows.get(i);
            if ((Long) flow.get("order") != -1) {
                break;
            }
            setComputed(flow, "order", i + 1L);
        }
    }

    /** pytm's {@code _match_responses}: explicit links made mutual, then the single reverse flow. */
    private static void matchResponses(List<Element> flows) {
        for (Element flow : flows) {
            Element request = (Element) flow.get("responseTo");
            if (request != null) {
                setComputed(flow, "isResponse", true);
                if (request.get("response") == null) {
                    setComputed(request, "response", flow);
                }
            }
            Element response = (Element) flow.get("response");
            if (response != null) {
                setComputed(response, "isResponse", true);
                if (response.get("responseTo") == null) {
                    setComputed(response, "responseTo", flow);
                }
            }
        }
        // Flows by their ends, made only when a response lacks its request: most models link them or have none.
        Map<List<Element>, List<Element>> byEnds = null;
        for (Element flow : flows) {
            if (!Boolean.TRUE.equals(flow.get("isResponse")) || flow.get("responseTo") != null) {
                continue;
            }
            if (byEnds == null) {
                byEnds = byEnds(flows);
            }
            List<Element> reverse = byEnds.getOrDefault(List.of(flow.sink(), flow.source()), List.of());
            if (reverse.size() == 1) {
                setComputed(flow, "responseTo", reverse.get(0));
                setComputed(reverse.get(0), "response", flow);
            }
        }
    }

    private static Map<List<Element>, List<Element>> byEnds(List<Element> flows) {
        Map<List<Element>, List<Element>> byEnds = new LinkedHashMap<>();
        for (Element flow : flows) {
            byEnds.computeIfAbsent(List.of(flow.source(), flow.sink()), k -> new ArrayList<>()).add(flow);
        }
        return byEnds;
    }

    /** pytm's {@code _check_duplicates}, comparing values (pytm 1.4.0 crashed when flows carried data). */
    private void checkDuplicates(List<Element> flows) {
        for (List<Element> group : byEnds(flows).values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Element left = group.get(i);
                    Element right = group.get(j);
                    if (!sameExceptIgnored(left, right)) {
                        continue;
                    }
                    if (model.onDuplicates() == Action.RESTRICT) {
                        throw new ModelException("Duplicate Dataflow found between " + left.source().label()
                                + " and " + left.sink().label() + ": " + left.label() + " is same as "
                                + right.label());
                    }
                    hidden.add(right);
                }
            }
        }
    }

    private static boolean sameExceptIgnored(Element left, Element right) {
        for (Attribute attribute : left.schema().attributes()) {
            String name = attribute.name();
            if (!DUPLICATE_IGNORED.contains(name) && !Objects.equals(left.get(name), right.get(name))) {
                return false;
            }
        }
        Controls a = left.controls();
        Controls b = right.controls();
        return a.schema().attributes().stream().allMatch(c -> Objects.equals(a.get(c.name()), b.get(c.name())));
    }

    private void applyDefaults(List<Element> flows) {
        for (Data datum : model.data()) {
            for (Element flow : datum.carriedBy()) {
                addData(flow, List.of(datum));
            }
        }
        Map<Data, Set<Element>> carriers = new IdentityHashMap<>();
        Map<Data, Set<Element>> processors = new IdentityHashMap<>();
        Map<Element, List<Element>> inputs = new LinkedHashMap<>();
        Map<Element, List<Element>> outputs = new LinkedHashMap<>();
        for (Element flow : flows) {
            Element source = flow.source();
            Element sink = flow.sink();
            if (source.schema().has("data")) {
                addData(flow, data(source));
            }
            for (Data d : data(flow)) {
                carriers.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(flow);
                Set<Element> users = processors.computeIfAbsent(d, k -> new LinkedHashSet<>());
                users.add(source);
                users.add(sink);
            }
            Set<Long> levels = commonLevels(source, sink);
            if (!levels.isEmpty()) {
                applyDefault(flow, "levels", levels);
            }
            applyDefault(flow, "overrides", mergedOverrides(sink, source));
            if (Boolean.TRUE.equals(flow.get("isResponse"))) {
                defaultFrom(flow, "protocol", source, "protocol");
                defaultFrom(flow, "srcPort", source, "port");
                applyDefault(flow.controls(), "isEncrypted", source.controls().get("isEncrypted"));
                continue;
            }
            defaultFrom(flow, "protocol", sink, "protocol");
            defaultFrom(flow, "dstPort", sink, "port");
            applyDefault(flow.controls(), "isEncrypted", sink.controls().get("isEncrypted"));
            applyDefault(flow.controls(), "authenticatesDestination",
                    source.controls().get("authenticatesDestination"));
            applyDefault(flow.controls(), "checksDestinationRevocation",
                    source.controls().get("checksDestinationRevocation"));
            enrichData(flow);
            inputs.computeIfAbsent(sink, k -> new ArrayList<>()).add(flow);
            outputs.computeIfAbsent(source, k -> new ArrayList<>()).add(flow);
        }
        inputs.forEach((element, list) -> setIfPresent(element, "inputs", list));
        outputs.forEach((element, list) -> setIfPresent(element, "outputs", list));
        carriers.forEach((d, set) -> setComputed(d, "carriedBy", sortedByName(set)));
        processors.forEach((d, set) -> setComputed(d, "processedBy", sortedByName(set)));
    }

    private static void defaultFrom(Element flow, String attribute, Element from, String fromAttribute) {
        if (from.schema().has(fromAttribute)) {
            applyDefault(flow, attribute, from.get(fromAttribute));
        }
    }

    private static void setIfPresent(Element element, String attribute, List<Element> flows) {
        if (element.schema().has(attribute)) {
            setComputed(element, attribute, flows);
        }
    }

    /**
     * The elements in name order, those of one name in set order (a stable sort). Each name is read once, not in
     * every comparison: a data item of a large model is carried by thousands of flows, and reading an attribute
     * looks its name up in the schema.
     */
    private static List<Element> sortedByName(Set<Element> elements) {
        List<Named> named = new ArrayList<>(elements.size());
        for (Element element : elements) {
            named.add(new Named(element.name(), element));
        }
        named.sort(Comparator.comparing(Named::name));
        List<Element> sorted = new ArrayList<>(named.size());
        for (Named n : named) {
            sorted.add(n.element());
        }
        return sorted;
    }

    private record Named(String name, Element element) {
    }

    /** pytm's data enrichment of request flows: encryption at rest, credentials implied by a lifetime. */
    private static void enrichData(Element flow) {
        for (Data d : data(flow)) {
            if (Boolean.TRUE.equals(d.get("isStored"))) {
                applyDefault(d, "isDestEncryptedAtRest", flow.sink().controls().get("isEncryptedAtRest"));
                applyDefault(d, "isSourceEncryptedAtRest", flow.source().controls().get("isEncryptedAtRest"));
            }
            if (d.get("credentialsLife") != Lifetime.NONE && !Boolean.TRUE.equals(d.get("isCredentials"))) {
                applyDefault(d, "isCredentials", true);
            }
            if (Boolean.TRUE.equals(d.get("isCredentials")) && d.get("credentialsLife") == Lifetime.NONE) {
                applyDefault(d, "credentialsLife", Lifetime.UNKNOWN);
            }
        }
    }

    /** The levels both ends are drawn on; most elements are on the same ones (level 0), taken as they are. */
    private static Set<Long> commonLevels(Element source, Element sink) {
        Set<Long> from = source.levels();
        Set<Long> to = sink.levels();
        if (from.equals(to)) {
            return from;
        }
        Set<Long> levels = new TreeSet<>(from);
        levels.retainAll(to);
        return levels;
    }

    private static List<FindingOverride> mergedOverrides(Element sink, Element source) {
        if (source.overrides().isEmpty()) {
            return sink.overrides(); // what the merge makes of it: the sink's, in order
        }
        List<FindingOverride> merged = new ArrayList<>(sink.overrides());
        Set<String> ids = new HashSet<>();
        merged.forEach(o -> ids.add(o.threatId()));
        for (FindingOverride o : source.overrides()) {
            if (ids.add(o.threatId())) {
                merged.add(o);
            }
        }
        return merged;
    }

    private void checkOverrides() {
        for (Element element : model.elements()) {
            Set<String> seen = new HashSet<>();
            for (FindingOverride o : element.overrides()) {
                if (!seen.add(o.threatId())) {
                    throw new ModelException("Finding " + o.threatId() + " has more than one override in "
                            + element.label());
                }
            }
        }
    }

    /**
     * pytm's {@code ignoreUnused}: flows, their endpoints and every boundary around an endpoint, sorted as
     * pytm sorts them. Unlike pytm 1.4.0, the boundaries that directly hold an endpoint are kept.
     */
    private static List<Element> usedElements(List<Element> flows) {
        Set<Element> used = new LinkedHashSet<>();
        for (Element flow : flows) {
            used.add(flow);
            for (Element end : List.of(flow.source(), flow.sink())) {
                used.add(end);
                used.addAll(end.boundaryPath());
            }
        }
        Map<Element, Long> firstOrder = new IdentityHashMap<>();
        for (Element flow : flows) {
            firstOrder.merge(flow.source(), (Long) flow.get("order"), Math::min);
        }
        long last = firstOrder.values().stream().max(Long::compare).orElse(0L) + 1;
        List<Element> sorted = new ArrayList<>(used);
        sorted.sort(Comparator.<Element>comparingLong(e -> firstOrder.getOrDefault(e, last))
                .thenComparing(e -> e.type().pytmName())
                .thenComparingLong(e -> e.isDataflow() ? (Long) e.get("order") : 0)
                .thenComparing(Element::label));
        return sorted;
    }

    @SuppressWarnings("unchecked")
    static List<Data> data(Element element) {
        return (List<Data>) element.get("data");
    }

    /** pytm's DataSet union: the flow's data, then the new items it did not have yet. */
    private static void addData(Element flow, List<Data> more) {
        if (more.isEmpty()) {
            return;
        }
        Set<Data> all = new LinkedHashSet<>(data(flow));
        if (!all.addAll(more)) {
            return;
        }
        if (flow.isSet("data")) {
            flow.set("data", List.copyOf(all));
        } else {
            setComputed(flow, "data", List.copyOf(all));
        }
    }

}
