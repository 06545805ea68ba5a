package dev.tmj.test;

import dev.tmj.model.Element;
import java.util.List;

/** A rule on some dataflows; see {@link AbstractDataflowsAssert}. */
public final class DataflowsAssert extends AbstractDataflowsAssert<DataflowsAssert> {
    public DataflowsAssert(List<Element> actual, String model, String selection, String subject) {
        super(actual, model, selection, subject, DataflowsAssert.class);
    }
}
