package dev.tmj.report.html;

import dev.tmj.model.FindingStatus;
import dev.tmj.report.html.ReportValues.ThreatView;
import dev.tmj.resolve.Finding;
import dev.tmj.threat.Severity;
import dev.tmj.threat.Threat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's threats: one entry per threat that has findings, with its texts, so that a report states each
 * threat's description, details, mitigations, example and references once instead of in every finding (a model of
 * 50,000 flows has hundreds of thousands of findings of a hundred threats). Most severe threat first, then by SID
 * (INP2 before INP10), then in the order the findings first name them (two threats of one SID from two libraries).
 */
final class ThreatViews {
    private ThreatViews() {
    }

    /** Each threat of {@code findings} with its entry, by identity. */
    static Map<Threat, ThreatView> of(List<Finding> findings) {
        Map<Threat, int[]> counts = new IdentityHashMap<>();
        List<Threat> order = new ArrayList<>();
        for (Finding f : findings) {
            int[] count = counts.get(f.threat());
            if (count == null) {
                count = new int[2];
                counts.put(f.threat(), count);
                order.add(f.threat());
            }
            count[0]++;
            if (f.status() == FindingStatus.OPEN) {
                count[1]++;
            }
        }
        List<Threat> sorted = new ArrayList<>(order);
        sorted.sort(Comparator.comparingInt(Threat::severityLevel).reversed()
                .thenComparing(Threat::id, ReportView::compareNatural));
        Map<Threat, ThreatView> views = new IdentityHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            Threat t = sorted.get(i);
            int[] count = counts.get(t);
            views.put(t, view(t, i + 1, count[0], count[1]));
        }
        return views;
    }

    /** The entries in the report's order. */
    static List<ThreatView> inOrder(Map<Threat, ThreatView> threats) {
        ThreatView[] ordered = new ThreatView[threats.size()];
        threats.values().forEach(t -> ordered[t.number() - 1] = t);
        return List.of(ordered);
    }

    private static ThreatView view(Threat t, int number, int findings, int open) {
        Threat.Texts texts = t.texts();
        String severity = texts.severity();
        return new ThreatView(number, "threat-" + number, t.id(), texts.description(),
                severity.isBlank() ? ReportView.NONE : severity, Severity.of(severity).level(), texts.likelihood(),
                texts.stride(), texts.category().isBlank() ? ReportView.NONE : texts.category(), texts.category(),
                texts.framework(), texts.details(), texts.mitigations(), texts.example(),
                ReportView.links(texts.references()), texts.classifications(), findings, open);
    }
}
