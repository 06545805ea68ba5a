package dev.tmj.dfd;

import java.time.Duration;

/**
 * Graphviz's {@code dot} did not lay a diagram out within {@link DiagramImages#dotTimeout()}; it was stopped, with
 * every process it started. The DOT text ({@code dfd.dot}) can still be rendered elsewhere, given more time.
 */
public final class DiagramTimeoutException extends DiagramTooLargeException {
    private static final long serialVersionUID = 1L;

    private final transient Duration timeout;

    DiagramTimeoutException(Duration timeout) {
        this(timeout, "Graphviz's dot did not lay the diagram out within " + DiagramImages.seconds(timeout)
                + " and was stopped");
    }

    DiagramTimeoutException(Duration timeout, String message) {
        super(message);
        this.timeout = timeout;
    }

    /** The time {@code dot} was given. */
    public Duration timeout() {
        return timeout;
    }
}
