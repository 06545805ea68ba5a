package dev.tmj.sequence;

import dev.tmj.dfd.DiagramException;

/**
 * A sequence diagram of more messages than PlantUML is given to draw ({@link SequenceRenderer#messageLimit()}).
 * Its PlantUML text ({@link SequenceRenderer#plantUml()}) has no limit: {@code --out} writes that instead.
 */
public final class SequenceTooLargeException extends DiagramException {
    private static final long serialVersionUID = 1L;

    private final int messages;
    private final int limit;

    SequenceTooLargeException(int messages, int limit) {
        super("The sequence diagram was not drawn: it has " + messages + " messages, more than the " + limit
                + " that PlantUML lays out in reasonable time."
                + " Its PlantUML text (tmj --seq, or seq.plantuml of --out) can be rendered by hand.");
        this.messages = messages;
        this.limit = limit;
    }

    /** The messages (flows) of the diagram. */
    public int messages() {
        return messages;
    }

    /** The most messages the renderer draws. */
    public int limit() {
        return limit;
    }
}
