package dev.tmj.dsl;

import dev.tmj.model.Element;

/** A process (pytm's {@code Process}). */
public final class ProcessSpec extends AbstractProcessSpec<ProcessSpec> {
    ProcessSpec(Element element) {
        super(element);
    }
}
