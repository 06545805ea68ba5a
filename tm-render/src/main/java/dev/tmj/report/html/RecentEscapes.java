package dev.tmj.report.html;

import java.util.function.UnaryOperator;

/**
 * The escapes of recently seen strings, by identity (a direct-mapped table of {@value #SLOTS} entries): a report
 * of a large model repeats the same few threat texts in every finding, and escaping them again for each finding
 * took most of the report's time. Not thread-safe: one per thread.
 */
final class RecentEscapes {
    private static final int SLOTS = 8192;
    private final UnaryOperator<String> escaper;
    private final String[] values = new String[SLOTS];
    private final String[] escapes = new String[SLOTS];

    RecentEscapes(UnaryOperator<String> escaper) {
        this.escaper = escaper;
    }

    String escape(String value) {
        int slot = System.identityHashCode(value) & (SLOTS - 1);
        if (values[slot] != value) {
            escapes[slot] = escaper.apply(value);
            values[slot] = value;
        }
        return escapes[slot];
    }
}
