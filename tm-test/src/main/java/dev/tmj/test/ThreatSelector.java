package dev.tmj.test;

import dev.tmj.dsl.AbstractElementSpec;
import dev.tmj.model.Element;
import dev.tmj.model.Suggestions;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import java.util.List;
import org.assertj.core.description.Description;

/** A threat SID waiting for its element: {@code threat("INP02").on(web)} gives the finding's assertions. */
public final class ThreatSelector {
    private final Findings findings;
    private final String sid;
    private final Description description;

    ThreatSelector(Findings findings, String sid, Description description) {
        this.findings = findings;
        this.sid = sid;
        this.description = description;
    }

    public FindingAssert on(AbstractElementSpec<?> element) {
        return on(element.element());
    }

    public FindingAssert on(Element element) {
        return finding(ElementLookup.twin(findings.checkedModel(), element));
    }

    public FindingAssert on(String elementName) {
        return finding(ElementLookup.named(findings.checkedModel(), elementName));
    }

    private FindingAssert finding(Element element) {
        List<Finding> all = findings.of(element);
        return all.stream().filter(f -> f.threatId().equals(sid)).findFirst().map(f -> new FindingAssert(f).as(description))
                .orElseThrow(() -> new AssertionError(FailureMessages.shouldHaveFinding(element, all, sid,
                        Suggestions.closest(sid, all.stream().map(Finding::threatId).toList())).text()));
    }
}
