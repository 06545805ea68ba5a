package dev.tmj.dsl;

import dev.tmj.model.Element;

/** A trust boundary; boundaries nest with {@code in(parent)} (pytm's {@code Boundary}). */
public final class BoundarySpec extends AbstractElementSpec<BoundarySpec> {
    BoundarySpec(Element element) {
        super(element);
    }
}
