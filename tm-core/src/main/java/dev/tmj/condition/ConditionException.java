package dev.tmj.condition;

import dev.tmj.model.PositionedException;
import dev.tmj.model.SourcePosition;

/**
 * A condition that cannot be compiled: a syntax error, a construct outside the safe subset, or a name or
 * attribute that the threat's target types do not have. It carries the position in the condition's text (1-based
 * line and column) and what was expected. This is the only exception {@link Condition#compile} throws.
 */
public class ConditionException extends PositionedException {
    private static final long serialVersionUID = 1L;

    private final String sid;
    private final String condition;

    public ConditionException(String sid, String condition, int line, int column, String reason) {
        this(sid, condition, SourcePosition.inText(line, column), reason);
    }

    private ConditionException(String sid, String condition, SourcePosition position, String reason) {
        super(where(sid, condition, position), position, reason);
        this.sid = sid;
        this.condition = condition;
    }

    /** "Invalid condition of threat X at column 7": a condition is mostly one line, so its line is left out. */
    private static String where(String sid, String condition, SourcePosition position) {
        return (sid == null ? "Invalid condition" : "Invalid condition of threat " + sid) + " at "
                + (condition.contains("\n") ? position.toString() : position.columnOnly());
    }

    /** The same error, attributed to a threat. */
    public ConditionException forThreat(String threatSid) {
        return new ConditionException(threatSid, condition, position(), reason());
    }

    /** The SID of the threat whose condition this is, or null when compiled on its own. */
    public String sid() {
        return sid;
    }

    public String condition() {
        return condition;
    }
}
