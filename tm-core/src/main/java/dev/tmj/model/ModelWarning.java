package dev.tmj.model;

import java.util.Objects;

/**
 * Something a reader accepted as pytm does but that is probably a mistake, such as an attribute pytm ignores.
 * The command line prints it; {@code --strict} refuses the model instead.
 *
 * @param location where in the model file
 * @param message one line, without the position
 */
public record ModelWarning(SourceLocation location, String message) {
    public ModelWarning {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line: message}. */
    @Override
    public String toString() {
        return location.file() + (location.line() > 0 ? ":" + location.line() : "") + ": " + message;
    }
}
