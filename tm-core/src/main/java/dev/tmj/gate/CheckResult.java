package dev.tmj.gate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every model of one {@code tmj check} run through one gate: what each CI output (SARIF, JUnit XML, Code
 * Quality, the Markdown summary, annotations) is written from, and the run's verdict.
 *
 * @param tickets the ticket of each finding by fingerprint, as {@code tmj sync} last kept them (docs/tickets.md);
 *                empty when there are none. They never change the verdict.
 */
public record CheckResult(Gate gate, List<ModelCheck> models, Map<String, TicketLink> tickets) {
    public CheckResult {
        Objects.requireNonNull(gate, "gate");
        models = List.copyOf(models);
        tickets = Map.copyOf(tickets);
    }

    /** A result without tickets. */
    public CheckResult(Gate gate, List<ModelCheck> models) {
        this(gate, models, Map.of());
    }

    /** This result naming these tickets. */
    public CheckResult withTickets(Map<String, TicketLink> known) {
        return new CheckResult(gate, models, known);
    }

    /** The ticket of the finding with this fingerprint, if {@code tmj sync} made one. */
    public Optional<TicketLink> ticket(String fingerprint) {
        return Optional.ofNullable(tickets.get(fingerprint));
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
