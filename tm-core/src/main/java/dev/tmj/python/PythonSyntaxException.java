package dev.tmj.python;

import dev.tmj.model.TmjException;

/** Python source that tmj cannot read: a syntax error or a construct outside the supported subset. */
public class PythonSyntaxException extends TmjException {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final int line;
    private final int column;

    public PythonSyntaxException(String reason, int line, int column) {
        super("line " + line + ", column " + column + ": " + reason);
        this.reason = reason;
        this.line = line;
        this.column = column;
    }

    /** What was wrong or expected, without the position. */
    public String reason() {
        return reason;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
