package dev.tmj.dsl;


/** A process (pytm's {@code Process}). */
public final class Process extends ProcessSpec<Process> {
    Process(dev.tmj.model.Element element) {
        super(element);
    }
}
