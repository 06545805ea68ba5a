package dev.tmj.model;

import java.util.Objects;

/**
 * One attribute of a model type: its pytm name, value type, default and meaning.
 * Attributes come from {@link Schema}; the same name on two types shares one {@link #nameId()}.
 *
 * @param name pytm's attribute name
 * @param type the value type
 * @param defaultValue the value when the model sets none; immutable
 * @param description what the attribute means, for {@code describe} and the docs
 * @param required whether the model must give a value
 * @param nameId a small integer shared by every attribute with this name (fast lookup)
 */
public record Attribute(String name, ValueType type, Object defaultValue, String description, boolean required,
        int nameId) {
    public Attribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }

    /** An optional attribute; its default is stored as {@link ValueType#coerce} stores any value (null: none). */
    static Attribute of(String name, ValueType type, Object defaultValue, String description) {
        return new Attribute(name, type, defaultValue == null ? null : type.coerce(defaultValue), description, false,
                AttributeNames.idOf(name));
    }

    static Attribute required(String name, ValueType type, String description) {
        return new Attribute(name, type, null, description, true, AttributeNames.idOf(name));
    }
}
