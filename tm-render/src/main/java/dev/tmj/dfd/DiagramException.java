package dev.tmj.dfd;

import dev.tmj.model.TmjException;

/** A diagram cannot be drawn or rendered: an unknown name in the options, Graphviz missing or failing. */
public class DiagramException extends TmjException {
    private static final long serialVersionUID = 1L;

    public DiagramException(String message) {
        super(message);
    }

    public DiagramException(String message, Throwable cause) {
        super(message, cause);
    }
}
