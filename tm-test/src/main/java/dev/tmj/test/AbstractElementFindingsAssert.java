package dev.tmj.test;

import dev.tmj.model.Element;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import java.util.List;
import java.util.Optional;

/** Assertions on the findings of one element (of the checked model). */
public abstract class AbstractElementFindingsAssert<SELF extends AbstractElementFindingsAssert<SELF>>
        extends AbstractTmjAssert<SELF, Element> {
    protected final Findings findings;

    protected AbstractElementFindingsAssert(Element actual, Findings findings, Class<?> selfType) {
        super(actual, selfType);
        this.findings = findings;
    }

    /** The element has a finding of this threat, whatever its status. */
    public SELF contains(String sid) {
        if (find(sid).isEmpty()) {
            throw failure(FailureMessages.shouldContain(actual, findings.of(actual), sid));
        }
        return myself;
    }

    /** The element has no finding of this threat. */
    public SELF doesNotContain(String sid) {
        Optional<Finding> found = find(sid);
        if (found.isPresent()) {
            throw failure(FailureMessages.shouldNotContain(actual, found.get()));
        }
        return myself;
    }

    /** Every finding of the element is handled. */
    public SELF hasNoOpenThreats() {
        List<Finding> open = findings.of(actual).stream().filter(f -> !f.status().isHandled()).toList();
        if (!open.isEmpty()) {
            throw failure(FailureMessages.shouldHaveNoOpenThreats(actual, open));
        }
        return myself;
    }

    private Optional<Finding> find(String sid) {
        return findings.of(actual).stream().filter(f -> f.threatId().equals(sid)).findFirst();
    }
}
