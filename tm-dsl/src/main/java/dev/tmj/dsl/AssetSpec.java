package dev.tmj.dsl;

import dev.tmj.model.Element;

/** A generic asset (pytm's {@code Asset}). */
public final class AssetSpec extends AbstractAssetSpec<AssetSpec> {
    AssetSpec(Element element) {
        super(element);
    }
}
