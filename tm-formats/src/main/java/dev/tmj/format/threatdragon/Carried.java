package dev.tmj.format.threatdragon;

import dev.tmj.format.tree.LocatedNode;
import dev.tmj.model.Attribute;
import dev.tmj.model.Element;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.ModelObject;
import dev.tmj.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What tmj keeps in a cell's {@code data.tmj} when it exports a model: the attributes Threat Dragon has no field for
 * (a Server's class, its port, its controls, its overrides), so that tmj → Threat Dragon → tmj gives the same model.
 * The values are written as tmj's model format writes them; {@link #value} reads them back, {@link #writable} says
 * which attributes fit.
 */
final class Carried {
    private Carried() {
    }

    /** Whether an attribute's values can be carried: scalars, pytm's enumerations, lists of strings or integers. */
    static boolean writable(ValueType type) {
        return switch (type) {
            case BOOLEAN, INT, STRING, STATUS, DATE, LEVELS, STRINGS, STRING_SET -> true;
            default -> type.isPytmEnum();
        };
    }

    static void apply(Nodes nodes, Notes notes, LocatedNode carried, Element element) {
        nodes.expect(carried, LocatedNode.Kind.OBJECT, "tmj's attributes (an object)");
        for (LocatedNode.Field field : carried.fields()) {
            switch (field.key()) {
                case "type" -> {
                    // read with the cell's shape (CellProperties.type)
                }
                case "controls" -> {
                    nodes.expect(field.value(), LocatedNode.Kind.OBJECT, "controls (an object)");
                    field.value().fields().forEach(c -> set(nodes, notes, CellProperties.controls(element), c));
                }
                case "overrides" -> element.set("overrides", overrides(nodes, notes, element, field.value()));
                case "extra" -> {
                    nodes.expect(field.value(), LocatedNode.Kind.OBJECT, "extra attributes (an object)");
                    for (LocatedNode.Field extra : field.value().fields()) {
                        Object value = extra.value().scalar();
                        if (value == null || element.schema().has(extra.key())) {
                            throw nodes.error(extra.value(), "expected an extra attribute (a string, boolean or"
                                    + " integer not named after an attribute of " + element.type().pytmName() + ")");
                        }
                        element.setExtra(extra.key(), value, nodes.location(extra.value()));
                    }
                }
                default -> set(nodes, notes, element, field);
            }
        }
    }

    private static List<FindingOverride> overrides(Nodes nodes, Notes notes, Element element, LocatedNode list) {
        nodes.expect(list, LocatedNode.Kind.ARRAY, "overrides (a list)");
        List<FindingOverride> overrides = new ArrayList<>(element.overrides());
        for (LocatedNode item : list.items()) {
            nodes.expect(item, LocatedNode.Kind.OBJECT, "an override (an object)");
            FindingOverride override = FindingOverride.of(
                    nodes.string(nodes.required(item, "threat_id", LocatedNode.Kind.STRING)));
            item.fields().stream().filter(f -> !f.key().equals("threat_id"))
                    .forEach(f -> set(nodes, notes, override, f));
            overrides.add(override);
        }
        return overrides;
    }

    private static void set(Nodes nodes, Notes notes, ModelObject object, LocatedNode.Field field) {
        Optional<Attribute> attribute = object.schema().find(field.key());
        if (attribute.isEmpty() || !writable(attribute.get().type())) {
            notes.add(field.value(), object.schema().typeName() + " has no attribute \"" + field.key()
                    + "\" that tmj carries in Threat Dragon models: not kept");
            return;
        }
        try {
            object.set(field.key(), value(nodes, attribute.get().type(), field.value()));
        } catch (RuntimeException e) {
            throw nodes.error(field.value(), "expected a value of type " + attribute.get().type().pytmName()
                    + ", got " + field.value().describe() + ": " + e.getMessage());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(Nodes nodes, ValueType type, LocatedNode node) {
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
