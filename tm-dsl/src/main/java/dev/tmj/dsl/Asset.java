package dev.tmj.dsl;


/** A generic asset (pytm's {@code Asset}). */
public final class Asset extends AssetSpec<Asset> {
    Asset(dev.tmj.model.Element element) {
        super(element);
    }
}
