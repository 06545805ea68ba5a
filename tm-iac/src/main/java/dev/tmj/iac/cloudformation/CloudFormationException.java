package dev.tmj.iac.cloudformation;

import dev.tmj.model.SourceException;
import dev.tmj.model.SourcePosition;

/**
 * A CloudFormation template tmj cannot read, with the file, line and column at fault and what was expected:
 * invalid YAML or JSON, an anchor or alias (no alias bombs), an unknown short-form tag (the known ones listed), a
 * file too large, a template without {@code Resources}, a resource without {@code Type}, or an intrinsic function
 * of the wrong shape ({@code !GetAtt} without an attribute).
 */
public final class CloudFormationException extends SourceException {
    private static final long serialVersionUID = 1L;

    /** An error at a position of a file. */
    public CloudFormationException(SourcePosition position, String reason) {
        super(position, reason);
    }
}
