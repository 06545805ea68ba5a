package dev.tmj.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The attributes of one model type (an element class, Data, Controls, an override, an assumption):
 * the single source of truth that conditions, readers, writers and {@code describe} all use.
 */
public final class Schema {
    private final String typeName;
    private final Schema parent;
    private final Map<String, Attribute> byName;
    private final List<Attribute> attributes;
    private final int[] slotByNameId;
    /** The default values by slot, shared by new objects until they set one; null when a default is mutable. */
    private final Object[] sharedDefaults;
    /** The slots whose values may refer to other objects of the model (see {@link #referenceSlots()}). */
    private final int[] referenceSlots;

    Schema(String typeName, Schema parent, List<Attribute> own) {
        this.typeName = typeName;
        this.parent = parent;
        Map<String, Attribute> map = new LinkedHashMap<>();
        if (parent != null) {
            parent.attributes.forEach(a -> map.put(a.name(), a));
        }
        // A subclass may redeclare an inherited attribute with another default (Lambda.onAWS).
        own.forEach(a -> map.put(a.name(), a));
        this.byName = Collections.unmodifiableMap(map);
        this.attributes = List.copyOf(map.values());
        int max = attributes.stream().mapToInt(Attribute::nameId).max().orElse(-1);
        int[] slots = new int[max + 1];
        Arrays.fill(slots, -1);
        for (int i = 0; i < attributes.size(); i++) {
            slots[attributes.get(i).nameId()] = i;
        }
        this.slotByNameId = slots;
        // Defaults are immutable but for controls, which each element has its own of.
        this.sharedDefaults = attributes.stream().anyMatch(a -> a.type() == ValueType.CONTROLS) ? null
                : attributes.stream().map(Attribute::defaultValue).toArray();
        this.referenceSlots = IntStream.range(0, attributes.size())
                .filter(i -> REFERENCE_TYPES.contains(attributes.get(i).type())).toArray();
    }

    /** The value types that can hold elements, data or controls; every other type holds plain values. */
    private static final Set<ValueType> REFERENCE_TYPES = EnumSet.of(ValueType.ELEMENT,
            ValueType.BOUNDARY, ValueType.DATAFLOW, ValueType.DATA_SET, ValueType.DATAFLOWS, ValueType.ELEMENTS,
            ValueType.FINDINGS, ValueType.CONTROLS);

    /** Whether values of a type can hold elements, data or controls (alone or in a collection). */
    static boolean holdsReferences(ValueType type) {
        return REFERENCE_TYPES.contains(type);
    }

    /** pytm's class name, for example {@code Server}. */
    public String typeName() {
        return typeName;
    }

    /** The schema this one extends, if any. */
    public Optional<Schema> parent() {
        return Optional.ofNullable(parent);
    }

    /** All attributes, inherited first, in declaration order. */
    public List<Attribute> attributes() {
        return attributes;
    }

    /** The attribute with this name, if the type has it. */
    public Optional<Attribute> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The attribute with this name.
     *
     * @throws UnknownAttributeException naming this type and the closest attribute
     */
    public Attribute attribute(String name) {
        Attribute attribute = byName.get(name);
        if (attribute == null) {
            throw new UnknownAttributeException(typeName, name, Suggestions.closest(name, byName.keySet()));
        }
        return attribute;
    }

    /** Whether the type has an attribute with this name. */
    public boolean has(String name) {
        return byName.containsKey(name);
    }

    /** The attribute names, in declaration order. */
    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    int slot(int nameId) {
        return nameId < slotByNameId.length ? slotByNameId[nameId] : -1;
    }

    /**
     * The slots that {@link Model#copy()} must point into the copy: those of attributes that can hold elements,
     * data or controls. A flow has 6 of its 40 or so; the others need no look at all.
     */
    int[] referenceSlots() {
        return referenceSlots;
    }

    /** The defaults a new object shares until it writes (never written to: see ModelObject), or null. */
    Object[] sharedDefaults() {
        return sharedDefaults;
    }

    int size() {
        return attributes.size();
    }

    @Override
    public String toString() {
        return typeName;
    }
}
