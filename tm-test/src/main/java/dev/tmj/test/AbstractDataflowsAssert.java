package dev.tmj.test;

import dev.tmj.model.Element;
import dev.tmj.model.TLSVersion;
import dev.tmj.test.FailureMessages.Rule;
import java.util.List;
import java.util.function.Predicate;

/**
 * A rule on some dataflows of a checked model, named the way it reads:
 * {@code every dataflow crossing a boundary should be encrypted}.
 */
public abstract class AbstractDataflowsAssert<SELF extends AbstractDataflowsAssert<SELF>>
        extends AbstractTmjAssert<SELF, List<Element>> {
    private final String model;
    private final String selection;
    private final String subject;
    private boolean allowingNone;

    protected AbstractDataflowsAssert(List<Element> actual, String model, String selection, String subject,
            Class<?> selfType) {
        super(actual, selfType);
        this.model = model;
        this.selection = selection;
        this.subject = subject;
    }

    /** Lets the rule pass when the selection is empty (by default that fails: it would prove nothing). */
    public SELF allowingNone() {
        allowingNone = true;
        return myself;
    }

    /** Each flow's {@code controls.isEncrypted} is true (set on the flow or taken from its sink). */
    public SELF isEncrypted() {
        return check("should be encrypted", "HIGH", f -> f.controls().is("isEncrypted"));
    }

    /** Each flow's {@code tlsVersion} is at least {@code minimum}. */
    public SELF usesTLSAtLeast(TLSVersion minimum) {
        return check("should use " + minimum + " or newer", "HIGH",
                f -> ((TLSVersion) f.get("tlsVersion")).compareTo(minimum) >= 0);
    }

    private SELF check(String condition, String priority, Predicate<Element> holds) {
        isNotNull();
        Rule rule = new Rule(selection + " " + condition, priority, subject, "dataflows");
        if (actual.isEmpty() && !allowingNone) {
            throw failure(FailureMessages.ruleCheckedNothing(rule, model));
        }
        List<Element> violations = actual.stream().filter(holds.negate()).toList();
        if (!violations.isEmpty()) {
            throw failure(FailureMessages.ruleViolated(rule, violations));
        }
        return myself;
    }
}
