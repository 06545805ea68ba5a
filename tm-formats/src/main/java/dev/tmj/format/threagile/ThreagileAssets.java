package dev.tmj.format.threagile;

import dev.tmj.format.tree.LocatedInput;
import dev.tmj.format.tree.LocatedNode;
import dev.tmj.model.Classification;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Threagile's technical assets and their communication links: an element per asset, a flow per link (the data it
 * sends), and a response flow back when the link receives data.
 */
final class ThreagileAssets {
    /** Asset fields kept as extra attributes (scalars conditions can read), by Threagile's name. */
    private static final List<String> FACTS = List.of("type", "technology", "usage", "size", "machine", "encryption",
            "owner", "internet", "multi_tenant", "redundant", "custom_developed_parts", "justification_out_of_scope");

    private final Model model;
    private final LocatedInput nodes;
    private final Map<String, Data> data;
    private final Map<String, Element> byId = new LinkedHashMap<>();
    private final Map<Element, LocatedNode> sources = new LinkedHashMap<>();

    ThreagileAssets(Model model, LocatedInput nodes, Map<String, Data> data) {
        this.model = model;
        this.nodes = nodes;
        this.data = data;
    }

    Map<String, Element> byId() {
        return byId;
    }

    void create(List<LocatedNode.Field> assets) {
        for (LocatedNode.Field field : assets) {
            LocatedNode asset = field.value();
            String id = nodes.required(asset, "id", "technical asset's id");
            String type = nodes.required(asset, "type", "technical asset's type (external-entity, process, datastore)");
            if (!Set.of("external-entity", "process", "datastore").contains(type)) {
                throw nodes.error(asset.get("type"), "unknown technical asset type \"" + type
                        + "\"; expected external-entity, process or datastore");
            }
            String technology = text(asset, "technology");
            ElementType elementType = ThreagileTypes.elementType(type, technology, flag(asset,
                    "used_as_client_by_human"));
            Element element = model.add(elementType, field.key())
                    .locatedAt(new SourceLocation(nodes.location(asset).file(), field.line(), field.column()));
            if (byId.putIfAbsent(id, element) != null) {
                throw nodes.error(asset.get("id"), "duplicate technical asset id \"" + id + "\"");
            }
            sources.put(element, asset);
            element.setExtra("threagileId", id, nodes.location(asset.get("id")));
            details(element, asset, technology);
        }
    }

    private void details(Element element, LocatedNode asset, String technology) {
        String description = text(asset, "description");
        if (!description.isBlank()) {
            element.set("description", description.strip());
        }
        if (flag(asset, "out_of_scope")) {
            element.set("inScope", false);
        }
        String confidentiality = text(asset, "confidentiality");
        ThreagileTypes.classification(confidentiality).ifPresent(c -> element.set("maxClassification", c));
        for (String fact : FACTS) {
            LocatedNode value = asset.get(fact);
            if (value != null && (value.is(LocatedNode.Kind.STRING) || value.is(LocatedNode.Kind.BOOLEAN))
                    && !"".equals(value.scalar())) {
                element.setExtra(fact.equals("type") ? "threagileType" : fact, value.scalar(),
                        nodes.location(value));
            }
        }
        String encryption = text(asset, "encryption");
        if (element.type() == ElementType.DATASTORE) {
            element.set("type", ThreagileTypes.datastoreType(technology));
            if (!encryption.isEmpty() && !encryption.equals("none")) {
                element.controls().set("isEncryptedAtRest", true);
            }
        }
        Set<Data> held = new LinkedHashSet<>();
        held.addAll(dataList(asset.get("data_assets_processed")));
        held.addAll(dataList(asset.get("data_assets_stored")));
        if (!held.isEmpty() && element.schema().find("data").isPresent()) {
            element.set("data", List.copyOf(held));
        }
        if (element.type() == ElementType.DATASTORE && held.stream()
                .anyMatch(d -> d.classification().compareTo(Classification.SECRET) >= 0)) {
            element.set("storesSensitiveData", true);
        }
    }

    /** A flow per communication link, and a response flow for the data it receives. */
    void links() {
        sources.forEach((source, asset) -> {
            for (LocatedNode.Field field : ThreagileReader.named(asset, "communication_links", nodes)) {
                link(source, field);
            }
        });
    }

    private void link(Element source, LocatedNode.Field field) {
        LocatedNode link = field.value();
        String targetId = nodes.required(link, "target", "link's target (a technical asset's id)");
        Element target = byId.get(targetId);
        if (target == null) {
            throw nodes.error(link.get("target"), "no technical asset with id \"" + targetId + "\"");
        }
        if (target == source) {
            throw nodes.error(link.get("target"), "a communication link needs another asset as its target");
        }
        SourceLocation at = new SourceLocation(nodes.location(link).file(), field.line(), field.column());
        Element flow = model.dataflow(source, target, field.key()).locatedAt(at);
        String protocol = text(link, "protocol");
        if (!protocol.isEmpty()) {
            flow.set("protocol", protocol.toUpperCase(Locale.ROOT));
            if (ThreagileTypes.ENCRYPTED_PROTOCOLS.contains(protocol)) {
                flow.controls().set("isEncrypted", true);
            }
        }
        String description = text(link, "description");
        if (!description.isBlank()) {
            flow.set("description", description.strip());
        }
        String authentication = text(link, "authentication");
        if (!authentication.isEmpty()) {
            flow.setExtra("authentication", authentication, nodes.location(link.get("authentication")));
            if (!authentication.equals("none")) {
                flow.controls().set("authenticatesSource", true);
            }
        }
        String authorization = text(link, "authorization");
        if (!authorization.isEmpty()) {
            flow.setExtra("authorization", authorization, nodes.location(link.get("authorization")));
        }
        if (flag(link, "vpn")) {
            flow.set("usesVPN", true);
        }
        for (String fact : List.of("ip_filtered", "readonly", "usage")) {
            LocatedNode value = link.get(fact);
            if (value != null && (value.is(LocatedNode.Kind.STRING) || value.is(LocatedNode.Kind.BOOLEAN))) {
                flow.setExtra(fact, value.scalar(), nodes.location(value));
            }
        }
        List<Data> sent = dataList(link.get("data_assets_sent"));
        if (!sent.isEmpty()) {
            flow.set("data", sent);
        }
        List<Data> received = dataList(link.get("data_assets_received"));
        if (!received.isEmpty()) {
            Element response = model.dataflow(target, source, field.key() + " (response)").locatedAt(at)
                    .set("isResponse", true).set("responseTo", flow).set("data", received);
            if (flow.isSet("protocol")) {
                response.set("protocol", flow.get("protocol"));
            }
            if (flow.controls().isSet("isEncrypted")) {
                response.controls().set("isEncrypted", true);
            }
            flow.set("response", response);
        }
    }

    private List<Data> dataList(LocatedNode list) {
        if (ThreagileReader.absent(list)) {
            return List.of();
        }
        if (!list.is(LocatedNode.Kind.ARRAY)) {
            throw nodes.error(list, "expected a list of data asset ids, got " + list.describe());
        }
        List<Data> found = new ArrayList<>();
        for (LocatedNode item : list.items()) {
            String id = nodes.string(item, "a data asset's id");
            Data datum = data.get(id);
            if (datum == null) {
                throw nodes.error(item, "no data asset with id \"" + id + "\"");
            }
            if (!found.contains(datum)) {
                found.add(datum);
            }
        }
        return found;
    }

    private String text(LocatedNode owner, String key) {
        String value = nodes.optional(owner, key, key);
        return value == null ? "" : value;
    }

    private boolean flag(LocatedNode owner, String key) {
        LocatedNode value = owner.get(key);
        if (ThreagileReader.absent(value)) {
            return false;
        }
        if (!value.is(LocatedNode.Kind.BOOLEAN)) {
            throw nodes.error(value, "expected true or false, got " + value.describe());
        }
        return (Boolean) value.scalar();
    }
}
