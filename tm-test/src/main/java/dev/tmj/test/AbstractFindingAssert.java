package dev.tmj.test;

import dev.tmj.resolve.Finding;
import dev.tmj.model.FindingStatus;

/** Assertions on one finding's status. */
public abstract class AbstractFindingAssert<SELF extends AbstractFindingAssert<SELF>>
        extends AbstractTmjAssert<SELF, Finding> {

    protected AbstractFindingAssert(Finding actual, Class<?> selfType) {
        super(actual, selfType);
    }

    public SELF hasStatus(FindingStatus expected) {
        isNotNull();
        if (actual.status() != expected) {
            throw failure(FailureMessages.shouldHaveStatus(actual, expected));
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
            throw failure(FailureMessages.shouldBeHandled(actual));
        }
        return myself;
    }
}
