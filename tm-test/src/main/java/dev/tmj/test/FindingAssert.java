package dev.tmj.test;

import dev.tmj.resolve.Finding;

/** Assertions on one finding; see {@link AbstractFindingAssert}. */
public final class FindingAssert extends AbstractFindingAssert<FindingAssert> {
    public FindingAssert(Finding actual) {
        super(actual, FindingAssert.class);
    }
}
