package dev.tmj.history;

/**
 * The history store could not be opened, migrated, written or read: one line naming the database (never its
 * password) and the database's own reason. Not the input's fault: {@code tmj} exits 3.
 */
public final class HistoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HistoryException(String message, Throwable cause) {
        super(message, cause);
    }

    HistoryException(String message) {
        super(message);
    }
}
