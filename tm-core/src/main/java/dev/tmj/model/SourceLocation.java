package dev.tmj.model;

import java.util.Objects;

/**
 * Where a model object was declared: a model script line, a JSON pointer's line, an IaC resource.
 * Reports and SARIF use it to point back at the declaration.
 *
 * @param file the file as the user named it
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record SourceLocation(String file, int line, int column) {
    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    public static SourceLocation of(String file, int line) {
        return new SourceLocation(file, line, 0);
    }

    /** {@code file:line:column}, leaving out what is unknown, as error messages write positions. */
    @Override
    public String toString() {
        return SourcePosition.of(file, line, column).toString();
    }
}
