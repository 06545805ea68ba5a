package dev.tmj.report.pytm;

import dev.tmj.model.PositionedException;
import dev.tmj.model.SourcePosition;

/**
 * A report template that cannot be rendered: a syntax error, a name or attribute that does not exist, a value of
 * the wrong kind. The position is in the template as written (1-based line and column, in UTF-16 units), also for
 * errors found in a loop body or a format spec that the engine built from the template while rendering; the file
 * is the template's name, as given to {@link PytmTemplate#parse}.
 */
public final class TemplateException extends PositionedException {
    private static final long serialVersionUID = 1L;

    public TemplateException(String template, int line, int column, String detail) {
        super(SourcePosition.of(template, line, column), detail);
    }

    /** The error at a character offset of the template's text, which it turns into a line and a column. */
    static TemplateException at(String template, String text, int offset, String detail) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new TemplateException(template, line, offset - lineStart + 1, detail);
    }
}
