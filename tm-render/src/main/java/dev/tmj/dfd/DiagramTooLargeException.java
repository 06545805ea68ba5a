package dev.tmj.dfd;

/**
 * A diagram too large to lay out in the time Graphviz's {@code dot} gets: more nodes than
 * {@link DiagramImages#dotLimit()}, or {@code dot} stopped at its timeout ({@link DiagramTimeoutException}). Its
 * {@linkplain DfdDiagram#parts parts} may still draw.
 */
public class DiagramTooLargeException extends DiagramException {
    private static final long serialVersionUID = 1L;

    DiagramTooLargeException(String message) {
        super(message);
    }
}
