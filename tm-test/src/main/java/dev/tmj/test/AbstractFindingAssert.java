package dev.tmj.test;

import dev.tmj.resolve.Finding;
import dev.tmj.model.FindingStatus;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.internal.Failures;

/** Assertions on one finding's status. */
public abstract class AbstractFindingAssert<SELF extends AbstractFindingAssert<SELF>>
        extends AbstractAssert<SELF, Finding> {

    protected AbstractFindingAssert(Finding actual, Class<?> selfType) {
        super(actual, selfType);
    }

    public SELF hasStatus(FindingStatus expected) {
        isNotNull();
        if (actual.status() != expected) {
            throw Failures.instance().failure(info, FailureMessages.shouldHaveStatus(actual, expected));
        }
        return myself;
    }

    public SELF isMitigated() {
        return hasStatus(FindingStatus.MITIGATED);
    }

    public SELF isOpen() {
        return hasStatus(FindingStatus.OPEN);
    }

    /** Anything but open: mitigated, accepted (and not expired), transferred, avoided or a false positive. */
    public SELF isHandled() {
        isNotNull();
        if (!actual.status().isHandled()) {
            throw Failures.instance().failure(info, FailureMessages.shouldBeHandled(actual));
        }
        return myself;
    }
}
