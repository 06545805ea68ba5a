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
 * @param extension whether the attribute is tmj's own, not pytm's: pytm-compatible outputs ({@code --json},
 *     {@code --describe}) leave it out unless a model sets it, so a pytm model reads and writes exactly as in pytm
 */
public record Attribute(String name, ValueType type, Object defaultValue, String description, boolean required,
        int nameId, boolean extension) {
    public Attribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }

    /** An optional attribute; its default is stored as {@link ValueType#coerce} stores any value (null: none). */
    static Attribute of(String name, ValueType type, Object defaultValue, String description) {
        return new Attribute(name, type, defaultValue == null ? null : type.coerce(defaultValue), description, false,
                AttributeNames.idOf(name), false);
    }

    /**
     * An optional attribute that pytm does not have (privacy facts, business impact): tmj's extension of pytm's
     * schema, every model format reads and writes it, pytm-compatible outputs only when a model sets it.
     */
    static Attribute extension(String name, ValueType type, Object defaultValue, String description) {
        return new Attribute(name, type, defaultValue == null ? null : type.coerce(defaultValue), description, false,
                AttributeNames.idOf(name), true);
    }

    static Attribute required(String name, ValueType type, String description) {
        return new Attribute(name, type, null, description, true, AttributeNames.idOf(name), false);
    }
}
