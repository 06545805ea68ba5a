package dev.tmj.format.tree;

import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import dev.tmj.model.ModelWarning;
import dev.tmj.model.SourceException;
import dev.tmj.model.SourceLocation;
import dev.tmj.model.SourcePosition;
import java.util.List;
import java.util.Set;

/**
 * Typed access to the nodes of another tool's document (OTM, Threagile ...), with every error placed at its file, line, column and path, and the
 * keeping of what tmj does not use: an extra attribute on the model object and a note on the model
 * ({@link Model#warnings()}, listed by {@code tmj import --report-unmapped}).
 */
public class LocatedInput {
    private final String file;
    private final Model model;

    public LocatedInput(String file, Model model) {
        this.file = file;
        this.model = model;
    }

    public SourceException error(LocatedNode at, String reason) {
        return new SourceException(SourcePosition.of(file, at.line(), at.column()).at(at.path()), reason);
    }

    public SourceLocation location(LocatedNode node) {
        return new SourceLocation(file, node.line(), node.column());
    }

    public LocatedNode object(LocatedNode node, String what) {
        if (!node.is(LocatedNode.Kind.OBJECT)) {
            throw error(node, "expected " + what + " (an object), got " + node.describe());
        }
        return node;
    }

    /** The items of a list field (null and missing are empty), each an object. */
    public List<LocatedNode> objects(LocatedNode owner, String key, String what) {
        LocatedNode list = owner.get(key);
        if (list == null || list.is(LocatedNode.Kind.NULL)) {
            return List.of();
        }
        if (!list.is(LocatedNode.Kind.ARRAY)) {
            throw error(list, "expected a list of " + what + "s, got " + list.describe());
        }
        list.items().forEach(item -> object(item, "a " + what));
        return list.items();
    }

    /** A required string field. */
    public String required(LocatedNode owner, String key, String what) {
        LocatedNode value = owner.get(key);
        if (value == null || value.is(LocatedNode.Kind.NULL)) {
            throw error(owner, "missing \"" + key + "\", the " + what);
        }
        return string(value, what);
    }

    /** An optional string field; null when missing or null. */
    public String optional(LocatedNode owner, String key, String what) {
        LocatedNode value = owner.get(key);
        return value == null || value.is(LocatedNode.Kind.NULL) ? null : string(value, what);
    }

    public String string(LocatedNode value, String what) {
        if (!value.is(LocatedNode.Kind.STRING)) {
            throw error(value, "expected " + what + " (a string), got " + value.describe());
        }
        return value.text();
    }

    /** A number field as a double; {@code fallback} when missing or null. */
    public double number(LocatedNode owner, String key, String what, double fallback) {
        LocatedNode value = owner.get(key);
        if (value == null || value.is(LocatedNode.Kind.NULL)) {
            return fallback;
        }
        if (!value.is(LocatedNode.Kind.INTEGER) && !value.is(LocatedNode.Kind.DECIMAL)) {
            throw error(value, "expected " + what + " (a number), got " + value.describe());
        }
        return Double.parseDouble(String.valueOf(value.scalar()));
    }

    /** A number as an extra keeps it: an integer as a Long, a decimal as its text. */
    public static Object numberValue(LocatedNode value) {
        return value.scalar() instanceof Long l ? l : String.valueOf(value.scalar());
    }

    /** Keeps a field as JSON text in an extra of the target (not a note: the caller decides). */
    public void keep(ModelObject target, String extra, LocatedNode value) {
        target.setExtra(extra, LocatedJsonWriter.toJson(value), location(value));
    }

    /** A note that something was kept but is not used by tmj, or not mapped at all. */
    public void note(LocatedNode at, String what) {
        model.warn(new ModelWarning(location(at), (at.path().isEmpty() ? "" : at.path() + ": ") + what));
    }

    /**
     * Keeps the fields of an object that its format does not define, as one JSON object in the extra {@code extra},
     * each with a note naming the field and the {@code owner} ("OTM 0.2.0's component").
     */
    public void keepUnknownInto(ModelObject target, LocatedNode object, Set<String> known, String owner, String extra) {
        StringBuilder json = new StringBuilder();
        for (LocatedNode.Field field : object.fields()) {
            if (known.contains(field.key())) {
                continue;
            }
            json.append(json.length() == 0 ? "{" : ",")
                    .append(LocatedJsonWriter.quote(field.key()))
                    .append(':').append(LocatedJsonWriter.toJson(field.value()));
            note(field.value(), "field \"" + field.key() + "\" is not in " + owner
                    + ": kept, not used (written back on export)");
        }
        if (json.length() > 0) {
            target.setExtra(extra, json.append('}').toString(), location(object));
        }
    }
}
