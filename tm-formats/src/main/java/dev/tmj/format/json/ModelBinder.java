package dev.tmj.format.json;

import dev.tmj.format.tree.LocatedNode;

import dev.tmj.model.Attribute;
import dev.tmj.model.Controls;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import dev.tmj.model.Schemas;
import dev.tmj.model.SourceException;
import dev.tmj.model.SourceLocation;
import dev.tmj.model.ValueType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a {@link Model} from a located JSON/YAML tree, in one of two dialects: pytm's {@code pytm.json.load}
 * input format, or tmj's own model format. Both share the attribute conversion, the reference resolution and the
 * error reporting: every problem is a {@link SourceException} with the line, column and path of the value at
 * fault. Free of Jackson: the readers parse, this class binds. The value conversion is in {@link ValueConverter},
 * the reference resolution in {@link References} and the error reporting in {@link BindErrors}.
 *
 * <p>Objects are created first (boundaries, elements, data, dataflows: the model's creation order), then their
 * attributes are set in document order, so references may point forwards and backwards.
 */
final class ModelBinder {
    /** Which input format the tree is in. */
    enum Dialect {
        /** pytm's JSON model input ({@code pytm.json.load}). */
        PYTM("flows", "__class__"),
        /** tmj's own model format (JSON or YAML), as {@link TmjModelWriter} writes it. */
        TMJ("dataflows", "type");

        final String flowsKey;
        final String classKey;

        Dialect(String flowsKey, String classKey) {
            this.flowsKey = flowsKey;
            this.classKey = classKey;
        }
    }

    /** The key of tmj's format version marker. */
    static final String VERSION_KEY = "tmj";
    /** The one version of tmj's format this binder reads. */
    static final int VERSION = 1;
    /** In tmj's format, the key of a Datastore's {@code type} attribute ({@code type} names the element class). */
    static final String DATASTORE_TYPE_KEY = "datastoreType";

    private static final Set<String> PYTM_OUTPUT_KEYS = Set.of("actors", "assets", "findings",
            "excluded_findings", "threatsExcluded", "colormap");

    private final Dialect dialect;
    private final BindErrors errors;
    private final References references;
    private final ValueConverter values;
    private Model model;

    private ModelBinder(Dialect dialect, String file) {
        this.dialect = dialect;
        this.errors = new BindErrors(file);
        this.references = new References(dialect, errors, () -> model);
        this.values = new ValueConverter(dialect, errors, references);
    }

    /** A binder of tmj attributes into a model another format's reader builds ({@link TmjAttributes}). */
    static ModelBinder into(Model model, String file) {
        ModelBinder binder = new ModelBinder(Dialect.TMJ, file);
        binder.model = model;
        return binder;
    }

    References references() {
        return references;
    }

    /** Sets the attributes an object of tmj's format gives (every key an attribute), as the model's own do. */
    void bindAll(ModelObject target, LocatedNode object) {
        if (!object.is(LocatedNode.Kind.OBJECT)) {
            throw error(object, "expected an object of tmj attributes, got " + object.describe());
        }
        bindAttributes(target, object, Set.of());
    }

    /** The model the tree describes. */
    static Model bind(LocatedNode root, String file, Dialect dialect) {
        return new ModelBinder(dialect, file).model(root);
    }

    private Model model(LocatedNode root) {
        if (!root.is(LocatedNode.Kind.OBJECT)) {
            throw error(root, "expected an object describing the threat model, got " + root.describe());
        }
        checkTopLevelKeys(root);
        if (dialect == Dialect.TMJ) {
            checkVersion(root);
        }
        model = Model.named(values.requiredName(root, "threat model")).locatedAt(location(root));

        List<LocatedNode> boundaryNodes = section(root, "boundaries", "boundary");
        List<LocatedNode> elementNodes = section(root, "elements", "element");
        List<LocatedNode> dataNodes = section(root, "data", "data item");
        List<LocatedNode> flowNodes = section(root, dialect.flowsKey, "dataflow");
        references.boundaries.expect(boundaryNodes.size());
        references.nodes.expect(elementNodes.size());
        references.data.expect(dataNodes.size());
        references.flows.expect(flowNodes.size());

        List<Element> createdBoundaries = new ArrayList<>();
        for (LocatedNode b : boundaryNodes) {
            Element boundary = model.add(ElementType.BOUNDARY, values.requiredName(b, "boundary"))
                    .locatedAt(location(b));
            references.register(b, boundary, references.boundaries);
            createdBoundaries.add(boundary);
        }
        List<Element> createdElements = new ArrayList<>();
        for (LocatedNode e : elementNodes) {
            ElementType type = elementType(e);
            Element element = model.add(type, values.requiredName(e, "element")).locatedAt(location(e));
            references.register(e, element, references.nodes);
            createdElements.add(element);
        }
        List<Data> createdData = new ArrayList<>();
        for (LocatedNode d : dataNodes) {
            Data datum = model.data(values.requiredName(d, "data item")).locatedAt(location(d));
            references.register(d, datum, references.data);
            createdData.add(datum);
        }
        List<Element> createdFlows = new ArrayList<>();
        for (LocatedNode f : flowNodes) {
            Element flow = createFlow(f);
            references.register(f, flow, references.flows);
            createdFlows.add(flow);
        }

        if (dialect == Dialect.TMJ) {
            new SourceKeys(errors).bind(model, root);
        }
        bindAttributes(model, root, topLevelFormatKeys());
        Set<String> objectKeys = dialect == Dialect.TMJ ? Set.of("name", "id") : Set.of("name");
        Set<String> sourcedKeys = dialect == Dialect.TMJ ? union(objectKeys, SourceKeys.LOCATION, SourceKeys.EXTRA)
                : objectKeys;
        for (int i = 0; i < boundaryNodes.size(); i++) {
            bindElement(createdBoundaries.get(i), boundaryNodes.get(i), sourcedKeys);
        }
        Set<String> elementKeys = union(sourcedKeys, dialect.classKey);
        for (int i = 0; i < elementNodes.size(); i++) {
            bindElement(createdElements.get(i), elementNodes.get(i), elementKeys);
        }
        for (int i = 0; i < dataNodes.size(); i++) {
            if (dialect == Dialect.TMJ) {
                new SourceKeys(errors).bind(createdData.get(i), dataNodes.get(i));
            }
            bindAttributes(createdData.get(i), dataNodes.get(i), sourcedKeys);
        }
        Set<String> flowKeys = union(sourcedKeys, "source", "sink");
        for (int i = 0; i < flowNodes.size(); i++) {
            bindElement(createdFlows.get(i), flowNodes.get(i), flowKeys);
        }
        return model;
    }

    // ---------------------------------------------------------------- top level

    private Set<String> topLevelFormatKeys() {
        Set<String> keys = new HashSet<>(List.of("name", "boundaries", "elements", "data", dialect.flowsKey));
        if (dialect == Dialect.TMJ) {
            keys.add(VERSION_KEY);
            keys.add(SourceKeys.EXTRA);
        }
        return keys;
    }

    private void checkTopLevelKeys(LocatedNode root) {
        Set<String> allowed = new LinkedHashSet<>();
        if (dialect == Dialect.TMJ) {
            allowed.add(VERSION_KEY);
            allowed.add(SourceKeys.EXTRA);
        }
        allowed.addAll(Schemas.TM.names());
        allowed.addAll(List.of("boundaries", "elements", "data", dialect.flowsKey));
        for (LocatedNode.Field f : root.fields()) {
            String key = f.key();
            if (allowed.contains(key)) {
                continue;
            }
            String reason;
            if (PYTM_OUTPUT_KEYS.contains(key)) {
                reason = "\"" + key + "\" belongs to pytm's --json output, a report of findings that cannot be read"
                        + " back as a model (pytm cannot load it either); give the model in "
                        + (dialect == Dialect.PYTM ? "pytm's JSON input format" : "tmj's model format");
            } else if (dialect == Dialect.TMJ && key.equals("flows")) {
                reason = "unknown key \"flows\"; tmj models list them under \"dataflows\"";
            } else if (dialect == Dialect.PYTM && key.equals("dataflows")) {
                reason = "unknown key \"dataflows\"; pytm models list them under \"flows\"";
            } else {
                reason = "unknown key \"" + key + "\" in the threat model" + suggestion(key, allowed);
            }
            throw error(f.line(), f.column(), key, reason);
        }
    }

    private void checkVersion(LocatedNode root) {
        LocatedNode version = root.get(VERSION_KEY);
        if (version == null) {
            boolean pytmLike = root.get("flows") != null
                    || root.get("elements") != null && root.get("elements").items().stream()
                            .anyMatch(e -> e.get("__class__") != null);
            throw error(root, "missing \"" + VERSION_KEY + "\": " + VERSION + ", the version of tmj's model format"
                    + (pytmLike ? "; this looks like a pytm JSON model: read it with PytmJsonModelReader" : ""));
        }
        if (!version.is(LocatedNode.Kind.INTEGER)) {
            throw error(version, "expected the format version " + VERSION + ", got " + version.describe());
        }
        if (!Long.valueOf(VERSION).equals(version.scalar())) {
            throw error(version, "unsupported format version " + version.scalar() + "; this tmj reads version "
                    + VERSION);
        }
    }

    private List<LocatedNode> section(LocatedNode root, String key, String what) {
        LocatedNode section = root.get(key);
        if (section == null) {
            return List.of();
        }
        if (!section.is(LocatedNode.Kind.ARRAY)) {
            throw error(section, "expected a list of " + plural(what) + ", got " + section.describe());
        }
        for (LocatedNode item : section.items()) {
            if (!item.is(LocatedNode.Kind.OBJECT)) {
                throw error(item, "expected an object describing a " + what + ", got " + item.describe());
            }
        }
        return section.items();
    }


    /** The element classes an element may name, for errors. */
    private static final List<String> ELEMENT_CLASSES = Arrays.stream(ElementType.values())
            .filter(t -> t != ElementType.BOUNDARY && t != ElementType.DATAFLOW)
            .map(ElementType::pytmName).toList();

    private ElementType elementType(LocatedNode element) {
        LocatedNode cls = element.get(dialect.classKey);
        List<String> classes = ELEMENT_CLASSES;
        if (cls == null) {
            if (dialect == Dialect.PYTM) {
                return ElementType.ASSET;
            }
            throw error(element, "missing \"type\", the element's class (" + String.join(", ", classes) + ")");
        }
        String name = values.string(cls);
        ElementType type = ElementType.byPytmName(name).orElse(null);
        if (type == ElementType.BOUNDARY) {
            throw error(cls, "a Boundary belongs in \"boundaries\", not in \"elements\"");
        }
        if (type == ElementType.DATAFLOW) {
            throw error(cls, "a Dataflow belongs in \"" + dialect.flowsKey + "\", not in \"elements\"");
        }
        if (type == null) {
            throw error(cls, "unknown element class \"" + name + "\"" + suggestion(name, classes)
                    + (dialect == Dialect.TMJ && name.equals(name.toUpperCase(java.util.Locale.ROOT))
                            ? " (a Datastore's storage type is \"" + DATASTORE_TYPE_KEY + "\")" : ""));
        }
        return type;
    }

    private Element createFlow(LocatedNode f) {
        String name = values.requiredName(f, "dataflow");
        Element source = endpoint(f, "source");
        Element sink = endpoint(f, "sink");
        if (source == sink) {
            throw error(f.get("sink"), "a dataflow needs two different elements; its source and sink are both "
                    + source.label());
        }
        return model.dataflow(source, sink, name).locatedAt(location(f));
    }

    private Element endpoint(LocatedNode flow, String key) {
        LocatedNode ref = flow.get(key);
        if (ref == null) {
            throw error(flow, "missing \"" + key + "\" of the dataflow");
        }
        return (Element) references.resolve(ref, "element", references.nodes, references.boundaries);
    }

    // ---------------------------------------------------------------- attributes

    /** An element's attributes, and in tmj's format where it comes from ({@link SourceKeys}). */
    private void bindElement(Element target, LocatedNode object, Set<String> formatKeys) {
        if (dialect == Dialect.TMJ) {
            new SourceKeys(errors).bind(target, object);
        }
        bindAttributes(target, object, formatKeys);
    }

    private void bindAttributes(ModelObject target, LocatedNode object, Set<String> formatKeys) {
        // An object's keys are distinct (the tree reader refuses a duplicate key), so two fields can only set one
        // attribute when a key is another's alias ("lifetime"): the names bound are kept only then, not in a set
        // for each of a large model's objects.
        Set<String> bound = renamesAny(target, object) ? new HashSet<>() : null;
        List<LocatedNode.Field> fields = object.fields();
        for (int i = 0; i < fields.size(); i++) { // by index: no iterator for each object
            LocatedNode.Field field = fields.get(i);
            if (formatKeys.contains(field.key())) {
                continue;
            }
            String name = attributeName(target, field.key());
            Attribute attribute = values.attribute(target.schema(), field, name);
            if (bound != null && !bound.add(name)) {
                throw error(field.line(), field.column(), LocatedNode.child(object.path(), field.key()),
                        name + " is given twice (\"lifetime\" is pytm's name for \"credentialsLife\")");
            }
            LocatedNode value = field.value();
            if (attribute.type() == ValueType.CONTROLS) {
                bindControls(((Element) target).controls(), value);
                continue;
            }
            if (attribute.type() == ValueType.FINDINGS) {
                throw error(value, "findings are what the resolver computes; a model cannot set them");
            }
            values.set(target, name, values.convert(attribute, value), value);
        }
    }

    /** Whether a key of the object names its attribute by another name ({@link #attributeName}). */
    private boolean renamesAny(ModelObject target, LocatedNode object) {
        List<LocatedNode.Field> fields = object.fields();
        for (int i = 0; i < fields.size(); i++) {
            String key = fields.get(i).key();
            if (!attributeName(target, key).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private String attributeName(ModelObject target, String key) {
        if (dialect == Dialect.PYTM && target instanceof Data && key.equals("lifetime")) {
            return "credentialsLife";
        }
        if (dialect == Dialect.TMJ && target instanceof Element e && e.type() == ElementType.DATASTORE
                && key.equals(DATASTORE_TYPE_KEY)) {
            return "type";
        }
        return key;
    }

    private void bindControls(Controls controls, LocatedNode value) {
        if (!value.is(LocatedNode.Kind.OBJECT)) {
            throw error(value, "expected an object of controls such as {\"isHardened\": true}, got "
                    + value.describe());
        }
        List<LocatedNode.Field> fields = value.fields();
        for (int i = 0; i < fields.size(); i++) {
            LocatedNode.Field field = fields.get(i);
            Attribute attribute = values.attribute(Schemas.CONTROLS, field, field.key());
            values.set(controls, attribute.name(), values.convert(attribute, field.value()), field.value());
        }
    }

    // ---------------------------------------------------------------- helpers

    private SourceLocation location(LocatedNode node) {
        return errors.location(node);
    }

    private SourceException error(LocatedNode at, String reason) {
        return errors.at(at, reason);
    }

    private SourceException error(int line, int column, String path, String reason) {
        return errors.at(line, column, path, reason);
    }

    private static String suggestion(String wrong, Collection<String> candidates) {
        return BindErrors.suggestion(wrong, candidates);
    }

    private static String plural(String what) {
        return what.endsWith("y") && !what.endsWith("ey") ? what.substring(0, what.length() - 1) + "ies"
                : what + "s";
    }

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(List.of(more));
        return all;
    }
}
