package dev.tmj.format.threagile;

import dev.tmj.format.tree.LocatedInput;
import dev.tmj.format.tree.LocatedNode;
import dev.tmj.model.Element;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.FindingStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Threagile's {@code risk_tracking} as finding decisions. A risk id is {@code rule@part@part...}; it is mapped when the
 * rule has a tmj threat ({@link ThreagileTypes#RISK_RULES}) and exactly one part names a technical asset of a class
 * that threat applies to: that element gets an override with the status, the justification (with the ticket and the
 * date appended, as tmj's overrides have no field for them) and {@code checked_by} as its owner. Wildcards ({@code *}
 * in the element's place) are not mapped, since an override forces its finding on every element it is put on; they,
 * other rules and {@code unchecked} entries are noted.
 */
final class ThreagileRisks {
    private final LocatedInput nodes;
    private final Map<String, Element> assets;

    ThreagileRisks(LocatedInput nodes, Map<String, Element> assets) {
        this.nodes = nodes;
        this.assets = assets;
    }

    void track(LocatedNode tracking) {
        if (tracking == null || tracking.is(LocatedNode.Kind.NULL)) {
            return;
        }
        nodes.object(tracking, "a mapping of risk ids to their tracking");
        for (LocatedNode.Field field : tracking.fields()) {
            LocatedNode entry = nodes.object(field.value(), "the tracking of risk \"" + field.key() + "\"");
            String status = nodes.required(entry, "status", "status (unchecked, in-discussion, accepted, "
                    + "in-progress, mitigated, false-positive)");
            FindingStatus decided = ThreagileTypes.status(status).orElse(null);
            if (decided == null) {
                if (!status.equals("unchecked")) {
                    throw nodes.error(entry.get("status"), "unknown risk tracking status \"" + status + "\"; "
                            + "expected unchecked, in-discussion, accepted, in-progress, mitigated or false-positive");
                }
                nodes.note(entry, "risk \"" + field.key() + "\" is unchecked: no decision to map");
                continue;
            }
            String[] parts = field.key().split("@");
            ThreagileTypes.RiskRule rule = ThreagileTypes.RISK_RULES.stream()
                    .filter(r -> r.threagileId().equals(parts[0])).findFirst().orElse(null);
            if (rule == null) {
                nodes.note(entry, "Threagile rule \"" + parts[0] + "\" has no tmj threat: the decision on risk \""
                        + field.key() + "\" is not mapped (docs/interchange.md)");
                continue;
            }
            List<Element> named = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                Element element = assets.get(parts[i]);
                if (element != null && rule.targets().stream().anyMatch(t -> element.type().isA(t))) {
                    named.add(element);
                }
            }
            if (named.size() != 1) {
                nodes.note(entry, "risk \"" + field.key() + "\" names " + (named.isEmpty() ? "no" : "more than one")
                        + " technical asset that tmj's " + rule.sid() + " applies to: not mapped");
                continue;
            }
            decide(named.get(0), rule.sid(), decided, entry);
        }
    }

    private void decide(Element element, String sid, FindingStatus status, LocatedNode entry) {
        FindingOverride override = FindingOverride.of(sid).status(status);
        String justification = nodes.optional(entry, "justification", "justification");
        String ticket = nodes.optional(entry, "ticket", "ticket");
        String date = dateText(entry.get("date"));
        StringBuilder why = new StringBuilder(justification == null ? "" : justification.strip());
        if (ticket != null && !ticket.isEmpty()) {
            why.append(why.length() == 0 ? "" : " ").append("(ticket ").append(ticket).append(')');
        }
        if (date != null) {
            why.append(why.length() == 0 ? "" : " ").append("(checked ").append(date).append(')');
        }
        if (why.length() > 0) {
            override.justification(why.toString());
        }
        String checkedBy = nodes.optional(entry, "checked_by", "checked_by");
        if (checkedBy != null && !checkedBy.isEmpty()) {
            override.owner(checkedBy);
        }
        List<FindingOverride> overrides = new ArrayList<>(element.overrides());
        if (overrides.stream().anyMatch(o -> o.threatId().equals(sid))) {
            nodes.note(entry, "a second decision on " + sid + " for \"" + element.name() + "\": the first holds");
            return;
        }
        overrides.add(override);
        element.set("overrides", overrides);
    }

    private String dateText(LocatedNode date) {
        if (date == null || date.is(LocatedNode.Kind.NULL)) {
            return null;
        }
        return String.valueOf(date.scalar());
    }
}
