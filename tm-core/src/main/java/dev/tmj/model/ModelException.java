package dev.tmj.model;

/** The model breaks a rule: a dataflow to itself, a boundary cycle, duplicate flows with RESTRICT ... */
public class ModelException extends TmjException {
    private static final long serialVersionUID = 1L;

    public ModelException(String message) {
        super(message);
    }
}
