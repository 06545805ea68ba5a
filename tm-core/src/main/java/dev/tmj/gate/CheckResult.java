package dev.tmj.gate;

import java.util.List;
import java.util.Objects;

/**
 * Every model of one {@code tmj check} run through one gate: what each CI output (SARIF, JUnit XML, Code
 * Quality, the Markdown summary, annotations) is written from, and the run's verdict.
 */
public record CheckResult(Gate gate, List<ModelCheck> models) {
    public CheckResult {
        Objects.requireNonNull(gate, "gate");
        models = List.copyOf(models);
    }

    /** Whether the gate holds for every model: the build passes. */
    public boolean passed() {
        return models.stream().allMatch(ModelCheck::passed);
    }

    /** The findings that fail the gate, model by model. */
    public List<CheckedFinding> failing() {
        return models.stream().flatMap(m -> m.failing().stream()).toList();
    }
}
