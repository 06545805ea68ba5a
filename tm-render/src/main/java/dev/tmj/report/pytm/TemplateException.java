package dev.tmj.report.pytm;

import dev.tmj.model.TmjException;

/**
 * A report template that cannot be rendered: a syntax error, a name or attribute that does not exist, a value of
 * the wrong kind. The position is in the template as written (1-based line and column), also for errors found in
 * a loop body or a format spec that the engine built from the template while rendering.
 */
public final class TemplateException extends TmjException {
    private static final long serialVersionUID = 1L;

    private final String template;
    private final int line;
    private final int column;
    private final String detail;

    public TemplateException(String template, int line, int column, String detail) {
        super(template + ":" + line + ":" + column + ": " + detail);
        this.template = template;
        this.line = line;
        this.column = column;
        this.detail = detail;
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

    /** The template's name, as given to {@link PytmTemplate#parse}. */
    public String template() {
        return template;
    }

    /** The line of the template, from 1. */
    public int line() {
        return line;
    }

    /** The column of the template, from 1 (in UTF-16 units). */
    public int column() {
        return column;
    }

    /** What is wrong, without the position. */
    public String detail() {
        return detail;
    }
}
