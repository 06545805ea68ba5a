package dev.tmj.format.otm;

import dev.tmj.format.json.TmjAttributes;
import dev.tmj.format.tree.LocatedJsonWriter;
import dev.tmj.format.tree.LocatedNode;
import dev.tmj.model.Data;
import dev.tmj.model.Excerpt;
import dev.tmj.model.Element;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.FindingStatus;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second pass of {@link OtmReader}, once every trust zone, component and asset exists: parents (boundaries and
 * nesting), dataflows, the assets each element holds or carries, tmj's attributes ({@code attributes.tmj}) and the
 * threats recorded on components and dataflows.
 */
final class OtmElements {
    private static final Set<String> FLOW_KEYS = Set.of("id", "name", "description", "bidirectional", "source",
            "destination", "assets", "threats", "tags", "attributes");

    private final OtmNodes nodes;
    private final TmjAttributes tmj;
    private final Map<String, Element> zones;
    private final Map<String, Element> components;
    private final Map<String, Data> assets;
    private final Map<String, String> tmjThreats;
    private int representationsKept;

    OtmElements(OtmNodes nodes, TmjAttributes tmj, Map<String, Element> zones, Map<String, Element> components,
            Map<String, Data> assets, Map<String, String> tmjThreats) {
        this.nodes = nodes;
        this.tmj = tmj;
        this.zones = zones;
        this.components = components;
        this.assets = assets;
        this.tmjThreats = tmjThreats;
    }

    void bind(Map<Element, LocatedNode> placed, List<LocatedNode> flowNodes) {
        Map<Element, Element> parentComponents = new HashMap<>();
        placed.forEach((element, node) -> parent(element, node, parentComponents));
        parentComponents.keySet().forEach(e -> e.set("inBoundary", boundaryOf(e, parentComponents)));
        Map<Element, LocatedNode> flows = new java.util.LinkedHashMap<>();
        Model model = placed.isEmpty() ? null : placed.keySet().iterator().next().model();
        for (LocatedNode flow : flowNodes) {
            Element created = createFlow(model == null ? modelOf(flow) : model, flow);
            flows.put(created, flow);
        }
        placed.forEach(this::details);
        flows.forEach(this::flowDetails);
        if (representationsKept > 0) {
            nodes.note(flowNodes.isEmpty() ? placed.values().iterator().next() : flowNodes.get(0),
                    "the representations (diagram positions, code) of " + representationsKept + " trust zones and "
                            + "components are kept, not used by tmj");
        }
    }

    private Model modelOf(LocatedNode flow) {
        throw nodes.error(flow, "a dataflow needs components to connect; the document has none");
    }

    private void parent(Element element, LocatedNode node, Map<Element, Element> parentComponents) {
        LocatedNode parent = node.get("parent");
        if (parent == null || parent.is(LocatedNode.Kind.NULL)) {
            if (!element.isBoundary()) {
                nodes.note(node, "component without \"parent\": read as outside every boundary");
            }
            return;
        }
        nodes.object(parent, "the parent ({\"trustZone\": id} or {\"component\": id})");
        String zone = nodes.optional(parent, "trustZone", "a trust zone's id");
        String component = nodes.optional(parent, "component", "a component's id");
        if (zone != null) {
            if (!zones.containsKey(zone)) {
                throw nodes.error(parent.get("trustZone"), "no trust zone with id \"" + zone + "\"");
            }
            Element boundary = zones.get(zone);
            if (boundary == element) {
                throw nodes.error(parent.get("trustZone"), "a trust zone cannot be its own parent");
            }
            if (boundary != null) {
                element.set("inBoundary", boundary);
            }
        } else if (component != null) {
            Element owner = components.get(component);
            if (owner == null) {
                throw nodes.error(parent.get("component"), "no component with id \"" + component + "\"");
            }
            element.setExtra(OtmKeys.PARENT, component, nodes.location(parent.get("component")));
            if (element.isBoundary()) {
                nodes.note(parent, "a trust zone inside a component: tmj nests boundaries only in boundaries; "
                        + "read at the top, the parent kept for export");
            } else {
                parentComponents.put(element, owner);
            }
        } else {
            throw nodes.error(parent, "expected \"trustZone\" or \"component\", the id of the parent");
        }
    }

    /** A component inside a component is in the boundary of the outermost one (tmj does not nest elements). */
    private static Element boundaryOf(Element element, Map<Element, Element> parentComponents) {
        Element at = element;
        Set<Element> seen = new HashSet<>();
        while (parentComponents.containsKey(at) && seen.add(at)) {
            at = parentComponents.get(at);
        }
        return at.inBoundary().orElse(null);
    }

    private Element createFlow(Model model, LocatedNode flow) {
        String name = nodes.required(flow, "name", "dataflow's name");
        Element source = endpoint(flow, "source");
        Element sink = endpoint(flow, "destination");
        if (source == sink) {
            throw nodes.error(flow.get("destination"), "a dataflow needs two different ends; source and "
                    + "destination are both " + source.label());
        }
        String id = nodes.required(flow, "id", "dataflow's id");
        Element created = model.dataflow(source, sink, name).locatedAt(nodes.location(flow));
        tmj.register(created, id);
        return created;
    }

    private Element endpoint(LocatedNode flow, String key) {
        String id = nodes.required(flow, key, "id of the dataflow's " + key);
        Element end = components.containsKey(id) ? components.get(id) : zones.get(id);
        if (end == null) {
            throw nodes.error(flow.get(key), "no component or trust zone with id \"" + id + "\""
                    + (zones.containsKey(id) ? " (the zone of the elements outside every boundary)" : ""));
        }
        return end;
    }

    /** A trust zone's or component's own fields. */
    private void details(Element element, LocatedNode node) {
        common(element, node);
        if (element.isBoundary()) {
            String type = nodes.optional(node, "type", "trust zone's type");
            if (type != null) {
                element.setExtra(OtmKeys.TYPE, type, nodes.location(node.get("type")));
            }
            LocatedNode risk = node.get("risk");
            if (risk == null) {
                throw nodes.error(node, "missing \"risk\" ({\"trustRating\": 0 to 100})");
            }
            nodes.object(risk, "the trust zone's risk");
            LocatedNode rating = risk.get("trustRating");
            if (rating == null) {
                throw nodes.error(risk, "missing \"trustRating\", a number from 0 to 100");
            }
            double value = nodes.number(risk, "trustRating", "the trust rating", 0);
            if (value != OtmKeys.DEFAULT_TRUST_RATING) {
                element.setExtra(OtmKeys.TRUST_RATING, dev.tmj.format.tree.LocatedInput.numberValue(rating), nodes.location(rating));
            }
        } else {
            LocatedNode held = node.get("assets");
            if (held != null && !held.is(LocatedNode.Kind.NULL)) {
                nodes.object(held, "the component's assets ({\"processed\": [...], \"stored\": [...]})");
                Set<Data> data = new LinkedHashSet<>();
                data.addAll(assetList(held.get("processed")));
                data.addAll(assetList(held.get("stored")));
                setData(element, data, held);
            }
        }
        threats(element, node);
    }

    private void flowDetails(Element flow, LocatedNode node) {
        common(flow, node);
        LocatedNode bidirectional = node.get("bidirectional");
        if (bidirectional != null && Boolean.TRUE.equals(bidirectional.scalar())) {
            flow.setExtra(OtmKeys.BIDIRECTIONAL, true, nodes.location(bidirectional));
            nodes.note(bidirectional, "a bidirectional dataflow is one tmj flow from source to destination; "
                    + "the reverse direction is not analysed (add a flow for it)");
        } else if (bidirectional != null && !bidirectional.is(LocatedNode.Kind.BOOLEAN)
                && !bidirectional.is(LocatedNode.Kind.NULL)) {
            throw nodes.error(bidirectional, "expected true or false, got " + bidirectional.describe());
        }
        LocatedNode carried = node.get("assets");
        if (carried != null && !carried.is(LocatedNode.Kind.NULL)) {
            setData(flow, new LinkedHashSet<>(assetList(carried)), carried);
        }
        threats(flow, node);
        nodes.keepUnknown(flow, node, FLOW_KEYS, "dataflow");
    }

    /** What every element has: id, description, representations, tags, attributes. */
    private void common(Element element, LocatedNode node) {
        String id = nodes.required(node, "id", "id");
        if (!id.equals(element.name())) {
            element.setExtra(OtmKeys.ID, id, nodes.location(node.get("id")));
        }
        String description = nodes.optional(node, "description", "description");
        if (description != null && !description.isEmpty()) {
            element.set("description", description);
        }
        LocatedNode representations = node.get("representations");
        if (representations != null && !representations.is(LocatedNode.Kind.NULL)) {
            nodes.keep(element, OtmKeys.REPRESENTATIONS, representations);
            representationsKept++;
        }
        LocatedNode tags = node.get("tags");
        if (tags != null && !tags.is(LocatedNode.Kind.NULL)) {
            nodes.keep(element, OtmKeys.TAGS, tags);
        }
        LocatedNode attributes = node.get("attributes");
        if (attributes != null && !attributes.is(LocatedNode.Kind.NULL)) {
            attributes(element, attributes);
        }
    }

    /** OTM's {@code attributes}: tmj's own under {@code tmj}, any other kept as they are. */
    void attributes(ModelObject target, LocatedNode attributes) {
        nodes.object(attributes, "attributes");
        StringBuilder kept = new StringBuilder();
        for (LocatedNode.Field field : attributes.fields()) {
            if (field.key().equals(OtmKeys.TMJ)) {
                tmj.bind(target, field.value());
            } else if (!field.key().equals(OtmKeys.TMJ_OUTSIDE)) {
                kept.append(kept.length() == 0 ? "{" : ",").append(LocatedJsonWriter.quote(field.key()))
                        .append(':').append(LocatedJsonWriter.toJson(field.value()));
            }
        }
        if (kept.length() > 0) {
            target.setExtra(OtmKeys.ATTRIBUTES, kept.append('}').toString(), nodes.location(attributes));
            nodes.note(attributes, "attributes other than \"tmj\" are kept, not used by tmj");
        }
    }

    private List<Data> assetList(LocatedNode list) {
        if (list == null || list.is(LocatedNode.Kind.NULL)) {
            return List.of();
        }
        if (!list.is(LocatedNode.Kind.ARRAY)) {
            throw nodes.error(list, "expected a list of asset ids, got " + list.describe());
        }
        List<Data> found = new ArrayList<>();
        for (LocatedNode item : list.items()) {
            if (item.is(LocatedNode.Kind.NULL)) {
                continue;
            }
            String id = nodes.string(item, "an asset's id");
            Data datum = assets.get(id);
            if (datum == null) {
                throw nodes.error(item, "no asset with id \"" + id + "\"");
            }
            found.add(datum);
        }
        return found;
    }

    private void setData(Element element, Set<Data> data, LocatedNode at) {
        if (data.isEmpty()) {
            return;
        }
        if (element.schema().find("data").isEmpty()) {
            nodes.note(at, "a " + element.type().pytmName() + " holds no data in tmj: assets not mapped");
            return;
        }
        element.set("data", List.copyOf(data));
    }

    /**
     * The threats on an element: one that tmj exported ({@code attributes.tmjSid} in the document's threats) becomes
     * a finding decision with its state's status, unless tmj's own attributes already decide that threat; any other
     * is kept, with a note.
     */
    private void threats(Element element, LocatedNode node) {
        StringBuilder kept = new StringBuilder();
        LocatedNode first = null;
        List<String> others = new ArrayList<>();
        for (LocatedNode ref : nodes.objects(node, "threats", "threat reference")) {
            String id = nodes.required(ref, "threat", "threat's id");
            String state = nodes.required(ref, "state", "threat's state");
            String sid = tmjThreats.get("threats:" + id);
            if (sid == null) {
                kept.append(kept.length() == 0 ? "[" : ",").append(LocatedJsonWriter.toJson(ref));
                first = first == null ? ref : first;
                others.add(id);
                continue;
            }
            FindingStatus status = OtmKeys.status(state).orElse(null);
            if (status == null) {
                nodes.note(ref.get("state"), "unknown threat state \"" + state + "\": read as open");
                status = FindingStatus.OPEN;
            }
            boolean decided = element.overrides().stream().anyMatch(o -> o.threatId().equals(sid));
            if (!decided && status != FindingStatus.OPEN) {
                List<FindingOverride> overrides = new ArrayList<>(element.overrides());
                overrides.add(FindingOverride.of(sid).status(status));
                element.set("overrides", overrides);
            }
        }
        if (first != null) {
            element.setExtra(OtmKeys.THREATS, kept.append(']').toString(), nodes.location(first));
            nodes.note(first, others.size() + " threats another tool recorded (" + Excerpt.of(String.join(", ",
                    others), 60) + ") are not tmj's: kept, not findings (written back on export)");
        }
    }
}
