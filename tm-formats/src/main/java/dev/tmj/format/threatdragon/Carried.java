package dev.tmj.format.threatdragon;

import dev.tmj.format.tree.LocatedNode;
import dev.tmj.model.Assumption;
import dev.tmj.model.Attribute;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import dev.tmj.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What tmj keeps in {@code data.tmj} of a cell (and {@code summary.tmj} of the model) when it exports a model: the
 * attributes Threat Dragon has no field for (a Server's class, its port, its controls, its overrides, the data items
 * and what carries them), so that tmj → Threat Dragon → tmj gives the same model. Values are written as tmj's
 * model format writes them; a reference to another element is its cell id, to a data item its name. References are
 * set once every cell exists ({@link #resolve}), since a flow may answer a flow drawn after it.
 */
final class Carried {
    /** The attribute types whose values are carried. */
    private static final Set<ValueType> CARRIED = Set.of(ValueType.BOOLEAN, ValueType.INT, ValueType.STRING,
            ValueType.STATUS, ValueType.DATE, ValueType.LEVELS, ValueType.STRINGS, ValueType.STRING_SET,
            ValueType.DATA_SET, ValueType.DATAFLOW, ValueType.BOUNDARY, ValueType.ASSUMPTIONS);

    private final TreeValues nodes;
    private final Notes notes;
    private final Model model;
    private final Map<String, Element> byCellId;
    private final List<Runnable> references = new ArrayList<>();

    Carried(TreeValues nodes, Notes notes, Model model, Map<String, Element> byCellId) {
        this.nodes = nodes;
        this.notes = notes;
        this.model = model;
        this.byCellId = byCellId;
    }

    /** Whether an attribute's values can be carried. */
    static boolean writable(ValueType type) {
        return CARRIED.contains(type) || type.isPytmEnum();
    }

    /** The model's {@code summary.tmj}: its settings, assumptions and data items. */
    void applyToModel(LocatedNode carried) {
        nodes.expect(carried, LocatedNode.Kind.OBJECT, "tmj's model settings (an object)");
        for (LocatedNode.Field field : carried.fields()) {
            if (field.key().equals("data")) {
                nodes.expect(field.value(), LocatedNode.Kind.ARRAY, "data items (a list)");
                for (LocatedNode item : field.value().items()) {
                    nodes.expect(item, LocatedNode.Kind.OBJECT, "a data item (an object)");
                    Data datum = model.data(nodes.string(nodes.required(item, "name", LocatedNode.Kind.STRING)));
                    datum.locatedAt(nodes.location(item));
                    item.fields().stream().filter(f -> !f.key().equals("name")).forEach(f -> set(datum, f));
                }
            } else {
                set(model, field);
            }
        }
    }

    /** A cell's {@code data.tmj}. */
    void apply(LocatedNode carried, Element element) {
        nodes.expect(carried, LocatedNode.Kind.OBJECT, "tmj's attributes (an object)");
        for (LocatedNode.Field field : carried.fields()) {
            switch (field.key()) {
                case "class" -> {
                    // read with the cell's shape (CellProperties.type)
                }
                case "controls" -> {
                    nodes.expect(field.value(), LocatedNode.Kind.OBJECT, "controls (an object)");
                    field.value().fields().forEach(c -> set(CellProperties.controls(element), c));
                }
                case "overrides" -> element.set("overrides", overrides(element, field.value()));
                case "extra" -> extras(element, field.value());
                default -> set(element, field);
            }
        }
    }

    /** Sets the references read so far, now that every cell has its element. */
    void resolve() {
        references.forEach(Runnable::run);
        references.clear();
    }

    private void extras(Element element, LocatedNode object) {
        nodes.expect(object, LocatedNode.Kind.OBJECT, "extra attributes (an object)");
        for (LocatedNode.Field extra : object.fields()) {
            Object value = extra.value().scalar();
            if (value == null || element.schema().has(extra.key())) {
                throw nodes.error(extra.value(), "expected an extra attribute (a string, boolean or integer not"
                        + " named after an attribute of " + element.type().pytmName() + ")");
            }
            element.setExtra(extra.key(), value, nodes.location(extra.value()));
        }
    }

    private List<FindingOverride> overrides(Element element, LocatedNode list) {
        nodes.expect(list, LocatedNode.Kind.ARRAY, "overrides (a list)");
        List<FindingOverride> overrides = new ArrayList<>(element.overrides());
        for (LocatedNode item : list.items()) {
            nodes.expect(item, LocatedNode.Kind.OBJECT, "an override (an object)");
            FindingOverride override = FindingOverride.of(
                    nodes.string(nodes.required(item, "threat_id", LocatedNode.Kind.STRING)));
            item.fields().stream().filter(f -> !f.key().equals("threat_id")).forEach(f -> set(override, f));
            overrides.add(override);
        }
        return overrides;
    }

    private void set(ModelObject object, LocatedNode.Field field) {
        Optional<Attribute> attribute = object.schema().find(field.key());
        if (attribute.isEmpty() || !writable(attribute.get().type())) {
            notes.add(field.value(), object.schema().typeName() + " has no attribute \"" + field.key()
                    + "\" that tmj carries in Threat Dragon models: not kept");
            return;
        }
        ValueType type = attribute.get().type();
        if (type == ValueType.DATAFLOW || type == ValueType.BOUNDARY) {
            LocatedNode value = field.value();
            references.add(() -> set(object, field.key(), type, value, reference(value)));
            return;
        }
        set(object, field.key(), type, field.value(), value(type, field.value()));
    }

    private void set(ModelObject object, String name, ValueType type, LocatedNode node, Object value) {
        try {
            object.set(name, value);
        } catch (RuntimeException e) {
            throw nodes.error(node, "expected a value of type " + type.pytmName() + ", got " + node.describe()
                    + ": " + e.getMessage());
        }
    }

    private Element reference(LocatedNode node) {
        if (node.is(LocatedNode.Kind.NULL)) {
            return null;
        }
        Element element = byCellId.get(nodes.string(node));
        if (element == null) {
            throw nodes.error(node, "expected the cell id of a flow or boundary in the model, got " + node.describe());
        }
        return element;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object value(ValueType type, LocatedNode node) {
        if (type == ValueType.DATA_SET) {
            nodes.expect(node, LocatedNode.Kind.ARRAY, "a list of data item names");
            List<Data> data = new ArrayList<>();
            for (LocatedNode item : node.items()) {
                String name = nodes.string(item);
                data.add(model.data().stream().filter(d -> d.name().equals(name)).findFirst()
                        .orElseThrow(() -> nodes.error(item, "expected the name of a data item, got "
                                + item.describe())));
            }
            return data;
        }
        if (type == ValueType.ASSUMPTIONS) {
            nodes.expect(node, LocatedNode.Kind.ARRAY, "a list of assumptions");
            List<Assumption> assumptions = new ArrayList<>();
            for (LocatedNode item : node.items()) {
                nodes.expect(item, LocatedNode.Kind.OBJECT, "an assumption (an object)");
                LocatedNode exclude = item.get("exclude");
                Set<String> sids = new TreeSet<>();
                if (exclude != null) {
                    nodes.expect(exclude, LocatedNode.Kind.ARRAY, "a list of SIDs");
                    exclude.items().forEach(sid -> sids.add(nodes.string(sid)));
                }
                assumptions.add(new Assumption(nodes.string(nodes.required(item, "name", LocatedNode.Kind.STRING)),
                        sids, nodes.optionalString(item, "description").orElse("")));
            }
            return assumptions;
        }
        if (type.isCollection()) {
            nodes.expect(node, LocatedNode.Kind.ARRAY, "a list");
            return node.items().stream().map(LocatedNode::scalar).toList();
        }
        if (type.isPytmEnum()) {
            return Enum.valueOf((Class<? extends Enum>) type.javaType(), nodes.string(node));
        }
        return node.scalar();
    }
}
