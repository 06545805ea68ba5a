package dev.tmj.threat;

import dev.tmj.model.TmjException;

/** A threat library that cannot be loaded: unreadable, malformed JSON, a bad entry or condition. */
public class ThreatLibraryException extends TmjException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;

    public ThreatLibraryException(String source, int line, int column, String message) {
        super(source + (line > 0 ? ":" + line + ":" + column : "") + ": " + message);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** The file (or name) of the library. */
    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
