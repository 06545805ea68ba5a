package dev.tmj.threat;

import dev.tmj.model.PositionedException;
import dev.tmj.model.SourcePosition;

/**
 * A threat library that cannot be loaded: unreadable, malformed JSON, a bad entry or condition. The file is the
 * library's file or name; line and column are 0 where the fault is the whole library.
 */
public class ThreatLibraryException extends PositionedException {
    private static final long serialVersionUID = 1L;

    public ThreatLibraryException(String source, int line, int column, String message) {
        super(SourcePosition.of(source, line, column), message);
    }
}
