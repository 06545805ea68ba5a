package dev.tmj.test;

import org.assertj.core.api.AbstractAssert;

/**
 * Breaks the rules on purpose (see EveryRuleCanFailTest): an assertion that fails through AssertJ's internals
 * instead of tmj's one failure helper.
 */
class BrokenAssertions extends AbstractAssert<BrokenAssertions, Object> {
    BrokenAssertions(Object actual) {
        super(actual, BrokenAssertions.class);
    }

    void fail() {
        throw org.assertj.core.internal.Failures.instance().failure("broken");
    }
}
