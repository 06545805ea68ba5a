package dev.tmj.history;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway says nothing: its progress lines would land in {@code tmj history}'s output or a check's stderr, and what
 * goes wrong reaches tmj as an exception, which says it in one line ({@link Database#failure}).
 */
final class QuietFlywayLog implements Log, LogCreator {
    static final QuietFlywayLog INSTANCE = new QuietFlywayLog();

    private QuietFlywayLog() {
    }

    @Override
    public Log createLogger(Class<?> type) {
        return this;
    }

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    @Override
    public void debug(String message) {
        // silent, see the class comment
    }

    @Override
    public void info(String message) {
        // silent
    }

    @Override
    public void warn(String message) {
        // silent
    }

    @Override
    public void error(String message) {
        // silent: the failure arrives as an exception
    }

    @Override
    public void error(String message, Exception e) {
        // silent: the failure arrives as an exception
    }

    @Override
    public void notice(String message) {
        // silent
    }
}
