package dev.tmj.dsl;


/** A plain element (pytm's {@code Element}). */
public final class Element extends ElementSpec<Element> {
    Element(dev.tmj.model.Element element) {
        super(element);
    }
}
