package dev.tmj.dsl;

import dev.tmj.model.Element;

/** A system outside your control (pytm's {@code ExternalEntity}). */
public final class ExternalEntitySpec extends AbstractAssetSpec<ExternalEntitySpec> {
    ExternalEntitySpec(Element element) {
        super(element);
    }

    /** Sets whether the entity can touch the hardware. */
    public ExternalEntitySpec hasPhysicalAccess(boolean value) {
        return set("hasPhysicalAccess", value);
    }
}
