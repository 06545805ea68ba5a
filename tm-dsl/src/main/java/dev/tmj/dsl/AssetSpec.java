package dev.tmj.dsl;


/** Attributes of every asset (pytm's {@code Asset} and its subclasses). */
public abstract class AssetSpec<S extends AssetSpec<S>> extends EndpointSpec<S> {
    AssetSpec(dev.tmj.model.Element element) {
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
