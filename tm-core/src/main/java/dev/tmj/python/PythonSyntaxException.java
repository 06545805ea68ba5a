package dev.tmj.python;

import dev.tmj.model.PositionedException;
import dev.tmj.model.SourcePosition;

/**
 * Python source that tmj cannot read: a syntax error or a construct outside the supported subset. The text has no
 * file of its own, so the message reads {@code line 2, column 5: ...}; readers of files re-report it with theirs.
 */
public class PythonSyntaxException extends PositionedException {
    private static final long serialVersionUID = 1L;

    public PythonSyntaxException(String reason, int line, int column) {
        super(SourcePosition.inText(line, column), reason);
    }
}
