package dev.tmj.dsl;


/** A system outside your control (pytm's {@code ExternalEntity}). */
public final class ExternalEntity extends AssetSpec<ExternalEntity> {
    ExternalEntity(dev.tmj.model.Element element) {
        super(element);
    }

    /** Sets whether the entity can touch the hardware. */
    public ExternalEntity hasPhysicalAccess(boolean value) {
        return set("hasPhysicalAccess", value);
    }
}
