package dev.tmj.diff;

import dev.tmj.model.Assumption;
import dev.tmj.model.Attribute;
import dev.tmj.model.Controls;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ModelObject;
import dev.tmj.model.ValueType;
import dev.tmj.resolve.ElementIdentities;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The attributes of two versions of one element (or of the model) compared through their schema, each value as
 * text that does not depend on the model object it came from: an element is named by its identity, so a reference
 * to "the same" boundary in two model versions compares equal.
 */
final class AttributeValues {
    /**
     * Attributes the model check and the resolver compute from the rest: a change to them is the consequence of
     * another change (a flow added, a finding new), which the diff already reports where it happened. The
     * values compared are those the model wrote (see {@link ModelDiff}), where they hold their defaults.
     */
    private static final Set<String> COMPUTED = Set.of("inputs", "outputs", "findings", "severity");

    private final ElementIdentities oldIds;
    private final ElementIdentities newIds;

    AttributeValues(ElementIdentities oldIds, ElementIdentities newIds) {
        this.oldIds = oldIds;
        this.newIds = newIds;
    }

    /**
     * The attributes that differ, in schema order; controls one by one as {@code controls.NAME}. References in
     * {@code before} are named by the old identities, in {@code after} by the new.
     */
    List<AttributeChange> changes(ModelObject before, ModelObject after) {
        List<AttributeChange> changes = new java.util.ArrayList<>();
        compare("", before, after, changes);
        return changes;
    }

    private void compare(String prefix, ModelObject before, ModelObject after, List<AttributeChange> changes) {
        for (Attribute attribute : after.schema().attributes()) {
            String name = attribute.name();
            if (COMPUTED.contains(name) || !before.schema().has(name)) {
                continue;
            }
            Object old = before.get(name);
            Object now = after.get(name);
            if (attribute.type() == ValueType.CONTROLS) {
                compare(prefix + name + ".", controls(old), controls(now), changes);
                continue;
            }
            String oldText = text(old, oldIds);
            String newText = text(now, newIds);
            if (!oldText.equals(newText)) {
                changes.add(new AttributeChange(prefix + name, oldText, newText));
            }
        }
    }

    private static Controls controls(Object value) {
        return value instanceof Controls controls ? controls : new Controls();
    }

    /** A stored value as text (see {@link AttributeChange}). */
    static String text(Object value, ElementIdentities ids) {
        if (value == null) {
            return "None";
        }
        if (value instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Element e) {
            return identity(e, ids);
        }
        if (value instanceof Data d) {
            return d.name();
        }
        if (value instanceof Assumption a) {
            return "Assumption(" + text(a.name(), ids) + ", exclude=" + text(a.exclude(), ids) + ")";
        }
        if (value instanceof ModelObject object) {
            return object(object, ids);
        }
        if (value instanceof Collection<?> items) {
            StringJoiner joined = new StringJoiner(", ", "[", "]");
            items.forEach(item -> joined.add(text(item, ids)));
            return joined.toString();
        }
        return ValueType.text(value);
    }

    /** An element outside the checked model (a boundary left out by {@code ignoreUnused}) by kind and name. */
    private static String identity(Element e, ElementIdentities ids) {
        try {
            return ids.identityOf(e);
        } catch (IllegalArgumentException notAnalysed) {
            return e.type().pytmName() + ":" + e.name();
        }
    }

    /** An override (pytm's {@code Finding}) by the attributes it sets, in schema order. */
    private static String object(ModelObject object, ElementIdentities ids) {
        StringJoiner joined = new StringJoiner(", ", object.schema().typeName() + "(", ")");
        for (Attribute attribute : object.schema().attributes()) {
            if (object.isSet(attribute.name())) {
                joined.add(attribute.name() + "=" + text(object.get(attribute.name()), ids));
            }
        }
        return joined.toString();
    }
}
