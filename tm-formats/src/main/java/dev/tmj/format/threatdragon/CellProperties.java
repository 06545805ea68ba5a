package dev.tmj.format.threatdragon;

import dev.tmj.format.tree.LocatedNode;
import dev.tmj.model.Controls;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import java.util.Optional;

/** A cell's {@code data} as tmj attributes: the table of docs/interchange.md, "Threat Dragon", read side. */
final class CellProperties {
    private CellProperties() {
    }

    /**
     * The class of a node cell: its shape's, or the one tmj wrote in {@code data.tmj.class} ({@code class}, not
     * {@code type}: a Datastore's {@code type} attribute is its kind of storage).
     */
    static ElementType type(TreeValues nodes, LocatedNode cell) {
        String shape = cell.get("shape").text();
        ElementType type = Vocabulary.typeOf(shape).orElseThrow();
        LocatedNode carried = carried(cell);
        LocatedNode named = carried == null ? null : carried.get("class");
        if (named == null) {
            return type;
        }
        ElementType written = ElementType.byPytmName(nodes.string(named))
                .filter(t -> t != ElementType.BOUNDARY && t != ElementType.DATAFLOW && Vocabulary.shapeOf(t).equals(shape))
                .orElseThrow(() -> nodes.error(named, "expected a tmj element class that Threat Dragon draws as"
                        + " a " + shape + ", got " + named.describe()));
        return written;
    }

    /** The cell's name, else its label; a cell without either gets its shape and position in the diagram. */
    static String name(TreeValues nodes, Notes notes, LocatedNode cell) {
        LocatedNode data = data(nodes, cell);
        Optional<String> name = data == null ? Optional.empty() : nodes.optionalString(data, "name");
        if (name.isPresent() && !name.get().isBlank()) {
            return name.get();
        }
        String unnamed = Vocabulary.label(cell.get("shape").text()) + " " + cell.path().replaceAll(".*\\[(\\d+)]$", "$1");
        notes.add(cell, "the cell has no name; it is called \"" + unnamed + "\"");
        return unnamed;
    }

    static void apply(TreeValues nodes, Notes notes, Carried carrier, LocatedNode cell, Element element) {
        LocatedNode data = data(nodes, cell);
        if (data == null) {
            return;
        }
        nodes.optionalString(data, "description").filter(d -> !d.isEmpty())
                .ifPresent(d -> element.set("description", d));
        if (nodes.flag(data, "outOfScope")) {
            element.set("inScope", false);
        }
        String shape = cell.get("shape").text();
        if (element.isDataflow()) {
            nodes.optionalString(data, "protocol").filter(p -> !p.isEmpty()).ifPresent(p -> element.set("protocol", p));
            if (nodes.flag(data, "isEncrypted")) {
                controls(element).set("isEncrypted", true);
            }
        } else if (Vocabulary.STORE.equals(shape)) {
            if (nodes.flag(data, "isEncrypted")) {
                controls(element).set("isEncryptedAtRest", true);
            }
            if (nodes.flag(data, "storesCredentials")) {
                element.set("storesSensitiveData", true);
            }
            if (nodes.flag(data, "isALog")) {
                element.set("storesLogData", true);
            }
        }
        for (LocatedNode.Field field : data.fields()) {
            if (!Vocabulary.DERIVED.contains(field.key())) {
                extra(nodes, notes, element, field);
            }
        }
        LocatedNode carried = carried(cell);
        if (carried != null) {
            carrier.apply(carried, element);
        }
    }

    /** A property without a tmj attribute: an extra attribute, with a note unless Threat Dragon defines it. */
    private static void extra(TreeValues nodes, Notes notes, Element element, LocatedNode.Field field) {
        LocatedNode value = field.value();
        boolean known = Vocabulary.KEPT_AS_EXTRAS.contains(field.key());
        Object scalar = value.is(LocatedNode.Kind.STRING) || value.is(LocatedNode.Kind.BOOLEAN)
                || value.is(LocatedNode.Kind.INTEGER) ? value.scalar() : null;
        if (scalar == null || element.schema().find(field.key()).isPresent()) {
            notes.add(value, "the property \"" + field.key() + "\" is not kept: "
                    + (scalar == null ? "tmj keeps strings, booleans and integers" : "tmj's attribute of that name"
                            + " means something else"));
            return;
        }
        if (known && (Boolean.FALSE.equals(scalar) || "".equals(scalar))) {
            return; // Threat Dragon's default: nothing to keep
        }
        element.setExtra(field.key(), scalar, nodes.location(value));
        if (!known) {
            notes.add(value, "the property \"" + field.key() + "\" has no tmj attribute: kept as an extra attribute");
        }
    }

    static Controls controls(Element element) {
        Controls controls = element.controls();
        if (controls == null) {
            controls = new Controls();
            element.set("controls", controls);
        }
        return controls;
    }

    private static LocatedNode data(TreeValues nodes, LocatedNode cell) {
        LocatedNode data = cell.get("data");
        if (data == null || data.is(LocatedNode.Kind.NULL)) {
            return null;
        }
        nodes.expect(data, LocatedNode.Kind.OBJECT, "the cell's data (an object)");
        return data;
    }

    private static LocatedNode carried(LocatedNode cell) {
        LocatedNode data = cell.get("data");
        return data == null || !data.is(LocatedNode.Kind.OBJECT) ? null : data.get(Vocabulary.TMJ);
    }
}
