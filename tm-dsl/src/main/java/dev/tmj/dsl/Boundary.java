package dev.tmj.dsl;


/** A trust boundary; boundaries nest with {@code in(parent)} (pytm's {@code Boundary}). */
public final class Boundary extends ElementSpec<Boundary> {
    Boundary(dev.tmj.model.Element element) {
        super(element);
    }
}
