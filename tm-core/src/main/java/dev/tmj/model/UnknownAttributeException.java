package dev.tmj.model;

import java.util.Optional;

/** A model or condition named an attribute that the type does not have. */
public class UnknownAttributeException extends TmjException {
    private static final long serialVersionUID = 1L;

    private final String typeName;
    private final String attributeName;
    private final String suggestion;

    public UnknownAttributeException(String typeName, String attributeName, Optional<String> suggestion) {
        super(typeName + " has no attribute '" + attributeName + "'"
                + suggestion.map(s -> "; did you mean '" + s + "'?").orElse(""));
        this.typeName = typeName;
        this.attributeName = attributeName;
        this.suggestion = suggestion.orElse(null);
    }

    public String typeName() {
        return typeName;
    }

    public String attributeName() {
        return attributeName;
    }

    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestion);
    }
}
