package dev.tmj.dsl;

import dev.tmj.model.Element;

/** Attributes of every asset (pytm's {@code Asset} and its subclasses). */
public abstract class AbstractAssetSpec<S extends AbstractAssetSpec<S>> extends AbstractEndpointSpec<S> {
    AbstractAssetSpec(Element element) {
        super(element);
    }

    /** Sets whether the asset runs on AWS. */
    public S onAWS(boolean value) {
        return set("onAWS", value);
    }

    /** Sets whether the asset manages resources such as memory or files. */
    public S handlesResources(boolean value) {
        return set("handlesResources", value);
    }

    /** Sets whether the asset reads environment variables. */
    public S usesEnvironmentVariables(boolean value) {
        return set("usesEnvironmentVariables", value);
    }

    /** Sets the operating system. */
    public S os(String value) {
        return set("OS", value);
    }
}
