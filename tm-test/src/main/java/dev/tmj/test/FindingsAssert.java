package dev.tmj.test;

import dev.tmj.resolve.Findings;

/** Assertions on findings; see {@link AbstractFindingsAssert}. */
public final class FindingsAssert extends AbstractFindingsAssert<FindingsAssert> {
    public FindingsAssert(Findings actual) {
        super(actual, FindingsAssert.class);
    }
}
