package dev.tmj.format.json;

import dev.tmj.format.tree.LocatedNode;

import dev.tmj.format.json.ModelBinder.Dialect;
import dev.tmj.model.Assumption;
import dev.tmj.model.Attribute;
import dev.tmj.model.CoercionException;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.InvalidValueException;
import dev.tmj.model.ModelObject;
import dev.tmj.model.OrderedLevel;
import dev.tmj.model.Schema;
import dev.tmj.model.Schemas;
import dev.tmj.model.SourceException;
import dev.tmj.model.TmjException;
import dev.tmj.model.UnknownAttributeException;
import dev.tmj.model.ValueType;
import dev.tmj.model.ValuedEnum;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The attribute values of the objects {@link ModelBinder} creates: the attributes a node's keys name, the
 * conversion of the nodes to plain values (references resolved by {@link References}, enumerations by name, value
 * or level), and their setting, where {@link ValueType#coerce} makes them the stored values. What the type
 * rejects is reported at the node, or at the item of a list, that holds it.
 */
final class ValueConverter {
    private final Dialect dialect;
    private final BindErrors errors;
    private final References references;

    ValueConverter(Dialect dialect, BindErrors errors, References references) {
        this.dialect = dialect;
        this.errors = errors;
        this.references = references;
    }

    /** The {@code name} of an object, which must have one. */
    String requiredName(LocatedNode object, String what) {
        LocatedNode name = object.get("name");
        if (name == null) {
            throw errors.at(object, "missing \"name\" of the " + what);
        }
        return string(name);
    }

    /** The attribute of a schema a field gives. */
    Attribute attribute(Schema schema, LocatedNode.Field field, String name) {
        if (dialect == Dialect.TMJ && field.key().equals("__class__")) {
            throw errors.at(field.line(), field.column(), field.value().path(),
                    "tmj models give the element class as \"type\"");
        }
        try {
            return schema.attribute(name);
        } catch (UnknownAttributeException e) {
            throw errors.at(field.line(), field.column(), field.value().path(), e.getMessage());
        }
    }

    /** Sets an attribute, reporting a rejected value at the node it came from. */
    void set(ModelObject target, String name, Object value, LocatedNode at) {
        try {
            target.set(name, value);
        } catch (InvalidValueException e) {
            throw e.coercion().map(c -> rejected(c, at)).orElseGet(() -> errors.at(at, e.getMessage()));
        } catch (TmjException e) {
            throw errors.at(at, e.getMessage());
        }
    }

    /** What the value's type refused, at the node (or the item of a list node) that gave it. */
    private SourceException rejected(CoercionException c, LocatedNode at) {
        LocatedNode node = c.item() >= 0 && at.is(LocatedNode.Kind.ARRAY) ? at.items().get(c.item()) : at;
        if (c.reason().isPresent() && node.is(LocatedNode.Kind.INTEGER)) {
            return errors.at(node, "the number " + node.scalar() + " is too large");
        }
        return errors.at(node, "expected " + c.expected() + ", got " + node.describe()
                + c.suggestion().map(BindErrors::didYouMean).orElse(""));
    }

    /** The plain value of a node for an attribute, before its type makes it the stored value. */
    Object convert(Attribute attribute, LocatedNode v) {
        References r = references;
        return switch (attribute.type()) {
            case BOOLEAN -> bool(v);
            case INT -> integer(v);
            case STRING -> string(v);
            case STATUS, DATE -> v.is(LocatedNode.Kind.STRING) ? v.text() : v.scalar();
            case IMPACT -> v.is(LocatedNode.Kind.STRING) ? v.text() : v.scalar();
            case CLASSIFICATION, TLS_VERSION, LIFETIME, DATASTORE_TYPE, ACTION -> enumValue(attribute.type(), v);
            case BOUNDARY -> v.is(LocatedNode.Kind.NULL) ? null : r.resolve(v, "boundary", r.boundaries);
            case DATAFLOW -> v.is(LocatedNode.Kind.NULL) ? null : r.resolve(v, "dataflow", r.flows);
            case ELEMENT -> v.is(LocatedNode.Kind.NULL) ? null : r.resolve(v, "element", r.nodes, r.boundaries);
            case DATA_SET -> v.is(LocatedNode.Kind.STRING) ? List.of(r.resolve(v, "data item", r.data))
                    : list(v, "data names", item -> r.resolve(item, "data item", r.data));
            case DATAFLOWS -> list(v, "dataflow names", item -> r.resolve(item, "dataflow", r.flows));
            case ELEMENTS -> list(v, "element names", item -> r.resolve(item, "element", r.nodes, r.boundaries,
                    r.flows));
            case OVERRIDES -> list(v, "overrides", this::override);
            case ASSUMPTIONS -> list(v, "assumptions", this::assumption);
            case LEVELS -> v.is(LocatedNode.Kind.INTEGER) ? List.of(integer(v)) : list(v, "levels (integers)", this::integer);
            case STRINGS, STRING_SET -> list(v, "strings", this::string);
            case FINDINGS, CONTROLS -> throw new IllegalStateException(attribute.name() + " is bound elsewhere");
        };
    }

    private Boolean bool(LocatedNode v) {
        if (!v.is(LocatedNode.Kind.BOOLEAN)) {
            throw errors.at(v, "expected true or false, got " + v.describe());
        }
        return (Boolean) v.scalar();
    }

    /** An integer node as Long; its type decides the range it accepts. */
    private Long integer(LocatedNode v) {
        if (v.is(LocatedNode.Kind.INTEGER) && v.scalar() instanceof Long l) {
            return l;
        }
        if (v.is(LocatedNode.Kind.INTEGER) || v.scalar() instanceof BigInteger) {
            throw errors.at(v, "the number " + v.scalar() + " is too large");
        }
        throw errors.at(v, "expected an integer, got " + v.describe());
    }

    /** The text of a string node. */
    String string(LocatedNode v) {
        return string(errors, v);
    }

    /** The text of a string node, for callers without a converter. */
    static String string(BindErrors errors, LocatedNode v) {
        if (!v.is(LocatedNode.Kind.STRING)) {
            throw errors.at(v, "expected a string, got " + v.describe());
        }
        return v.text();
    }

    private <T> List<T> list(LocatedNode v, String what, Function<LocatedNode, T> item) {
        if (!v.is(LocatedNode.Kind.ARRAY)) {
            throw errors.at(v, "expected a list of " + what + ", got " + v.describe());
        }
        List<LocatedNode> nodes = v.items();
        List<T> items = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            items.add(item.apply(nodes.get(i)));
        }
        return items;
    }

    /** An enum member by name, by pytm value, as pytm's {@code str()} ("Classification.SECRET"), or by level. */
    private Object enumValue(ValueType type, LocatedNode v) {
        Object[] members = type.javaType().getEnumConstants();
        String enumName = type.pytmName();
        if (v.is(LocatedNode.Kind.INTEGER) && OrderedLevel.class.isAssignableFrom(type.javaType())) {
            for (Object member : members) {
                if (v.scalar().equals((long) ((OrderedLevel) member).level())) {
                    return member;
                }
            }
        } else if (v.is(LocatedNode.Kind.STRING)) {
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
            throw errors.at(v, "expected a " + enumName + " (" + choices(members) + "), got " + v.describe()
                    + BindErrors.suggestion(text, candidates));
        }
        throw errors.at(v, "expected a " + enumName + " (" + choices(members) + "), got " + v.describe());
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

    private Assumption assumption(LocatedNode v) {
        if (v.is(LocatedNode.Kind.STRING)) {
            return Assumption.named(v.text());
        }
        if (!v.is(LocatedNode.Kind.OBJECT)) {
            throw errors.at(v, "expected an assumption: a string, or an object with \"name\", \"exclude\" and"
                    + " \"description\"; got " + v.describe());
        }
        Set<String> exclude = Set.of();
        String description = "";
        for (LocatedNode.Field field : v.fields()) {
            LocatedNode value = field.value();
            switch (field.key()) {
                case "name" -> string(value);
                case "exclude" -> exclude = value.is(LocatedNode.Kind.STRING) ? Set.of(value.text())
                        : new TreeSet<>(list(value, "threat SIDs", this::string));
                case "description" -> description = string(value);
                default -> attribute(Schemas.ASSUMPTION, field, field.key());
            }
        }
        return new Assumption(requiredName(v, "assumption"), exclude, description);
    }

    private FindingOverride override(LocatedNode v) {
        if (!v.is(LocatedNode.Kind.OBJECT)) {
            throw errors.at(v, "expected an override: an object with \"threat_id\" and the fields it changes, got "
                    + v.describe());
        }
        LocatedNode sid = v.get("threat_id");
        if (sid == null) {
            throw errors.at(v, "missing \"threat_id\", the SID of the threat the override changes");
        }
        FindingOverride override = FindingOverride.of(string(sid));
        for (LocatedNode.Field field : v.fields()) {
            if (field.key().equals("threat_id")) {
                continue;
            }
            Attribute attribute = attribute(Schemas.FINDING, field, field.key());
            set(override, attribute.name(), convert(attribute, field.value()), field.value());
        }
        return override;
    }
}
