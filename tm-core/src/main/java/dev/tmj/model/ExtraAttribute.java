package dev.tmj.model;

/**
 * An attribute that pytm's classes do not define, set by a model script. pytm (pydantic with
 * {@code extra="allow"}) stores such an attribute and ignores it, except that a custom threat's condition may
 * read it ({@code target.environment == "development"}); tmj keeps it beside the schema's values for that.
 *
 * @param name the attribute's name as the script wrote it
 * @param value the script's value, unconverted: pytm validates nothing it does not define
 * @param location where the script set it, or null when unknown
 */
public record ExtraAttribute(String name, Object value, SourceLocation location) {
}
