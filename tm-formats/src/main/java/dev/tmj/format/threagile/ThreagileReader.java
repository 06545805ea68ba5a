package dev.tmj.format.threagile;

import dev.tmj.format.tree.LocatedInput;
import dev.tmj.format.tree.LocatedNode;
import dev.tmj.format.tree.LocatedTreeReader;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Threagile model (YAML, anchors and merge keys expanded) into a model: technical assets become elements
 * (their class by type and technology, {@link ThreagileTypes}), trust boundaries boundaries (nested as Threagile
 * nests them), communication links flows (with protocol, encryption, authentication and VPN; the data received a
 * response flow), data assets data items (confidentiality as classification), and the risk tracking finding decisions
 * where a Threagile rule has a clear tmj threat ({@link ThreagileRisks}). What tmj does not map is noted on the model
 * ({@link Model#warnings()}, listed by {@code tmj import --report-unmapped}).
 *
 * <p>Bad input is a {@link dev.tmj.model.SourceException} with file, line, column, path and what was expected.
 */
public final class ThreagileReader {
    /** Sections of a Threagile model that tmj reads. */
    private static final Set<String> READ = Set.of("threagile_version", "title", "business_overview",
            "data_assets", "technical_assets", "trust_boundaries", "risk_tracking");
    /** Sections tmj has no place for: each present one is noted. */
    private static final Set<String> NOT_MAPPED = Set.of("date", "author", "contributors", "management_summary_comment",
            "business_criticality", "technical_overview", "questions", "abuse_cases", "security_requirements",
            "tags_available", "shared_runtimes", "individual_risk_categories", "includes",
            "diagram_tweak_nodesep", "diagram_tweak_ranksep", "diagram_tweak_edge_layout",
            "diagram_tweak_suppress_edge_labels", "diagram_tweak_layout_left_to_right",
            "diagram_tweak_invisible_connections_between_assets", "diagram_tweak_same_rank_assets");

    private final String file;

    private ThreagileReader(String file) {
        this.file = file;
    }

    /**
     * Reads a Threagile model; {@code file} names it in errors and locations.
     *
     * @throws dev.tmj.model.SourceException naming the file, line, column and path of the first problem
     */
    public static Model read(String text, String file) {
        LocatedNode root = LocatedTreeReader.read(text, file, LocatedTreeReader.detect(text),
                LocatedTreeReader.Aliases.EXPAND);
        return new ThreagileReader(file).model(root);
    }

    private Model model(LocatedNode root) {
        LocatedInput early = new LocatedInput(file, Model.named("threagile"));
        early.object(root, "a Threagile model");
        if (root.get("threagile_version") == null) {
            throw early.error(root, "missing \"threagile_version\"");
        }
        Model model = Model.named(early.required(root, "title", "model's title")).locatedAt(early.location(root));
        LocatedInput nodes = new LocatedInput(file, model);
        LocatedNode overview = root.get("business_overview");
        if (overview != null && overview.is(LocatedNode.Kind.OBJECT)) {
            String description = nodes.optional(overview, "description", "business overview's description");
            if (description != null && !description.isBlank()) {
                model.set("description", description.strip());
            }
        }
        for (LocatedNode.Field field : root.fields()) {
            boolean empty = field.value().is(LocatedNode.Kind.NULL) || field.value().fields().isEmpty()
                    && field.value().items().isEmpty() && !field.value().is(LocatedNode.Kind.STRING)
                    && !field.value().is(LocatedNode.Kind.INTEGER) && !field.value().is(LocatedNode.Kind.BOOLEAN);
            if (READ.contains(field.key()) || empty) {
                continue;
            }
            nodes.note(field.value(), NOT_MAPPED.contains(field.key())
                    ? "Threagile's \"" + field.key() + "\" is not mapped: tmj models have no place for it"
                    : "unknown Threagile section \"" + field.key() + "\": not read");
        }
        Map<String, Data> data = dataAssets(root, model, nodes);
        ThreagileAssets assets = new ThreagileAssets(model, nodes, data);
        Map<String, Element> boundaries = trustBoundaries(root, model, nodes);
        assets.create(named(root, "technical_assets", nodes));
        placeInBoundaries(root, boundaries, assets.byId(), nodes);
        assets.links();
        new ThreagileRisks(nodes, assets.byId()).track(root.get("risk_tracking"));
        return model;
    }

    /** Whether a value is missing: no key, null, or YAML's empty value ({@code key:} with nothing after it). */
    static boolean absent(LocatedNode node) {
        return node == null || node.is(LocatedNode.Kind.NULL) || node.is(LocatedNode.Kind.STRING) && node.text().isEmpty();
    }

    /** A section that maps names to objects; empty when missing or null. */
    static List<LocatedNode.Field> named(LocatedNode root, String key, LocatedInput nodes) {
        LocatedNode section = root.get(key);
        if (absent(section)) {
            return List.of();
        }
        nodes.object(section, "a mapping of names to " + key.replace('_', ' '));
        for (LocatedNode.Field field : section.fields()) {
            nodes.object(field.value(), "the description of \"" + field.key() + "\"");
        }
        return section.fields();
    }

    private Map<String, Data> dataAssets(LocatedNode root, Model model, LocatedInput nodes) {
        Map<String, Data> byId = new HashMap<>();
        for (LocatedNode.Field field : named(root, "data_assets", nodes)) {
            LocatedNode asset = field.value();
            String id = nodes.required(asset, "id", "data asset's id");
            Data datum = model.data(field.key()).locatedAt(new dev.tmj.model.SourceLocation(file, field.line(),
                    field.column()));
            if (byId.putIfAbsent(id, datum) != null) {
                throw nodes.error(asset.get("id"), "duplicate data asset id \"" + id + "\"");
            }
            String description = nodes.optional(asset, "description", "description");
            if (description != null && !description.isBlank()) {
                datum.set("description", description.strip());
            }
            String confidentiality = nodes.optional(asset, "confidentiality", "confidentiality");
            if (confidentiality != null) {
                datum.set("classification", ThreagileTypes.classification(confidentiality).orElseThrow(() ->
                        nodes.error(asset.get("confidentiality"), "unknown confidentiality \"" + confidentiality
                                + "\"; expected public, internal, restricted, confidential or strictly-confidential")));
            }
            for (String key : List.of("integrity", "availability", "usage", "origin", "owner", "quantity")) {
                String value = nodes.optional(asset, key, key);
                if (value != null && !value.isEmpty()) {
                    datum.setExtra(key, value, nodes.location(asset.get(key)));
                }
            }
            datum.setExtra("threagileId", id, nodes.location(asset.get("id")));
        }
        return byId;
    }

    private Map<String, Element> trustBoundaries(LocatedNode root, Model model, LocatedInput nodes) {
        Map<String, Element> byId = new HashMap<>();
        for (LocatedNode.Field field : named(root, "trust_boundaries", nodes)) {
            LocatedNode boundary = field.value();
            String id = nodes.required(boundary, "id", "trust boundary's id");
            Element created = model.add(ElementType.BOUNDARY, field.key())
                    .locatedAt(new dev.tmj.model.SourceLocation(file, field.line(), field.column()));
            if (byId.putIfAbsent(id, created) != null) {
                throw nodes.error(boundary.get("id"), "duplicate trust boundary id \"" + id + "\"");
            }
            String description = nodes.optional(boundary, "description", "description");
            if (description != null && !description.isBlank()) {
                created.set("description", description.strip());
            }
            String type = nodes.optional(boundary, "type", "trust boundary's type");
            if (type != null) {
                created.setExtra("threagileType", type, nodes.location(boundary.get("type")));
            }
            created.setExtra("threagileId", id, nodes.location(boundary.get("id")));
        }
        return byId;
    }

    /** {@code technical_assets_inside} and {@code trust_boundaries_nested}: each asset and boundary in one boundary. */
    private void placeInBoundaries(LocatedNode root, Map<String, Element> boundaries, Map<String, Element> assets,
            LocatedInput nodes) {
        for (LocatedNode.Field field : named(root, "trust_boundaries", nodes)) {
            Element boundary = boundaries.get(nodes.required(field.value(), "id", "id"));
            place(field.value(), "technical_assets_inside", boundary, assets, "technical asset", nodes);
            place(field.value(), "trust_boundaries_nested", boundary, boundaries, "trust boundary", nodes);
        }
    }

    private void place(LocatedNode boundary, String key, Element parent, Map<String, Element> candidates,
            String what, LocatedInput nodes) {
        LocatedNode list = boundary.get(key);
        if (ThreagileReader.absent(list)) {
            return;
        }
        if (!list.is(LocatedNode.Kind.ARRAY)) {
            throw nodes.error(list, "expected a list of " + what + " ids, got " + list.describe());
        }
        for (LocatedNode item : list.items()) {
            String id = nodes.string(item, "a " + what + "'s id");
            Element child = candidates.get(id);
            if (child == null) {
                throw nodes.error(item, "no " + what + " with id \"" + id + "\"");
            }
            if (child == parent) {
                throw nodes.error(item, "a trust boundary cannot be nested in itself");
            }
            if (child.inBoundary().isPresent()) {
                throw nodes.error(item, "\"" + id + "\" is already inside trust boundary \""
                        + child.inBoundary().get().name() + "\"; Threagile puts each in one boundary");
            }
            child.set("inBoundary", parent);
        }
    }
}
