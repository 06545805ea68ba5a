package dev.tmj.model;

/**
 * A model that a reader cannot accept (a pytm script, a JSON or YAML model), or a command line the CLI cannot,
 * with the file, line, column and path at fault and what was expected. The CLI prints each of {@link #errors()}
 * on a line of its own, after what the model's script {@link #printed()} before it failed.
 */
public class SourceException extends PositionedException {
    private static final long serialVersionUID = 1L;

    private String printed = "";

    /** An error at a line and column of a file (0 when unknown). */
    public SourceException(String file, int line, int column, String reason) {
        this(SourcePosition.of(file, line, column), reason);
    }

    /** An error at a position, which may name the path of the value at fault. */
    public SourceException(SourcePosition position, String reason) {
        super(position, reason);
    }

    /**
     * What the model's script printed ({@code print(...)} in a pytm script) before the reader gave up, in order:
     * the same text {@link Model#printed()} holds for a script that reads; empty for other inputs.
     */
    public String printed() {
        return printed;
    }

    /** Attaches what the script printed before it failed; returns this error. */
    public SourceException withPrinted(String text) {
        this.printed = java.util.Objects.requireNonNull(text, "text");
        return this;
    }
}
