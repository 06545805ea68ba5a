package dev.tmj.iac.yaml;

import dev.tmj.model.SourceException;
import dev.tmj.model.SourcePosition;

/**
 * YAML tmj does not read, at the file, line and column at fault: invalid syntax (with what the parser expected),
 * an anchor or alias (no alias bombs), a tag the format refuses, a duplicate key, too deep or too long. A format's
 * reader rethrows it as its own kind of error with the same position and reason.
 */
public final class YamlException extends SourceException {
    private static final long serialVersionUID = 1L;

    /** An error at a position of a file. */
    public YamlException(SourcePosition position, String reason) {
        super(position, reason);
    }
}
