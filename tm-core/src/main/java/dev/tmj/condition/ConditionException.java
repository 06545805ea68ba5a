package dev.tmj.condition;

import dev.tmj.model.TmjException;

/**
 * A condition that cannot be compiled: a syntax error, a construct outside the safe subset, or a name or
 * attribute that the threat's target types do not have. It carries the position and what was expected.
 * This is the only exception {@link Condition#compile} throws.
 */
public class ConditionException extends TmjException {
    private static final long serialVersionUID = 1L;

    private final String sid;
    private final String condition;
    private final int line;
    private final int column;
    private final String reason;

    public ConditionException(String sid, String condition, int line, int column, String reason) {
        super(format(sid, condition, line, column, reason));
        this.sid = sid;
        this.condition = condition;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    private static String format(String sid, String condition, int line, int column, String reason) {
        String where = condition.contains("\n") ? "line " + line + ", column " + column : "column " + column;
        return (sid == null ? "Invalid condition" : "Invalid condition of threat " + sid) + " at " + where + ": "
                + reason;
    }

    /** The same error, attributed to a threat. */
    public ConditionException forThreat(String threatSid) {
        return new ConditionException(threatSid, condition, line, column, reason);
    }

    /** The SID of the threat whose condition this is, or null when compiled on its own. */
    public String sid() {
        return sid;
    }

    public String condition() {
        return condition;
    }

    /** 1-based line within the condition text. */
    public int line() {
        return line;
    }

    /** 1-based column within the line. */
    public int column() {
        return column;
    }

    /** What was wrong or expected, without position. */
    public String reason() {
        return reason;
    }
}
