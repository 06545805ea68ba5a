package dev.tmj.maven;

import dev.tmj.model.TmjException;

/** A {@code threatModelClasses} entry that names no class, or a class that yields no model: bad input. */
final class ThreatModelClassException extends TmjException {
    private static final long serialVersionUID = 1L;

    ThreatModelClassException(String message) {
        super(message);
    }

    ThreatModelClassException(String message, Throwable cause) {
        super(message, cause);
    }
}
