package dev.tmj.test;

import dev.tmj.model.Model;

/** Architecture rules on a model; see {@link AbstractModelAssert}. */
public final class ModelAssert extends AbstractModelAssert<ModelAssert> {
    public ModelAssert(Model actual) {
        super(actual, ModelAssert.class);
    }
}
