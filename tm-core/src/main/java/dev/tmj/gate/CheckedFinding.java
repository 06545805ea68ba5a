package dev.tmj.gate;

import dev.tmj.resolve.Finding;
import java.util.Objects;

/**
 * A finding as the gate sees it: where it points (a repository-relative path with forward slashes and the line
 * that declares its element, never missing: the model file's line 1 when the element's line is unknown), what the
 * baseline says of it, and whether it fails the gate.
 */
public record CheckedFinding(Finding finding, String path, int line, Change change, boolean failsGate) {
    public CheckedFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(change, "change");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, not " + line);
        }
    }

    /** The finding's fingerprint (docs/fingerprints.md). */
    public String fingerprint() {
        return finding.fingerprint();
    }
}
