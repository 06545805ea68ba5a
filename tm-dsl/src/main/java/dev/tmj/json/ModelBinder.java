package dev.tmj.json;

import dev.tmj.model.Assumption;
import dev.tmj.model.Attribute;
import dev.tmj.model.Controls;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import dev.tmj.model.OrderedLevel;
import dev.tmj.model.Schema;
import dev.tmj.model.Schemas;
import dev.tmj.model.SourceException;
import dev.tmj.model.SourceLocation;
import dev.tmj.model.Suggestions;
import dev.tmj.model.TmjException;
import dev.tmj.model.UnknownAttributeException;
import dev.tmj.model.ValueType;
import dev.tmj.model.ValuedEnum;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Builds a {@link Model} from a located JSON/YAML tree, in one of two dialects: pytm's {@code pytm.json.load}
 * input format, or tmj's own model format. Both share the attribute conversion, the reference resolution and the
 * error reporting: every problem is a {@link SourceException} with the line, column and path of the value at
 * fault. Free of Jackson: the readers parse, this class binds.
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
    private final String file;
    private Model model;
    private final Names boundaries = new Names(o -> o instanceof Element e && e.type() == ElementType.BOUNDARY);
    private final Names nodes = new Names(o -> o instanceof Element e && e.type() != ElementType.BOUNDARY
            && e.type() != ElementType.DATAFLOW);
    private final Names flows = new Names(o -> o instanceof Element e && e.type() == ElementType.DATAFLOW);
    private final Names data = new Names(o -> o instanceof Data);
    private final Map<String, Object> ids = new HashMap<>();
    private final Map<String, Integer> idLines = new HashMap<>();
    private final Map<Object, String> labels = new IdentityHashMap<>();

    private ModelBinder(Dialect dialect, String file) {
        this.dialect = dialect;
        this.file = file;
    }

    /** The model the tree describes. */
    static Model bind(Node root, String file, Dialect dialect) {
        return new ModelBinder(dialect, file).model(root);
    }

    private Model model(Node root) {
        if (!root.is(Node.Kind.OBJECT)) {
            throw error(root, "expected an object describing the threat model, got " + root.describe());
        }
        checkTopLevelKeys(root);
        if (dialect == Dialect.TMJ) {
            checkVersion(root);
        }
        model = Model.named(requiredName(root, "threat model")).locatedAt(location(root));

        List<Node> boundaryNodes = section(root, "boundaries", "boundary");
        List<Node> elementNodes = section(root, "elements", "element");
        List<Node> dataNodes = section(root, "data", "data item");
        List<Node> flowNodes = section(root, dialect.flowsKey, "dataflow");

        List<Element> createdBoundaries = new ArrayList<>();
        for (Node b : boundaryNodes) {
            Element boundary = model.add(ElementType.BOUNDARY, requiredName(b, "boundary")).locatedAt(location(b));
            register(b, boundary, boundaries);
            createdBoundaries.add(boundary);
        }
        List<Element> createdElements = new ArrayList<>();
        for (Node e : elementNodes) {
            ElementType type = elementType(e);
            Element element = model.add(type, requiredName(e, "element")).locatedAt(location(e));
            register(e, element, nodes);
            createdElements.add(element);
        }
        List<Data> createdData = new ArrayList<>();
        for (Node d : dataNodes) {
            Data datum = model.data(requiredName(d, "data item")).locatedAt(location(d));
            register(d, datum, data);
            createdData.add(datum);
        }
        List<Element> createdFlows = new ArrayList<>();
        for (Node f : flowNodes) {
            Element flow = createFlow(f);
            register(f, flow, flows);
            createdFlows.add(flow);
        }

        bindAttributes(model, root, topLevelFormatKeys());
        Set<String> objectKeys = dialect == Dialect.TMJ ? Set.of("name", "id") : Set.of("name");
        for (int i = 0; i < boundaryNodes.size(); i++) {
            bindAttributes(createdBoundaries.get(i), boundaryNodes.get(i), objectKeys);
        }
        Set<String> elementKeys = union(objectKeys, dialect.classKey);
        for (int i = 0; i < elementNodes.size(); i++) {
            bindAttributes(createdElements.get(i), elementNodes.get(i), elementKeys);
        }
        for (int i = 0; i < dataNodes.size(); i++) {
            bindAttributes(createdData.get(i), dataNodes.get(i), objectKeys);
        }
        Set<String> flowKeys = union(objectKeys, "source", "sink");
        for (int i = 0; i < flowNodes.size(); i++) {
            bindAttributes(createdFlows.get(i), flowNodes.get(i), flowKeys);
        }
        return model;
    }

    // ---------------------------------------------------------------- top level

    private Set<String> topLevelFormatKeys() {
        Set<String> keys = new HashSet<>(List.of("name", "boundaries", "elements", "data", dialect.flowsKey));
        if (dialect == Dialect.TMJ) {
            keys.add(VERSION_KEY);
        }
        return keys;
    }

    private void checkTopLevelKeys(Node root) {
        Set<String> allowed = new LinkedHashSet<>();
        if (dialect == Dialect.TMJ) {
            allowed.add(VERSION_KEY);
        }
        allowed.addAll(Schemas.TM.names());
        allowed.addAll(List.of("boundaries", "elements", "data", dialect.flowsKey));
        for (Node.Field f : root.fields()) {
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

    private void checkVersion(Node root) {
        Node version = root.get(VERSION_KEY);
        if (version == null) {
            boolean pytmLike = root.get("flows") != null
                    || root.get("elements") != null && root.get("elements").items().stream()
                            .anyMatch(e -> e.get("__class__") != null);
            throw error(root, "missing \"" + VERSION_KEY + "\": " + VERSION + ", the version of tmj's model format"
                    + (pytmLike ? "; this looks like a pytm JSON model: read it with PytmJsonModelReader" : ""));
        }
        if (!version.is(Node.Kind.INTEGER)) {
            throw error(version, "expected the format version " + VERSION + ", got " + version.describe());
        }
        if (!Long.valueOf(VERSION).equals(version.scalar())) {
            throw error(version, "unsupported format version " + version.scalar() + "; this tmj reads version "
                    + VERSION);
        }
    }

    private List<Node> section(Node root, String key, String what) {
        Node section = root.get(key);
        if (section == null) {
            return List.of();
        }
        if (!section.is(Node.Kind.ARRAY)) {
            throw error(section, "expected a list of " + plural(what) + ", got " + section.describe());
        }
        for (Node item : section.items()) {
            if (!item.is(Node.Kind.OBJECT)) {
                throw error(item, "expected an object describing a " + what + ", got " + item.describe());
            }
        }
        return section.items();
    }

    private String requiredName(Node object, String what) {
        Node name = object.get("name");
        if (name == null) {
            throw error(object, "missing \"name\" of the " + what);
        }
        return string(name);
    }

    private ElementType elementType(Node element) {
        Node cls = element.get(dialect.classKey);
        List<String> classes = Arrays.stream(ElementType.values())
                .filter(t -> t != ElementType.BOUNDARY && t != ElementType.DATAFLOW)
                .map(ElementType::pytmName).toList();
        if (cls == null) {
            if (dialect == Dialect.PYTM) {
                return ElementType.ASSET;
            }
            throw error(element, "missing \"type\", the element's class (" + String.join(", ", classes) + ")");
        }
        String name = string(cls);
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

    private Element createFlow(Node f) {
        String name = requiredName(f, "dataflow");
        Element source = endpoint(f, "source");
        Element sink = endpoint(f, "sink");
        if (source == sink) {
            throw error(f.get("sink"), "a dataflow needs two different elements; its source and sink are both "
                    + source.label());
        }
        return model.dataflow(source, sink, name).locatedAt(location(f));
    }

    private Element endpoint(Node flow, String key) {
        Node ref = flow.get(key);
        if (ref == null) {
            throw error(flow, "missing \"" + key + "\" of the dataflow");
        }
        return (Element) resolve(ref, "element", nodes, boundaries);
    }

    private void register(Node object, Object target, Names names) {
        String name = target instanceof Element e ? e.name() : ((Data) target).name();
        names.add(name, target);
        labels.put(target, target instanceof Element e ? e.label() : ((Data) target).label());
        if (dialect != Dialect.TMJ) {
            return;
        }
        Node id = object.get("id");
        if (id == null) {
            return;
        }
        String text = string(id);
        if (text.isEmpty()) {
            throw error(id, "an id must not be empty");
        }
        Integer first = idLines.putIfAbsent(text, id.line());
        if (first != null) {
            throw error(id, "duplicate id \"" + text + "\" (first used on line " + first + ")");
        }
        ids.put(text, target);
    }

    // ---------------------------------------------------------------- attributes

    private void bindAttributes(ModelObject target, Node object, Set<String> formatKeys) {
        Set<String> bound = new HashSet<>();
        for (Node.Field field : object.fields()) {
            if (formatKeys.contains(field.key())) {
                continue;
            }
            String name = attributeName(target, field.key());
            Attribute attribute = attribute(target.schema(), field, name);
            if (!bound.add(name)) {
                throw error(field.line(), field.column(), Node.child(object.path(), field.key()),
                        name + " is given twice (\"lifetime\" is pytm's name for \"credentialsLife\")");
            }
            Node value = field.value();
            if (attribute.type() == ValueType.CONTROLS) {
                bindControls(((Element) target).controls(), value);
                continue;
            }
            if (attribute.type() == ValueType.FINDINGS) {
                throw error(value, "findings are what the resolver computes; a model cannot set them");
            }
            set(target, name, convert(attribute, value), value);
        }
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

    private Attribute attribute(Schema schema, Node.Field field, String name) {
        String path = field.value().path();
        if (dialect == Dialect.TMJ && field.key().equals("__class__")) {
            throw error(field.line(), field.column(), path, "tmj models give the element class as \"type\"");
        }
        try {
            return schema.attribute(name);
        } catch (UnknownAttributeException e) {
            throw error(field.line(), field.column(), path, e.getMessage());
        }
    }

    private void bindControls(Controls controls, Node value) {
        if (!value.is(Node.Kind.OBJECT)) {
            throw error(value, "expected an object of controls such as {\"isHardened\": true}, got "
                    + value.describe());
        }
        for (Node.Field field : value.fields()) {
            Attribute attribute = attribute(Schemas.CONTROLS, field, field.key());
            set(controls, attribute.name(), convert(attribute, field.value()), field.value());
        }
    }

    private void set(ModelObject target, String name, Object value, Node at) {
        try {
            target.set(name, value);
        } catch (TmjException e) {
            throw error(at, e.getMessage());
        }
    }

    private Object convert(Attribute attribute, Node v) {
        return switch (attribute.type()) {
            case BOOLEAN -> bool(v);
            case INT -> integer(v);
            case STRING -> string(v);
            case CLASSIFICATION, TLS_VERSION, LIFETIME, DATASTORE_TYPE, ACTION -> enumValue(attribute.type(), v);
            case BOUNDARY -> v.is(Node.Kind.NULL) ? null : resolve(v, "boundary", boundaries);
            case DATAFLOW -> v.is(Node.Kind.NULL) ? null : resolve(v, "dataflow", flows);
            case ELEMENT -> v.is(Node.Kind.NULL) ? null : resolve(v, "element", nodes, boundaries);
            case DATA_SET -> v.is(Node.Kind.STRING) ? List.of(resolve(v, "data item", data))
                    : list(v, "data names", item -> resolve(item, "data item", data));
            case DATAFLOWS -> list(v, "dataflow names", item -> resolve(item, "dataflow", flows));
            case ELEMENTS -> list(v, "element names", item -> resolve(item, "element", nodes, boundaries, flows));
            case OVERRIDES -> list(v, "overrides", this::override);
            case ASSUMPTIONS -> list(v, "assumptions", this::assumption);
            case LEVELS -> levels(v);
            case STRINGS -> list(v, "strings", this::string);
            case STRING_SET -> new TreeSet<>(list(v, "strings", this::string));
            case FINDINGS, CONTROLS -> throw new IllegalStateException(attribute.name() + " is bound elsewhere");
        };
    }

    private Boolean bool(Node v) {
        if (!v.is(Node.Kind.BOOLEAN)) {
            throw error(v, "expected true or false, got " + v.describe());
        }
        return (Boolean) v.scalar();
    }

    private Integer integer(Node v) {
        if (v.is(Node.Kind.INTEGER) && v.scalar() instanceof Long l && l >= Integer.MIN_VALUE
                && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        if (v.is(Node.Kind.INTEGER) || v.scalar() instanceof BigInteger) {
            throw error(v, "the number " + v.scalar() + " is too large");
        }
        throw error(v, "expected an integer, got " + v.describe());
    }

    private String string(Node v) {
        if (!v.is(Node.Kind.STRING)) {
            throw error(v, "expected a string, got " + v.describe());
        }
        return v.text();
    }

    private <T> List<T> list(Node v, String what, Function<Node, T> item) {
        if (!v.is(Node.Kind.ARRAY)) {
            throw error(v, "expected a list of " + what + ", got " + v.describe());
        }
        List<T> items = new ArrayList<>(v.items().size());
        v.items().forEach(n -> items.add(item.apply(n)));
        return items;
    }

    private Set<Integer> levels(Node v) {
        if (v.is(Node.Kind.INTEGER)) {
            return Set.of(integer(v));
        }
        return new TreeSet<>(list(v, "levels (integers)", this::integer));
    }

    /** An enum member by name, by pytm value, as pytm's {@code str()} ("Classification.SECRET"), or by level. */
    private Object enumValue(ValueType type, Node v) {
        Object[] members = type.javaType().getEnumConstants();
        String enumName = type.pytmName();
        if (v.is(Node.Kind.INTEGER) && OrderedLevel.class.isAssignableFrom(type.javaType())) {
            for (Object member : members) {
                if (v.scalar().equals((long) ((OrderedLevel) member).level())) {
                    return member;
                }
            }
        } else if (v.is(Node.Kind.STRING)) {
            String text = v.text();
            if (text.startsWith(enumName + ".")) {
                text = text.substring(enumName.length() + 1);
            }
            for (Object member : members) {
                if (((Enum<?>) member).name().equals(text)) {
                    return member;
                }
            }
            for (Object member : members) {
                if (member instanceof ValuedEnum valued && valued.value().equals(text)) {
                    return member;
                }
            }
            List<String> candidates = new ArrayList<>();
            for (Object member : members) {
                candidates.add(((Enum<?>) member).name());
                if (member instanceof ValuedEnum valued) {
                    candidates.add(valued.value());
                }
            }
            throw error(v, "expected a " + enumName + " (" + choices(members) + "), got " + v.describe()
                    + suggestion(text, candidates));
        }
        throw error(v, "expected a " + enumName + " (" + choices(members) + "), got " + v.describe());
    }

    private static String choices(Object[] members) {
        List<String> names = new ArrayList<>();
        for (Object member : members) {
            String name = ((Enum<?>) member).name();
            if (member instanceof OrderedLevel level) {
                name += " or " + level.level();
            } else if (member instanceof ValuedEnum valued && !valued.value().equals(name)) {
                name += " or " + valued.value();
            }
            names.add(name);
        }
        return String.join(", ", names);
    }

    private Assumption assumption(Node v) {
        if (v.is(Node.Kind.STRING)) {
            return Assumption.named(v.text());
        }
        if (!v.is(Node.Kind.OBJECT)) {
            throw error(v, "expected an assumption: a string, or an object with \"name\", \"exclude\" and"
                    + " \"description\"; got " + v.describe());
        }
        Set<String> exclude = Set.of();
        String description = "";
        for (Node.Field field : v.fields()) {
            Node value = field.value();
            switch (field.key()) {
                case "name" -> string(value);
                case "exclude" -> exclude = value.is(Node.Kind.STRING) ? Set.of(value.text())
                        : new TreeSet<>(list(value, "threat SIDs", this::string));
                case "description" -> description = string(value);
                default -> attribute(Schemas.ASSUMPTION, field, field.key());
            }
        }
        return new Assumption(requiredName(v, "assumption"), exclude, description);
    }

    private FindingOverride override(Node v) {
        if (!v.is(Node.Kind.OBJECT)) {
            throw error(v, "expected an override: an object with \"threat_id\" and the fields it changes, got "
                    + v.describe());
        }
        Node sid = v.get("threat_id");
        if (sid == null) {
            throw error(v, "missing \"threat_id\", the SID of the threat the override changes");
        }
        FindingOverride override = FindingOverride.of(string(sid));
        for (Node.Field field : v.fields()) {
            if (field.key().equals("threat_id")) {
                continue;
            }
            Attribute attribute = attribute(Schemas.FINDING, field, field.key());
            set(override, attribute.name(), convert(attribute, field.value()), field.value());
        }
        return override;
    }

    // ---------------------------------------------------------------- references

    /**
     * The object a reference names. tmj's format looks the text up as an {@code id} first; then both dialects
     * look it up by name: pytm's in the first namespace that has the name (elements before boundaries), tmj's in
     * all of them at once, so that a name two candidates share is an error rather than a guess.
     */
    private Object resolve(Node ref, String what, Names... spaces) {
        if (!ref.is(Node.Kind.STRING)) {
            throw error(ref, "expected the name of a " + what + ", got " + ref.describe());
        }
        String key = ref.text();
        if (dialect == Dialect.TMJ && ids.containsKey(key)) {
            Object target = ids.get(key);
            for (Names space : spaces) {
                if (space.accepts.test(target)) {
                    return target;
                }
            }
            throw error(ref, "\"" + key + "\" is the id of " + labels.get(target) + ", which is not a " + what);
        }
        List<Object> matches = new ArrayList<>();
        for (Names space : spaces) {
            matches.addAll(space.named(key));
            if (dialect == Dialect.PYTM && !matches.isEmpty()) {
                break;
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            matches.sort(java.util.Comparator.comparingInt(m -> m instanceof Element e ? model.elements().indexOf(e)
                    : model.data().indexOf(m)));
            throw error(ref, "more than one " + what + " is named \"" + key + "\" ("
                    + String.join(", ", matches.stream().map(labels::get).toList()) + "); "
                    + (dialect == Dialect.TMJ ? "give them distinct \"id\"s and refer to one by its id"
                            : "a name must be unique to be referred to"));
        }
        Set<String> candidates = new LinkedHashSet<>();
        for (Names space : spaces) {
            candidates.addAll(space.byName.keySet());
        }
        ids.forEach((id, target) -> {
            for (Names space : spaces) {
                if (space.accepts.test(target)) {
                    candidates.add(id);
                }
            }
        });
        throw error(ref, "no " + what + " named \"" + key + "\"" + suggestion(key, candidates));
    }

    /** The objects of one kind by name. */
    private static final class Names {
        final Map<String, List<Object>> byName = new LinkedHashMap<>();
        final Predicate<Object> accepts;

        Names(Predicate<Object> accepts) {
            this.accepts = accepts;
        }

        void add(String name, Object target) {
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(target);
        }

        List<Object> named(String name) {
            return byName.getOrDefault(name, List.of());
        }
    }

    // ---------------------------------------------------------------- errors

    private SourceLocation location(Node node) {
        return new SourceLocation(file, node.line(), node.column());
    }

    private SourceException error(Node at, String reason) {
        return error(at.line(), at.column(), at.path(), reason);
    }

    private SourceException error(int line, int column, String path, String reason) {
        return new SourceException(file, line, column, path.isEmpty() ? reason : path + ": " + reason);
    }

    private static String suggestion(String wrong, java.util.Collection<String> candidates) {
        return Suggestions.closest(wrong, candidates).map(s -> "; did you mean \"" + s + "\"?").orElse("");
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
