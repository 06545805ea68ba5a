package dev.tmj.iac.hcl;

import dev.tmj.model.SourceException;
import dev.tmj.model.SourcePosition;

/**
 * HCL that tmj cannot read, or a Terraform expression it refuses to evaluate (a budget exceeded), with the file,
 * line and column at fault and what was expected: {@code main.tf:3:9: expected "=" or a block label, found "+"}.
 * A reader that goes on after an error attaches the others with {@link #collect}.
 */
public final class HclException extends SourceException {
    private static final long serialVersionUID = 1L;

    /** An error at a position of a file. */
    public HclException(SourcePosition position, String reason) {
        super(position, reason);
    }
}
