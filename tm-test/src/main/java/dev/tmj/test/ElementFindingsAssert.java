package dev.tmj.test;

import dev.tmj.model.Element;
import dev.tmj.resolve.Findings;

/** Assertions on the findings of one element; see {@link AbstractElementFindingsAssert}. */
public final class ElementFindingsAssert extends AbstractElementFindingsAssert<ElementFindingsAssert> {
    public ElementFindingsAssert(Element actual, Findings findings) {
        super(actual, findings, ElementFindingsAssert.class);
    }
}
