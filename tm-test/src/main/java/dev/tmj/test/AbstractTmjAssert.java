package dev.tmj.test;

import org.assertj.core.api.AbstractAssert;

/**
 * The base of tmj's assertions: AssertJ's {@link AbstractAssert} plus the one way they fail. Failing through
 * AssertJ's public {@link #assertionError} (rather than its non-exported {@code internal.Failures}) keeps the
 * {@code as(...)} description, {@code withFailMessage(...)} overrides and stack-trace trimming that AssertJ's own
 * assertions have, and keeps tm-test working where AssertJ's internals are not visible (the module path).
 *
 * @param <SELF> the concrete assertion class, returned by every assertion
 * @param <ACTUAL> the value under test
 */
abstract class AbstractTmjAssert<SELF extends AbstractTmjAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractAssert<SELF, ACTUAL> {

    AbstractTmjAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * The error to throw for a failed assertion, with a message laid out by {@link FailureMessages}: the
     * {@code as(...)} description goes in front, and the text is not run through {@code String.format}.
     */
    final AssertionError failure(Message message) {
        return assertionError(message);
    }
}
