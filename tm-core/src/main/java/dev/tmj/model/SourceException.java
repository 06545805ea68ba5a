package dev.tmj.model;

/**
 * A model that a reader cannot accept (a pytm script, a JSON or YAML model), or a command line the CLI cannot,
 * with the file, line, column and path at fault and what was expected. The CLI prints {@link #getMessage()} as
 * its one-line error.
 */
public class SourceException extends PositionedException {
    private static final long serialVersionUID = 1L;

    /** An error at a line and column of a file (0 when unknown). */
    public SourceException(String file, int line, int column, String reason) {
        this(SourcePosition.of(file, line, column), reason);
    }

    /** An error at a position, which may name the path of the value at fault. */
    public SourceException(SourcePosition position, String reason) {
        super(position, reason);
    }
}
