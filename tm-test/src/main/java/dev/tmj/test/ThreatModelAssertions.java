package dev.tmj.test;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.model.Model;
import dev.tmj.resolve.Findings;
import org.assertj.core.api.Assertions;

/**
 * The entry point: {@code import static dev.tmj.test.ThreatModelAssertions.assertThat;} gives AssertJ's
 * assertions plus these, so one static import serves a whole test.
 */
public class ThreatModelAssertions extends Assertions {
    protected ThreatModelAssertions() {
    }

    public static FindingsAssert assertThat(Findings actual) {
        return new FindingsAssert(actual);
    }

    public static ModelAssert assertThat(Model actual) {
        return new ModelAssert(actual);
    }

    public static ModelAssert assertThat(ThreatModel actual) {
        return new ModelAssert(actual == null ? null : actual.model());
    }
}
