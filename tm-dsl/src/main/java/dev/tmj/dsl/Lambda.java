package dev.tmj.dsl;


/** A serverless function (pytm's {@code Lambda}). */
public final class Lambda extends AssetSpec<Lambda> {
    Lambda(dev.tmj.model.Element element) {
        super(element);
    }

    /** Sets the environment the function runs in. */
    public Lambda environment(String value) {
        return set("environment", value);
    }

    /** Sets whether the function serves an API. */
    public Lambda implementsAPI(boolean value) {
        return set("implementsAPI", value);
    }
}
