package dev.tmj.format.otm;

import dev.tmj.format.json.TmjAttributes;
import dev.tmj.format.tree.LocatedNode;
import dev.tmj.format.tree.LocatedTreeReader;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an Open Threat Model document (OTM 0.2.0, and 0.1.0 the same way; JSON or YAML) into a model: trust zones
 * become boundaries (nested by {@code parent}), components elements (their class by {@link OtmTypes}), dataflows
 * flows, assets data items (confidentiality as classification), and each threat that tmj exported, with its state,
 * a finding decision (an override's status). What tmj does not use is kept in extra attributes
 * ({@link OtmKeys}) so that {@link OtmWriter} writes it back, and noted on the model ({@link Model#warnings()}).
 *
 * <p>Bad input is a {@link dev.tmj.model.SourceException} with file, line, column, path and what was expected.
 */
public final class OtmReader {
    /** The OTM version tmj writes and reads. */
    public static final String VERSION = "0.2.0";

    private static final Set<String> ROOT_KEYS = Set.of("otmVersion", "project", "representations", "assets",
            "trustZones", "components", "dataflows", "threats", "mitigations");
    private static final Set<String> PROJECT_KEYS = Set.of("name", "id", "description", "owner", "ownerContact",
            "tags", "attributes");
    private static final Set<String> ZONE_KEYS = Set.of("id", "name", "type", "description", "risk", "parent",
            "representations", "attributes");
    private static final Set<String> COMPONENT_KEYS = Set.of("id", "name", "type", "description", "parent",
            "representations", "assets", "threats", "tags", "attributes");
    private static final Set<String> ASSET_KEYS = Set.of("id", "name", "description", "risk", "attributes");

    private final String file;
    private Model model;
    private OtmNodes nodes;
    private TmjAttributes tmj;
    private final Map<String, Element> zones = new HashMap<>();
    private final Map<String, Element> components = new HashMap<>();
    private final Map<String, Data> assets = new HashMap<>();
    /** The top-level threats and mitigations that stand for tmj's threats: id to SID. */
    private final Map<String, String> tmjThreats = new HashMap<>();
    private final Map<Element, LocatedNode> placed = new LinkedHashMap<>();

    private OtmReader(String file) {
        this.file = file;
    }

    /**
     * Reads an OTM document; {@code file} names it in errors and locations.
     *
     * @throws dev.tmj.model.SourceException naming the file, line, column and path of the first problem
     */
    public static Model read(String text, String file) {
        LocatedNode root = LocatedTreeReader.read(text, file, LocatedTreeReader.detect(text));
        return new OtmReader(file).model(root);
    }

    private Model model(LocatedNode root) {
        if (!root.is(LocatedNode.Kind.OBJECT)) {
            throw new OtmNodes(file, Model.named("otm")).error(root, "expected an OTM document (an object), got "
                    + root.describe());
        }
        Model probe = Model.named("otm");
        OtmNodes early = new OtmNodes(file, probe);
        LocatedNode version = root.get("otmVersion");
        if (version == null) {
            throw early.error(root, "missing \"otmVersion\", the OTM version (" + VERSION + ")");
        }
        String otmVersion = early.string(version, "the OTM version");
        LocatedNode project = early.object(required(root, "project", early), "the project");
        model = Model.named(early.required(project, "name", "project's name")).locatedAt(early.location(root));
        nodes = new OtmNodes(file, model);
        tmj = new TmjAttributes(model, file);
        if (!otmVersion.startsWith("0.")) {
            throw nodes.error(version, "unsupported OTM version \"" + otmVersion + "\"; tmj reads " + VERSION
                    + " (and the 0.x versions before it)");
        }
        if (!otmVersion.equals(VERSION)) {
            nodes.note(version, "OTM " + otmVersion + " read as " + VERSION + " (exported as " + VERSION + ")");
        }
        project(project);
        nodes.keepUnknown(model, root, ROOT_KEYS, "document");
        LocatedNode representations = root.get("representations");
        if (representations != null && !representations.is(LocatedNode.Kind.NULL)) {
            nodes.keep(model, OtmKeys.REPRESENTATIONS, representations);
            nodes.note(representations, "representations (diagrams, code) are kept, not used by tmj");
        }
        catalogue(root);
        List<LocatedNode> zoneNodes = nodes.objects(root, "trustZones", "trust zone");
        List<LocatedNode> componentNodes = nodes.objects(root, "components", "component");
        List<LocatedNode> assetNodes = nodes.objects(root, "assets", "asset");
        List<LocatedNode> flowNodes = nodes.objects(root, "dataflows", "dataflow");
        zoneNodes.forEach(this::createZone);
        componentNodes.forEach(this::createComponent);
        assetNodes.forEach(this::asset);
        new OtmElements(nodes, tmj, zones, components, assets, tmjThreats).bind(placed, flowNodes);
        return model;
    }

    private static LocatedNode required(LocatedNode owner, String key, OtmNodes nodes) {
        LocatedNode value = owner.get(key);
        if (value == null) {
            throw nodes.error(owner, "missing \"" + key + "\"");
        }
        return value;
    }

    private void project(LocatedNode project) {
        String id = nodes.required(project, "id", "project's id");
        if (!id.equals(OtmIds.slug(model.name()))) {
            model.setExtra(OtmKeys.PROJECT_ID, id, nodes.location(project.get("id")));
        }
        String description = nodes.optional(project, "description", "project's description");
        if (description != null && !description.isEmpty()) {
            model.set("description", description);
        }
        String owner = nodes.optional(project, "owner", "project's owner");
        if (owner != null) {
            model.setExtra(OtmKeys.OWNER, owner, nodes.location(project.get("owner")));
        }
        String contact = nodes.optional(project, "ownerContact", "project's owner contact");
        if (contact != null) {
            model.setExtra(OtmKeys.OWNER_CONTACT, contact, nodes.location(project.get("ownerContact")));
        }
        keepIfThere(project, "tags", OtmKeys.TAGS);
        LocatedNode attributes = project.get("attributes");
        if (attributes != null && !attributes.is(LocatedNode.Kind.NULL)) {
            new OtmElements(nodes, tmj, zones, components, assets, tmjThreats).attributes(model, attributes);
        }
        nodes.keepUnknownInto(model, project, PROJECT_KEYS, "OTM 0.2.0's project", "otmProjectUnknown");
    }

    private void keepIfThere(LocatedNode owner, String key, String extra) {
        LocatedNode value = owner.get(key);
        if (value != null && !value.is(LocatedNode.Kind.NULL)) {
            nodes.keep(model, extra, value);
        }
    }

    /**
     * The top-level threats and mitigations: those tmj wrote ({@code attributes.tmjSid}) are tmj's threats, which
     * its library describes again on export; any other is kept as it is, with a note.
     */
    private void catalogue(LocatedNode root) {
        for (String key : List.of("threats", "mitigations")) {
            StringBuilder kept = new StringBuilder();
            LocatedNode first = null;
            int count = 0;
            for (LocatedNode entry : nodes.objects(root, key, key.substring(0, key.length() - 1))) {
                String id = nodes.required(entry, "id", "id");
                nodes.required(entry, "name", "name");
                LocatedNode attributes = entry.get("attributes");
                LocatedNode sid = attributes != null && attributes.is(LocatedNode.Kind.OBJECT)
                        ? attributes.get(OtmKeys.TMJ_SID) : null;
                if (sid != null) {
                    tmjThreats.put(key + ":" + id, nodes.string(sid, "a tmj threat SID"));
                    continue;
                }
                kept.append(kept.length() == 0 ? "[" : ",")
                        .append(dev.tmj.format.tree.LocatedJsonWriter.toJson(entry));
                first = first == null ? entry : first;
                count++;
            }
            if (first != null) {
                nodes.note(first, count + " " + key + " of another tool are not tmj's: kept as they are, not "
                        + "findings (written back on export)");
                model.setExtra(key.equals("threats") ? OtmKeys.THREATS : OtmKeys.MITIGATIONS,
                        kept.append(']').toString(), nodes.location(first));
            }
        }
    }

    private void createZone(LocatedNode zone) {
        String id = nodes.required(zone, "id", "trust zone's id");
        String name = nodes.required(zone, "name", "trust zone's name");
        LocatedNode attributes = zone.get("attributes");
        if (attributes != null && attributes.is(LocatedNode.Kind.OBJECT)
                && Boolean.TRUE.equals(scalarOf(attributes.get(OtmKeys.TMJ_OUTSIDE)))) {
            zones.put(id, null);
            return;
        }
        checkNewId(zone, id);
        Element boundary = model.add(ElementType.BOUNDARY, name).locatedAt(nodes.location(zone));
        zones.put(id, boundary);
        tmj.register(boundary, id);
        placed.put(boundary, zone);
        nodes.keepUnknown(boundary, zone, ZONE_KEYS, "trust zone");
    }

    private void createComponent(LocatedNode component) {
        String id = nodes.required(component, "id", "component's id");
        String name = nodes.required(component, "name", "component's name");
        String type = nodes.required(component, "type", "component's type");
        checkNewId(component, id);
        ElementType elementType = OtmTypes.exact(type).orElse(null);
        if (elementType == null) {
            OtmTypes.Rule rule = OtmTypes.rule(type).orElse(null);
            elementType = rule == null ? ElementType.PROCESS : rule.type();
            nodes.note(component.get("type"), "component type \"" + type + "\" read as " + elementType.pytmName()
                    + (rule == null ? " (no rule matched; docs/interchange.md)" : " (by its words)")
                    + "; the type is kept for export");
        }
        Element element = model.add(elementType, name).locatedAt(nodes.location(component));
        if (OtmTypes.exact(type).isEmpty()) {
            element.setExtra(OtmKeys.TYPE, type, nodes.location(component.get("type")));
        }
        components.put(id, element);
        tmj.register(element, id);
        placed.put(element, component);
        nodes.keepUnknown(element, component, COMPONENT_KEYS, "component");
    }

    private void checkNewId(LocatedNode at, String id) {
        if (zones.containsKey(id) || components.containsKey(id)) {
            throw nodes.error(at.get("id"), "duplicate id \"" + id + "\": trust zones and components need ids of "
                    + "their own");
        }
    }

    private void asset(LocatedNode asset) {
        String id = nodes.required(asset, "id", "asset's id");
        Data datum = model.data(nodes.required(asset, "name", "asset's name")).locatedAt(nodes.location(asset));
        if (assets.putIfAbsent(id, datum) != null) {
            throw nodes.error(asset.get("id"), "duplicate asset id \"" + id + "\"");
        }
        tmj.register(datum, id);
        if (!id.equals(datum.name())) {
            datum.setExtra(OtmKeys.ID, id, nodes.location(asset.get("id")));
        }
        String description = nodes.optional(asset, "description", "asset's description");
        if (description != null && !description.isEmpty()) {
            datum.set("description", description);
        }
        LocatedNode risk = nodes.object(required(asset, "risk", nodes), "the asset's risk");
        new OtmRatings(nodes).read(datum, risk);
        LocatedNode attributes = asset.get("attributes");
        if (attributes != null && !attributes.is(LocatedNode.Kind.NULL)) {
            new OtmElements(nodes, tmj, zones, components, assets, tmjThreats).attributes(datum, attributes);
        }
        nodes.keepUnknown(datum, asset, ASSET_KEYS, "asset");
    }

    static Object scalarOf(LocatedNode node) {
        return node == null ? null : node.scalar();
    }
}
