package dev.tmj.iac.kubernetes;

import dev.tmj.model.SourceException;
import dev.tmj.model.SourcePosition;

/**
 * A Kubernetes manifest tmj cannot read, with the file, line and column at fault and what was expected:
 * {@code app.yaml:4:3: expected a mapping key, found "-"}, an anchor or alias (refused: no alias bombs), an unknown
 * tag, a file too large or nested too deeply, or an object without {@code kind} or {@code metadata.name}.
 */
public final class KubernetesException extends SourceException {
    private static final long serialVersionUID = 1L;

    /** An error at a position of a file. */
    public KubernetesException(SourcePosition position, String reason) {
        super(position, reason);
    }
}
