package dev.tmj.history;

import dev.tmj.gate.CheckedFinding;
import dev.tmj.resolve.Evidence;
import dev.tmj.resolve.Finding;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One finding as a run recorded it. Texts a finding does not have are null (owner, justification, expiry,
 * evidence, ticket), as in the database.
 *
 * @param fingerprint the finding's fingerprint (docs/fingerprints.md)
 * @param sid the threat's SID
 * @param element the element's name
 * @param severity the severity's label ({@code Very High} ... {@code Info})
 * @param status the status's label ({@code open}, {@code false positive} ...)
 * @param expires the acceptance's expiry as {@code yyyy-MM-dd}
 * @param evidence one line per test: {@code passed NAME} or {@code failed NAME: why}
 * @param ticket the tracker's key or number ({@code tmj sync})
 * @param file the repository-relative file that declares the element
 * @param line its line, 1 or more
 */
public record RecordedFinding(String fingerprint, String sid, String element, String severity, String status,
        String owner, String justification, String expires, String evidence, String ticket, String file, int line) {
    public RecordedFinding {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(file, "file");
        owner = emptyIsNull(owner);
        justification = emptyIsNull(justification);
        expires = emptyIsNull(expires);
        evidence = emptyIsNull(evidence);
        ticket = emptyIsNull(ticket);
    }

    /** A checked finding of this run, without a ticket. */
    public static RecordedFinding of(CheckedFinding checked) {
        Finding f = checked.finding();
        String evidence = f.evidence().stream().map(RecordedFinding::evidenceLine).collect(Collectors.joining("\n"));
        return new RecordedFinding(f.fingerprint(), f.threatId(), f.element().name(), f.severity().label(),
                f.status().label(), f.owner(), f.justification(), f.expires().map(LocalDate::toString).orElse(null),
                evidence, null, checked.path(), checked.line());
    }

    /** This finding with the ticket {@code tmj sync} made for it. */
    public RecordedFinding withTicket(String key) {
        return new RecordedFinding(fingerprint, sid, element, severity, status, owner, justification, expires,
                evidence, key, file, line);
    }

    /** Whether the finding is open (counted in the chart of open findings). */
    public boolean isOpen() {
        return "open".equals(status);
    }

    private static String evidenceLine(Evidence e) {
        return e.passed() ? "passed " + e.test() : "failed " + e.test() + (e.detail().isEmpty() ? "" : ": "
                + e.detail());
    }

    private static String emptyIsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
