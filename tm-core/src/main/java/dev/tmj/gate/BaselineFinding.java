package dev.tmj.gate;

import dev.tmj.threat.Severity;
import java.util.Objects;

/**
 * A finding as an earlier run wrote it: enough to match it by fingerprint and, when this run no longer has
 * it, to name it as fixed.
 *
 * @param fingerprint the finding's fingerprint (docs/fingerprints.md)
 * @param sid the threat's SID
 * @param element the element's name (a flow's name for a flow)
 * @param severity the finding's severity then
 * @param status the finding's status label then, for example {@code open}
 * @param path the model file, as the earlier run wrote it, or "" when unknown
 * @param line the element's line in it, or 0 when unknown
 */
public record BaselineFinding(String fingerprint, String sid, String element, Severity severity, String status,
        String path, int line) {
    public BaselineFinding {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(path, "path");
    }
}
