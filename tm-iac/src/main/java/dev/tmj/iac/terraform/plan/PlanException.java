package dev.tmj.iac.terraform.plan;

import dev.tmj.model.SourceException;
import dev.tmj.model.SourcePosition;

/**
 * A plan JSON tmj cannot read, with the file, line, column and JSON path at fault and what was expected:
 * malformed JSON, a {@code format_version} whose major version tmj does not know, a file too large, or a resource
 * without its address.
 */
public final class PlanException extends SourceException {
    private static final long serialVersionUID = 1L;

    /** An error at a position of a plan file. */
    public PlanException(SourcePosition position, String reason) {
        super(position, reason);
    }
}
