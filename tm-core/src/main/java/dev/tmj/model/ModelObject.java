package dev.tmj.model;

import dev.tmj.model.internal.ModelInternals;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An object whose attributes are described by a {@link Schema}: elements, data, controls, overrides, the model.
 * Values live in an array indexed by the schema's slots; a bit per slot remembers whether the model set it,
 * so that the model check fills in only what the author left unset.
 */
public abstract class ModelObject {
    /** What {@link #valueOf(int)} returns for an attribute the type does not have. */
    public static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<missing>";
        }
    };

    private final Schema schema;
    /** The values by slot; shared with the schema's defaults or a copy's original while {@link #shared}. */
    Object[] values;
    /**
     * Whether {@link #values} may be shared: copied before the first write. Controls left as they are (most of a large
     * model's) and the copies the model check works on then hold no array of their own.
     */
    private boolean shared;
    private long explicit;
    /** Attributes the schema does not define (pytm's extra attributes), in the order first set; null if none. */
    private Map<String, ExtraAttribute> extras;

    ModelObject(Schema schema) {
        this.schema = schema;
        if (schema.size() > Long.SIZE) {
            throw new IllegalStateException("schema too large for the set-mask: " + schema);
        }
        Object[] defaults = schema.sharedDefaults();
        if (defaults != null) {
            this.values = defaults;
            this.shared = true;
            return;
        }
        this.values = new Object[schema.size()];
        List<Attribute> attributes = schema.attributes();
        for (int i = 0; i < values.length; i++) {
            Attribute attribute = attributes.get(i);
            values[i] = attribute.type() == ValueType.CONTROLS ? new Controls() : attribute.defaultValue();
        }
    }

    /** Copies values and set-mask; references are fixed up by the caller (see {@link Model#copy()}). */
    ModelObject(ModelObject original) {
        this.schema = original.schema;
        this.values = original.values;
        this.shared = true;
        original.shared = true;
        this.explicit = original.explicit;
        this.extras = original.extras == null ? null : new LinkedHashMap<>(original.extras);
    }

    public final Schema schema() {
        return schema;
    }

    /** The values, to write: an array of this object's own from now on. */
    final Object[] writableValues() {
        if (shared) {
            values = values.clone();
            shared = false;
        }
        return values;
    }

    /**
     * The value of an attribute.
     *
     * @throws UnknownAttributeException if the type has no such attribute
     */
    public final Object get(String name) {
        return values[slotOf(schema.attribute(name))];
    }

    /**
     * {@link #get(String)} for a name interned once in a constant ({@link AttributeNames}): two array loads instead
     * of a lookup by text, for the attributes read once per element or more (a flow's source and sink).
     */
    final Object get(int nameId, String name) {
        int slot = schema.slot(nameId);
        return slot < 0 ? get(name) : values[slot];
    }

    /**
     * Sets an attribute, checking that the type has it and that the value has the attribute's type.
     *
     * @throws UnknownAttributeException if the type has no such attribute
     * @throws InvalidValueException if the value has the wrong type
     */
    public ModelObject set(String name, Object value) {
        Attribute attribute = schema.attribute(name);
        int slot = slotOf(attribute);
        Object normalized = normalize(attribute, value);
        writableValues()[slot] = normalized;
        explicit |= 1L << slot;
        return this;
    }

    /** Whether the model set this attribute (as opposed to it holding its default). */
    public final boolean isSet(String name) {
        return (explicit & 1L << slotOf(schema.attribute(name))) != 0;
    }

    /**
     * The value for a condition: the attribute with this interned name, or {@link #MISSING}.
     * Two array loads; no lookup by text.
     */
    public final Object valueOf(int nameId) {
        if (nameId < 0) {
            return MISSING; // a name no schema declares: only an extra attribute can have it
        }
        int slot = schema.slot(nameId);
        return slot < 0 ? MISSING : values[slot];
    }

    /**
     * Stores an attribute that the schema does not define, as pytm does with any unknown attribute. Nothing in
     * tmj uses it but a condition that reads it by name; the value is kept as given.
     *
     * @throws IllegalArgumentException if the schema defines the name: set it with {@link #set}
     */
    public final void setExtra(String name, Object value, SourceLocation location) {
        if (schema.find(name).isPresent()) {
            throw new IllegalArgumentException(schema.typeName() + " defines '" + name + "': set it with set()");
        }
        if (extras == null) {
            extras = new LinkedHashMap<>();
        }
        extras.put(name, new ExtraAttribute(name, value, location));
    }

    /** The attributes set that the schema does not define, in the order first set. */
    public final List<ExtraAttribute> extras() {
        return extras == null ? List.of() : List.copyOf(extras.values());
    }

    /** The extra attribute of that name, with its location, when the model set it. */
    public final java.util.Optional<ExtraAttribute> extra(String name) {
        return java.util.Optional.ofNullable(extras == null ? null : extras.get(name));
    }

    /** The value of an extra attribute, or {@link #MISSING} when the model never set it. */
    public final Object extraValue(String name) {
        ExtraAttribute extra = extras == null ? null : extras.get(name);
        return extra == null ? MISSING : extra.value();
    }

    /** Takes the extra attributes of an object of the same schema (the model's own, when it is copied). */
    final void copyExtrasFrom(ModelObject other) {
        this.extras = other.extras == null ? null : new LinkedHashMap<>(other.extras);
    }

    /** Points the extra attributes' values into a copied model (see {@link Model#copy()}). */
    final void remapExtras(UnaryOperator<Object> twin) {
        if (extras != null) {
            extras.replaceAll((name, extra) -> new ExtraAttribute(name, twin.apply(extra.value()), extra.location()));
        }
    }

    static {
        // The unchecked mutators below are not API: the model check and the resolver reach them through
        // dev.tmj.model.internal, which the module does not export.
        ModelInternals.install(new ModelInternals.Mutators() {
            @Override
            public void applyDefault(ModelObject object, String name, Object value) {
                object.applyDefault(name, value);
            }

            @Override
            public void setComputed(ModelObject object, String name, Object value) {
                object.setComputed(name, value);
            }

            @Override
            public void applyStoredDefault(ModelObject object, String name, Object value) {
                object.applyStoredDefault(name, value);
            }
        });
    }

    /**
     * Gives an attribute the model left unset a default (the model check's flow defaults); once filled it
     * counts as set, as pytm 1.3's write-once attributes did. A value the model set is never overwritten.
     */
    final void applyDefault(String name, Object value) {
        int slot = slotOf(schema.attribute(name));
        if ((explicit & 1L << slot) == 0) {
            store(slot, normalize(schema.attributes().get(slot), value));
        }
    }

    /**
     * {@link #applyDefault} of a value already in its stored form: another object's value of the same attribute
     * type in this model (a flow's levels, its sink's overrides), kept as it is rather than copied for each flow.
     */
    final void applyStoredDefault(String name, Object value) {
        int slot = slotOf(schema.attribute(name));
        if ((explicit & 1L << slot) == 0) {
            store(slot, value);
        }
    }

    /** Stores a default and marks it set; the same value as before leaves a shared array shared. */
    private void store(int slot, Object value) {
        if (values[slot] != value) {
            writableValues()[slot] = value;
        }
        explicit |= 1L << slot;
    }

    /**
     * Stores a value that the model check or resolver computes (inputs, outputs, severity, findings). The value
     * comes from tmj itself, so it is not validated again; lists are stored as unmodifiable copies.
     */
    final void setComputed(String name, Object value) {
        int slot = slotOf(schema.attribute(name));
        writableValues()[slot] = value instanceof java.util.List<?> list ? java.util.Collections.unmodifiableList(list)
                : value;
    }

    final Object raw(String name) {
        return values[slotOf(schema.attribute(name))];
    }

    private int slotOf(Attribute attribute) {
        return schema.slot(attribute.nameId());
    }

    /** A short name for messages, for example {@code Server(Web)}. */
    public abstract String label();

    /** The stored form of a value for an attribute: {@link ValueType#coerce}, failures named after this object. */
    Object normalize(Attribute attribute, Object value) {
        try {
            return attribute.type().coerce(value);
        } catch (CoercionException e) {
            throw new InvalidValueException(label(), attribute, value, e);
        }
    }

    static Set<Long> levels(Object value) {
        @SuppressWarnings("unchecked")
        Set<Long> levels = (Set<Long>) value;
        return levels;
    }
}
