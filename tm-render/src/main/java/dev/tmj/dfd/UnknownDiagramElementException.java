package dev.tmj.dfd;

/** {@link DfdOptions#onlyBoundary(String)} or {@link DfdOptions#neighbourhoodOf(String, int)} names nothing. */
public class UnknownDiagramElementException extends DiagramException {
    private static final long serialVersionUID = 1L;

    public UnknownDiagramElementException(String message) {
        super(message);
    }
}
