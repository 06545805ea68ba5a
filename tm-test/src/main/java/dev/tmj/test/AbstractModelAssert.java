package dev.tmj.test;

import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.resolve.CheckedModel;
import dev.tmj.test.FailureMessages.Rule;
import java.util.List;

/**
 * Architecture rules on a model, checked on the checked model (so flow defaults taken from the sink count):
 * {@code assertThat(tm).everyDataflowCrossingABoundary().isEncrypted()}.
 * A rule that matches nothing fails unless {@link #allowingNone()} was called first.
 */
public abstract class AbstractModelAssert<SELF extends AbstractModelAssert<SELF>>
        extends AbstractTmjAssert<SELF, Model> {
    static final Rule INSIDE_A_BOUNDARY = new Rule("every element should be inside a boundary", "MEDIUM",
            "element other than boundaries and dataflows", "elements");

    private CheckedModel checked;
    private boolean allowingNone;

    protected AbstractModelAssert(Model actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** Lets the next rules pass on a model they match nothing in. */
    public SELF allowingNone() {
        allowingNone = true;
        return myself;
    }

    /** The dataflows whose source and sink are in different boundaries (the innermost one of each). */
    public DataflowsAssert everyDataflowCrossingABoundary() {
        List<Element> crossing = checked().dataflows().stream()
                .filter(f -> f.source().inBoundary().orElse(null) != f.sink().inBoundary().orElse(null)).toList();
        DataflowsAssert flows = new DataflowsAssert(crossing, actual.name(), "every dataflow crossing a boundary",
                "dataflow crossing a boundary");
        return allowingNone ? flows.allowingNone() : flows;
    }

    /** Every element but boundaries and dataflows sits inside some boundary. */
    public SELF hasNoElementOutsideABoundary() {
        List<Element> subjects = checked().elements().stream().filter(e -> !e.isBoundary() && !e.isDataflow())
                .toList();
        if (subjects.isEmpty() && !allowingNone) {
            throw failure(FailureMessages.ruleCheckedNothing(INSIDE_A_BOUNDARY,
                    actual.name()));
        }
        List<Element> outside = subjects.stream().filter(e -> e.inBoundary().isEmpty()).toList();
        if (!outside.isEmpty()) {
            throw failure(FailureMessages.ruleViolated(INSIDE_A_BOUNDARY, outside));
        }
        return myself;
    }

    private CheckedModel checked() {
        isNotNull();
        if (checked == null) {
            checked = CheckedModel.of(actual);
        }
        return checked;
    }
}
