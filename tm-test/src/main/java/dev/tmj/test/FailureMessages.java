package dev.tmj.test;

import static dev.tmj.test.Describe.finding;
import static dev.tmj.test.Describe.lines;
import static dev.tmj.test.Describe.quote;

import dev.tmj.model.Element;
import dev.tmj.resolve.Finding;
import dev.tmj.model.FindingStatus;
import dev.tmj.threat.Severity;
import java.util.List;
import java.util.Optional;

/**
 * One factory per kind of failure, in AssertJ's layout ({@code Expecting ... but ...}) or, for model rules,
 * ArchUnit's (a header naming the rule, its priority and the count, then one line per violation).
 * {@code FailureMessagesTest} pins the exact text of each.
 */
final class FailureMessages {
    private FailureMessages() {
    }

    static Message shouldHaveNoOpenThreatsAtOrAbove(String model, Severity level, List<Finding> open) {
        return new Message("Expecting findings of " + quote(model) + " to have no open threat at or above "
                + level.label() + ", but found " + open.size() + ":\n" + lines(open.stream().map(Describe::finding)
                .toList()));
    }

    static Message shouldHaveNoOpenThreats(Element element, List<Finding> open) {
        return new Message("Expecting " + Describe.element(element) + " to have no open threat, but found "
                + open.size() + ":\n" + lines(open.stream().map(Describe::finding).toList()));
    }

    static Message shouldContain(Element element, List<Finding> actual, String sid) {
        return new Message("Expecting findings of " + Describe.element(element) + ":\n  " + Describe.sids(actual)
                + "\nto contain:\n  " + quote(sid) + "\nbut could not find it");
    }

    static Message shouldNotContain(Element element, Finding found) {
        return new Message("Expecting findings of " + Describe.element(element) + " not to contain "
                + quote(found.threatId()) + ", but found:\n  " + finding(found));
    }

    static Message shouldHaveFinding(Element element, List<Finding> actual, String sid, Optional<String> closest) {
        return new Message("Expecting a finding of " + quote(sid) + " on " + Describe.element(element)
                + ", but its findings are:\n  " + Describe.sids(actual)
                + closest.map(c -> "\nDid you mean " + quote(c) + "?").orElse(""));
    }

    static Message shouldHaveStatus(Finding actual, FindingStatus expected) {
        String reason = actual.statusReason().isEmpty() ? "" : " (" + actual.statusReason() + ")";
        return new Message("Expecting finding:\n  " + finding(actual) + "\nto be " + expected.label()
                + " but was " + actual.status().label() + reason);
    }

    static Message shouldBeHandled(Finding actual) {
        String reason = actual.statusReason().isEmpty() ? "" : " (" + actual.statusReason() + ")";
        return new Message("Expecting finding:\n  " + finding(actual)
                + "\nto be handled (mitigated, accepted, transferred, avoided or a false positive) but was open"
                + reason);
    }

    static Message unknownElement(String model, String name, Optional<String> closest) {
        return new Message("Expecting model " + quote(model) + " to have an element named " + quote(name)
                + ", but it has none" + closest.map(c -> "; did you mean " + quote(c) + "?").orElse(""));
    }

    static Message ruleViolated(Rule rule, List<Element> violations) {
        return new Message("Threat model violation [Priority: " + rule.priority() + "] - Rule '" + rule.text()
                + "' was violated (" + violations.size() + (violations.size() == 1 ? " time" : " times")
                + "):\n" + lines(violations.stream().map(Describe::violation).toList()));
    }

    static Message ruleCheckedNothing(Rule rule, String model) {
        return new Message("Rule '" + rule.text() + "' failed to check any " + rule.subjects() + ": model "
                + quote(model) + " has no " + rule.subject() + ".\nA rule that matches nothing proves nothing; "
                + "if that is expected, call allowingNone() before the rule's condition.");
    }

    static Message staleClaimElement(Mitigates claim, String test, String model, Optional<String> closest) {
        return new Message(annotation(claim) + " on " + test + " names no finding: model " + quote(model)
                + " has no element named " + quote(claim.element())
                + closest.map(c -> "; did you mean " + quote(c) + "?").orElse(""));
    }

    static Message staleClaimThreat(Mitigates claim, String test, Element element, List<Finding> actual,
            Optional<String> closest) {
        return new Message(annotation(claim) + " on " + test + " names no finding: the findings of "
                + Describe.element(element) + " are:\n  " + Describe.sids(actual)
                + closest.map(c -> "\nDid you mean " + quote(c) + "?").orElse(""));
    }

    private static String annotation(Mitigates claim) {
        return "@Mitigates(threat = " + quote(claim.threat()) + ", element = " + quote(claim.element()) + ")";
    }

    /** A model rule as failure messages name it. */
    record Rule(String text, String priority, String subject, String subjects) {
    }
}
