package dev.tmj.test;

import dev.tmj.dsl.AbstractElementSpec;
import dev.tmj.model.Element;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.Severity;
import java.util.List;

/**
 * Assertions on the findings of a model: {@code assertThat(findings).hasNoOpenThreatsAtOrAbove(HIGH)},
 * {@code assertThat(findings).on(web).contains("INP02")}, {@code assertThat(findings).threat("INP02").on(web)}.
 */
public abstract class AbstractFindingsAssert<SELF extends AbstractFindingsAssert<SELF>>
        extends AbstractTmjAssert<SELF, Findings> {

    protected AbstractFindingsAssert(Findings actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** No finding of this severity or higher is open (declared handled, proved by a test, or not found). */
    public SELF hasNoOpenThreatsAtOrAbove(Severity level) {
        isNotNull();
        List<Finding> open = actual.findings().stream()
                .filter(f -> !f.status().isHandled() && f.severity().compareTo(level) >= 0).toList();
        if (!open.isEmpty()) {
            throw failure(FailureMessages.shouldHaveNoOpenThreatsAtOrAbove(
                    actual.checkedModel().model().name(), level, open));
        }
        return myself;
    }

    /** The findings of one element, given by its DSL handle. */
    public ElementFindingsAssert on(AbstractElementSpec<?> element) {
        return on(element.element());
    }

    /** The findings of one element of the model (the user's or the checked one). */
    public ElementFindingsAssert on(Element element) {
        isNotNull();
        return new ElementFindingsAssert(ElementLookup.twin(actual.checkedModel(), element), actual)
                .as(info.description());
    }

    /** The findings of the element with this name; an unknown name fails with the closest known name. */
    public ElementFindingsAssert on(String name) {
        isNotNull();
        return new ElementFindingsAssert(ElementLookup.named(actual.checkedModel(), name), actual)
                .as(info.description());
    }

    /** One threat, to be placed on an element: {@code threat("INP02").on(web).isMitigated()}. */
    public ThreatSelector threat(String sid) {
        isNotNull();
        return new ThreatSelector(actual, sid, info.description());
    }
}
