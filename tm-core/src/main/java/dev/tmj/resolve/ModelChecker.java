package dev.tmj.resolve;

import static dev.tmj.model.internal.ModelInternals.applyDefault;
import static dev.tmj.model.internal.ModelInternals.applyStoredDefault;
import static dev.tmj.model.internal.ModelInternals.setComputed;

import dev.tmj.model.Action;
import dev.tmj.model.Attribute;
import dev.tmj.model.AttributeNames;
import dev.tmj.model.Controls;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.Lifetime;
import dev.tmj.model.Model;
import dev.tmj.model.ModelException;
import dev.tmj.model.ModelObject;
import java.util.ArrayList;
import java.util.Collections;
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

    // The attributes read for each flow, by interned name (ModelObject.valueOf: two array loads, no lookup by text).
    private static final int ORDER = AttributeNames.find("order");
    private static final int IS_RESPONSE = AttributeNames.find("isResponse");
    private static final int DATA = AttributeNames.find("data");
    private static final int IS_ENCRYPTED = AttributeNames.find("isEncrypted");
    private static final int AUTHENTICATES_DESTINATION = AttributeNames.find("authenticatesDestination");
    private static final int CHECKS_DESTINATION_REVOCATION = AttributeNames.find("checksDestinationRevocation");
    private static final int IS_ENCRYPTED_AT_REST = AttributeNames.find("isEncryptedAtRest");
    private static final int IS_STORED = AttributeNames.find("isStored");
    private static final int IS_CREDENTIALS = AttributeNames.find("isCredentials");
    private static final int CREDENTIALS_LIFE = AttributeNames.find("credentialsLife");
    private static final int PROTOCOL = AttributeNames.find("protocol");
    private static final int PORT = AttributeNames.find("port");

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
        ResponseLinks.link(flows, model.elements().size());
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
            for (int i = 0; i < 2; i++) { // source, then sink: no list of both for each flow
                Element end = i == 0 ? flow.source() : flow.sink();
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
            ordered.add(new Ordered((Long) get(flow, ORDER, "order"), flow));
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
            if ((Long) get(flow, ORDER, "order") != -1) {
                break;
            }
            setComputed(flow, "order", i + 1L);
        }
    }

    /** The flows by their two ends, in the order first met: keyed as {@link ResponseLinks#ends} keys them. */
    private Map<Long, List<Element>> byEnds(List<Element> flows) {
        int elements = model.elements().size();
        Map<Long, List<Element>> byEnds = new LinkedHashMap<>();
        for (Element flow : flows) {
            byEnds.computeIfAbsent(ResponseLinks.ends(flow.source(), flow.sink(), elements), k -> new ArrayList<>())
                    .add(flow);
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
        DataUsers users = new DataUsers(model);
        // By element index: a list per element reached without hashing the element (twice for each flow).
        List<List<Element>> inputs = new ArrayList<>(Collections.nCopies(model.elements().size(), null));
        List<List<Element>> outputs = new ArrayList<>(Collections.nCopies(model.elements().size(), null));
        for (Element flow : flows) {
            Element source = flow.source();
            Element sink = flow.sink();
            if (source.valueOf(DATA) != ModelObject.MISSING) { // a type with data: read by interned name, not by text
                addData(flow, data(source));
            }
            users.add(flow, data(flow));
            // Both ends' levels when they agree, and the sink's overrides when the source has none, are values the
            // model already stores: kept as they are, not copied for each flow.
            Set<Long> from = source.levels();
            Set<Long> levels = commonLevels(from, sink.levels());
            if (levels == from && !levels.isEmpty()) {
                applyStoredDefault(flow, "levels", levels);
            } else if (!levels.isEmpty()) {
                applyDefault(flow, "levels", levels);
            }
            if (source.overrides().isEmpty()) {
                applyStoredDefault(flow, "overrides", sink.overrides());
            } else {
                applyDefault(flow, "overrides", mergedOverrides(sink, source));
            }
            if (Boolean.TRUE.equals(get(flow, IS_RESPONSE, "isResponse"))) {
                defaultFrom(flow, "protocol", source, PROTOCOL);
                defaultFrom(flow, "srcPort", source, PORT);
                applyDefault(flow.controls(), "isEncrypted", get(source.controls(), IS_ENCRYPTED, "isEncrypted"));
                continue;
            }
            defaultFrom(flow, "protocol", sink, PROTOCOL);
            defaultFrom(flow, "dstPort", sink, PORT);
            applyDefault(flow.controls(), "isEncrypted", get(sink.controls(), IS_ENCRYPTED, "isEncrypted"));
            applyDefault(flow.controls(), "authenticatesDestination",
                    get(source.controls(), AUTHENTICATES_DESTINATION, "authenticatesDestination"));
            applyDefault(flow.controls(), "checksDestinationRevocation",
                    get(source.controls(), CHECKS_DESTINATION_REVOCATION, "checksDestinationRevocation"));
            enrichData(flow);
            addTo(inputs, sink, flow);
            addTo(outputs, source, flow);
        }
        for (Element element : model.elements()) {
            setIfPresent(element, "inputs", inputs.get(element.index()));
            setIfPresent(element, "outputs", outputs.get(element.index()));
        }
        users.store();
    }

    /** A flow's default from its source or sink, when that element's type has the attribute (by interned name). */
    private static void defaultFrom(Element flow, String attribute, Element from, int fromAttribute) {
        Object value = from.valueOf(fromAttribute);
        if (value != ModelObject.MISSING) {
            applyDefault(flow, attribute, value);
        }
    }

    private static void addTo(List<List<Element>> byIndex, Element element, Element flow) {
        List<Element> list = byIndex.get(element.index());
        if (list == null) {
            list = new ArrayList<>();
            byIndex.set(element.index(), list);
        }
        list.add(flow);
    }

    /** Stores the flows in or out of an element that has any and whose type has the attribute. */
    private static void setIfPresent(Element element, String attribute, List<Element> flows) {
        if (flows != null && element.schema().has(attribute)) {
            setComputed(element, attribute, flows);
        }
    }

    /** pytm's data enrichment of request flows: encryption at rest, credentials implied by a lifetime. */
    private static void enrichData(Element flow) {
        List<Data> carried = data(flow);
        for (int i = 0; i < carried.size(); i++) {
            Data d = carried.get(i);
            if (Boolean.TRUE.equals(get(d, IS_STORED, "isStored"))) {
                applyDefault(d, "isDestEncryptedAtRest",
                        get(flow.sink().controls(), IS_ENCRYPTED_AT_REST, "isEncryptedAtRest"));
                applyDefault(d, "isSourceEncryptedAtRest",
                        get(flow.source().controls(), IS_ENCRYPTED_AT_REST, "isEncryptedAtRest"));
            }
            if (get(d, CREDENTIALS_LIFE, "credentialsLife") != Lifetime.NONE
                    && !Boolean.TRUE.equals(get(d, IS_CREDENTIALS, "isCredentials"))) {
                applyDefault(d, "isCredentials", true);
            }
            if (Boolean.TRUE.equals(get(d, IS_CREDENTIALS, "isCredentials"))
                    && get(d, CREDENTIALS_LIFE, "credentialsLife") == Lifetime.NONE) {
                applyDefault(d, "credentialsLife", Lifetime.UNKNOWN);
            }
        }
    }

    /** The levels both ends are drawn on; most elements are on the same ones (level 0), taken as they are. */
    private static Set<Long> commonLevels(Set<Long> from, Set<Long> to) {
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
            if (element.overrides().size() < 2) {
                continue; // nothing to repeat: no set for each element
            }
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
        return (List<Data>) get(element, DATA, "data");
    }

    /** An attribute by its interned id, or by name (which fails as a lookup by name does) when the type lacks it. */
    static Object get(ModelObject object, int nameId, String name) {
        Object value = object.valueOf(nameId);
        return value == ModelObject.MISSING ? object.get(name) : value;
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
