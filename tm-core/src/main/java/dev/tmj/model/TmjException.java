package dev.tmj.model;

/**
 * The root of every error that tmj reports about user input: models, conditions, threat libraries. Errors that
 * know where in the input they are extend {@link PositionedException}.
 */
public class TmjException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TmjException(String message) {
        super(message);
    }

    public TmjException(String message, Throwable cause) {
        super(message, cause);
    }
}
