package dev.tmj.model;

/**
 * Input that a reader cannot accept (a pytm script, a JSON or YAML model, an IaC file), with the file, line
 * and column at fault and what was expected. The CLI prints {@link #getMessage()} as its one-line error.
 */
public class SourceException extends TmjException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    public SourceException(String file, int line, int column, String reason) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** What was wrong or expected, without the position. */
    public String reason() {
        return reason;
    }
}
