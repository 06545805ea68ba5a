package dev.tmj.format.json;

import dev.tmj.format.tree.LocatedNode;

import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import dev.tmj.model.SourceException;
import dev.tmj.model.SourceLocation;

/**
 * tmj's format keys that say where an element comes from, for a model imported from infrastructure code
 * (docs/model-format.md, "Where an element comes from"): {@code location}, the file and line that declare the
 * element ({@code {file: infra/main.tf, line: 12}}), and {@code extra}, attributes pytm does not define (an importer's
 * facts such as {@code iacType}) that conditions read by name, each a scalar located at the element, or
 * {@code {value: ..., location: {...}}} located where its cause is. A model that {@code tmj import} wrote reads
 * back with the same locations, and so the same findings.
 */
final class SourceKeys {
    /** The key of an element's source location. */
    static final String LOCATION = "location";
    /** The key of an element's extra attributes. */
    static final String EXTRA = "extra";

    private final BindErrors errors;

    SourceKeys(BindErrors errors) {
        this.errors = errors;
    }

    /** Binds {@code location} and {@code extra} of an element's node, when there. */
    void bind(Element element, LocatedNode node) {
        LocatedNode location = node.get(LOCATION);
        if (location != null) {
            element.locatedAt(location(location));
        }
        bindExtras(element, node, element.location().orElse(errors.location(node)));
    }

    /**
     * Binds {@code location} and {@code extra} of a data item's node: what an interchange format keeps that tmj does
     * not use (an OTM asset's integrity rating, say), written back when the model is exported.
     */
    void bind(Data datum, LocatedNode node) {
        LocatedNode location = node.get(LOCATION);
        if (location != null) {
            datum.locatedAt(location(location));
        }
        bindExtras(datum, node, datum.location().orElse(errors.location(node)));
    }

    /** Binds the model's own {@code extra}: what an interchange format keeps at its top (an OTM project's id ...). */
    void bind(Model model, LocatedNode root) {
        bindExtras(model, root, model.location().orElse(errors.location(root)));
    }

    private void bindExtras(ModelObject target, LocatedNode node, SourceLocation at) {
        LocatedNode extra = node.get(EXTRA);
        if (extra == null) {
            return;
        }
        if (!extra.is(LocatedNode.Kind.OBJECT)) {
            throw errors.at(extra, "expected an object of extra attributes, got " + extra.describe());
        }
        for (LocatedNode.Field field : extra.fields()) {
            if (target.schema().find(field.key()).isPresent()) {
                throw errors.at(field.line(), field.column(), LocatedNode.child(extra.path(), field.key()),
                        "\"" + field.key() + "\" is an attribute of " + target.schema().typeName()
                                + ": set it outside \"extra\"");
            }
            LocatedNode value = field.value();
            if (value.is(LocatedNode.Kind.OBJECT)) {
                LocatedNode inner = value.get("value");
                LocatedNode where = value.get(LOCATION);
                if (inner == null || value.fields().size() != (where == null ? 1 : 2)) {
                    throw errors.at(value, "expected a scalar, or {value: ..., location: {file: ..., line: ...}}");
                }
                target.setExtra(field.key(), scalar(inner), where == null ? at : location(where));
            } else {
                target.setExtra(field.key(), scalar(value), at);
            }
        }
    }

    private Object scalar(LocatedNode value) {
        if (value.is(LocatedNode.Kind.STRING) || value.is(LocatedNode.Kind.BOOLEAN)
                || value.is(LocatedNode.Kind.INTEGER)) {
            return value.scalar();
        }
        throw errors.at(value, "expected a string, boolean or integer extra attribute, got " + value.describe());
    }

    private SourceLocation location(LocatedNode node) {
        if (!node.is(LocatedNode.Kind.OBJECT)) {
            throw errors.at(node, "expected {file: ..., line: ...}, got " + node.describe());
        }
        LocatedNode file = node.get("file");
        LocatedNode line = node.get("line");
        LocatedNode column = node.get("column");
        if (file == null || !file.is(LocatedNode.Kind.STRING) || line == null || !line.is(LocatedNode.Kind.INTEGER)
                || column != null && !column.is(LocatedNode.Kind.INTEGER)
                || node.fields().size() != (column == null ? 2 : 3)) {
            throw errors.at(node, "expected a location {file: <text>, line: <number>[, column: <number>]}");
        }
        return new SourceLocation((String) file.scalar(), number(line), column == null ? 0 : number(column));
    }

    private int number(LocatedNode node) {
        long value = (Long) node.scalar();
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw errors.at(node, "expected a line or column from 0 to " + Integer.MAX_VALUE + ", got " + value);
        }
        return (int) value;
    }
}
