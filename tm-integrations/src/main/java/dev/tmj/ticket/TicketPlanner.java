package dev.tmj.ticket;

import dev.tmj.gate.CheckResult;
import dev.tmj.gate.CheckedFinding;
import dev.tmj.gate.ModelCheck;
import dev.tmj.model.Element;
import dev.tmj.model.FindingStatus;
import dev.tmj.resolve.Evidence;
import dev.tmj.resolve.Finding;
import dev.tmj.threat.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * From a check's result and the tickets that exist, what a sync does, finding by finding:
 * <ul>
 *   <li>open, at or above the threshold, no ticket: create one;</li>
 *   <li>open, its ticket closed: comment and reopen (whatever its severity: the ticket exists);</li>
 *   <li>handled (mitigated, accepted, transferred, avoided, false positive), its ticket open: comment with the reason
 *       and evidence, then close;</li>
 *   <li>an open ticket whose finding is in no model: comment "no longer in the model" and close;</li>
 *   <li>anything else, an unchanged finding above all: nothing.</li>
 * </ul>
 * Pure: no request is sent here, so {@code --dry-run} and the real run plan alike.
 */
public final class TicketPlanner {
    private final Severity threshold;

    /** @param threshold the lowest severity of an open finding that gets a ticket */
    public TicketPlanner(Severity threshold) {
        this.threshold = threshold;
    }

    public TicketPlan plan(CheckResult result, List<TrackedTicket> tickets) {
        Map<String, TrackedTicket> existing = byFingerprint(tickets);
        List<TicketStep> creates = new ArrayList<>();
        List<TicketStep> others = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int unchanged = 0;
        for (ModelCheck model : result.models()) {
            Map<Element, List<String>> flows = null;
            for (CheckedFinding checked : model.checked()) {
                Finding f = checked.finding();
                String fp = f.fingerprint();
                if (!seen.add(fp)) {
                    continue;
                }
                TrackedTicket ticket = existing.get(fp);
                boolean open = f.status() == FindingStatus.OPEN;
                boolean wanted = open && f.severity().compareTo(threshold) >= 0;
                String name = f.threatId() + " on " + f.element().name();
                if (ticket == null) {
                    if (wanted) {
                        if (flows == null) {
                            flows = Neighbourhood.of(model.findings().checkedModel().dataflows());
                        }
                        TicketContent content = TicketContent.of(checked, flows.getOrDefault(f.element(), List.of()));
                        creates.add(new TicketStep(TicketStep.Action.CREATE, fp, name, Optional.of(content),
                                Optional.empty(), Optional.empty(), Optional.empty()));
                    }
                } else if (open && !ticket.open()) {
                    others.add(step(TicketStep.Action.REOPEN, fp, name, ticket, null, reopenNote(f)));
                } else if (!open && ticket.open()) {
                    CloseReason reason = CloseReason.of(f.status());
                    others.add(step(TicketStep.Action.CLOSE, fp, name, ticket, reason, closeNote(f)));
                } else {
                    unchanged++;
                }
            }
        }
        for (TrackedTicket ticket : existing.values()) {
            if (ticket.open() && !seen.contains(ticket.fingerprint())) {
                others.add(step(TicketStep.Action.CLOSE, ticket.fingerprint(), "a finding", ticket, CloseReason.GONE,
                        TicketNote.of("tmj: this finding is no longer in the model (its element or threat was "
                                + "removed or renamed, or the threat no longer applies). Closing.")));
            }
        }
        List<TicketStep> steps = new ArrayList<>(creates);
        steps.addAll(others);
        return new TicketPlan(steps, unchanged, existing);
    }

    /** One ticket per fingerprint: an open one before a closed one, else the first listed (the oldest). */
    private static Map<String, TrackedTicket> byFingerprint(List<TrackedTicket> tickets) {
        Map<String, TrackedTicket> map = new LinkedHashMap<>();
        for (TrackedTicket t : tickets) {
            TrackedTicket known = map.get(t.fingerprint());
            if (known == null || (!known.open() && t.open())) {
                map.put(t.fingerprint(), t);
            }
        }
        return map;
    }

    private static TicketStep step(TicketStep.Action action, String fp, String name, TrackedTicket ticket,
            CloseReason reason, TicketNote note) {
        return new TicketStep(action, fp, name, Optional.empty(), Optional.of(ticket),
                Optional.ofNullable(reason), Optional.of(note));
    }

    static TicketNote closeNote(Finding f) {
        List<String> paragraphs = new ArrayList<>();
        String reason = f.statusReason();
        paragraphs.add("tmj: this finding is now " + f.status().label() + (reason.isEmpty() ? "" : ": " + reason)
                + ". Closing.");
        if (!f.owner().isEmpty()) {
            paragraphs.add("Owner: " + f.owner());
        }
        if (!f.justification().isEmpty()) {
            paragraphs.add("Justification: " + f.justification());
        }
        f.expires().ifPresent(day -> paragraphs.add("Expires: " + day));
        for (Evidence e : f.evidence()) {
            paragraphs.add("Evidence: " + e.test() + (e.passed() ? " passed" : " failed")
                    + (e.detail().isEmpty() ? "" : " (" + e.detail() + ")"));
        }
        return new TicketNote(paragraphs);
    }

    static TicketNote reopenNote(Finding f) {
        String reason = f.statusReason();
        return TicketNote.of("tmj: this finding is open again" + (reason.isEmpty() ? "" : ": " + reason)
                + ". Reopening.");
    }
}
