package dev.tmj.condition;

import dev.tmj.model.TmjException;

/**
 * A condition failed while it ran, the way a Python exception would (an attribute of None, a comparison
 * between unrelated types ...). pytm treats such a threat as not matching; tmj does too, and reports it.
 */
public class EvaluationException extends TmjException {
    private static final long serialVersionUID = 1L;

    public EvaluationException(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // Raised on the hot path of resolution, reported as a warning: the stack trace is never needed.
        return this;
    }
}
