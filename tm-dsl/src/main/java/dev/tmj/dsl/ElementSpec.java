package dev.tmj.dsl;

import dev.tmj.model.Element;

/** A plain element (pytm's {@code Element}). */
public final class ElementSpec extends AbstractElementSpec<ElementSpec> {
    ElementSpec(Element element) {
        super(element);
    }
}
