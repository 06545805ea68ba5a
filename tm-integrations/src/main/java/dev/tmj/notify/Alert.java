package dev.tmj.notify;

import dev.tmj.gate.CheckResult;
import dev.tmj.gate.CheckedFinding;
import dev.tmj.gate.ModelCheck;
import dev.tmj.model.FindingStatus;
import dev.tmj.resolve.Finding;
import dev.tmj.threat.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One finding to announce: what a reader needs to decide whether to act, and where to look.
 *
 * @param fingerprint the finding's fingerprint: what the notification log remembers
 * @param severity its severity
 * @param threatId the threat's SID ({@code INP02})
 * @param threat the threat's description ({@code Overflow Buffers})
 * @param element the element's name
 * @param elementKind the element's kind ({@code Server})
 * @param path the file that declares the element, repository-relative
 * @param line the element's line in it
 */
public record Alert(String fingerprint, Severity severity, String threatId, String threat, String element,
        String elementKind, String path, int line) {
    /** Most severe first, then by place, so that the same findings always give the same message. */
    static final Comparator<Alert> ORDER = Comparator.comparing(Alert::severity).reversed()
            .thenComparing(Alert::path).thenComparingInt(Alert::line).thenComparing(Alert::threatId)
            .thenComparing(Alert::element).thenComparing(Alert::fingerprint);

    public Alert {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(severity, "severity");
        threatId = Objects.requireNonNullElse(threatId, "");
        threat = Objects.requireNonNullElse(threat, "");
        element = Objects.requireNonNullElse(element, "");
        elementKind = Objects.requireNonNullElse(elementKind, "");
        Objects.requireNonNull(path, "path");
    }

    /** The alert for a checked finding. */
    public static Alert of(CheckedFinding checked) {
        Finding f = checked.finding();
        return new Alert(f.fingerprint(), f.severity(), f.threatId(), f.description(), f.element().name(),
                f.element().type().pytmName(), checked.path(), checked.line());
    }

    /**
     * The open findings of a check at or above a severity, each fingerprint once, most severe first. A finding
     * mitigated, accepted, transferred, avoided or marked a false positive is not news.
     */
    public static List<Alert> of(CheckResult result, Severity threshold) {
        Map<String, Alert> alerts = new LinkedHashMap<>();
        for (ModelCheck model : result.models()) {
            for (CheckedFinding checked : model.checked()) {
                Finding f = checked.finding();
                if (f.status() == FindingStatus.OPEN && f.severity().compareTo(threshold) >= 0) {
                    alerts.putIfAbsent(f.fingerprint(), of(checked));
                }
            }
        }
        List<Alert> sorted = new ArrayList<>(alerts.values());
        sorted.sort(ORDER);
        return List.copyOf(sorted);
    }

    /** {@code models/tm.py:12}. */
    public String location() {
        return path + ":" + line;
    }
}
