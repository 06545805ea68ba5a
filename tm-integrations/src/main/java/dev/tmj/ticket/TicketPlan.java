package dev.tmj.ticket;

import java.util.List;
import java.util.Map;

/**
 * What a sync will do: the steps in order (creates first, in model order, then closes and reopens), how many
 * findings at or above the threshold need nothing, and the tickets that exist, by fingerprint.
 *
 * @param steps the steps
 * @param unchanged findings whose ticket is already as it should be (nothing is sent for them)
 * @param existing the ticket of each fingerprint before the sync
 */
public record TicketPlan(List<TicketStep> steps, int unchanged, Map<String, TrackedTicket> existing) {
    public TicketPlan {
        steps = List.copyOf(steps);
        existing = Map.copyOf(existing);
    }

    /** The plan as text, one line per step and a count line: what {@code --dry-run} prints. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        steps.forEach(step -> out.append(step.describe()).append('\n'));
        return out.append(counts()).append('\n').toString();
    }

    /** How many steps of each kind: {@code 2 to create, 1 to comment and close, 0 to comment and reopen, 5 unchanged}. */
    public String counts() {
        StringBuilder out = new StringBuilder();
        long creates = steps.stream().filter(s -> s.action() == TicketStep.Action.CREATE).count();
        long closes = steps.stream().filter(s -> s.action() == TicketStep.Action.CLOSE).count();
        long reopens = steps.stream().filter(s -> s.action() == TicketStep.Action.REOPEN).count();
        out.append(creates).append(" to create, ").append(closes).append(" to comment and close, ").append(reopens)
                .append(" to comment and reopen, ").append(unchanged).append(" unchanged");
        return out.toString();
    }
}
