package dev.tmj.dsl;

import dev.tmj.model.Element;

/** A serverless function (pytm's {@code Lambda}). */
public final class LambdaSpec extends AbstractAssetSpec<LambdaSpec> {
    LambdaSpec(Element element) {
        super(element);
    }

    /** Sets the environment the function runs in. */
    public LambdaSpec environment(String value) {
        return set("environment", value);
    }

    /** Sets whether the function serves an API. */
    public LambdaSpec implementsAPI(boolean value) {
        return set("implementsAPI", value);
    }
}
