package dev.tmj.report.html;

import dev.tmj.model.TmjException;

/** A report template that does not compile or fails while rendering (a user's template, usually). */
public final class ReportTemplateException extends TmjException {
    private static final long serialVersionUID = 1L;

    public ReportTemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
