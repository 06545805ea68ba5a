package dev.tmj.maven;

import dev.tmj.io.TerminalText;
import dev.tmj.model.PositionedException;
import dev.tmj.model.TmjException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

/**
 * Input the check cannot accept, worded as {@code tmj check} words it on stderr: each error a reader collected on a
 * line of its own ({@code tmj: file:line:column: reason}), a missing file as {@code tmj: file: no such file}.
 */
final class BadInput {
    private BadInput() {
    }

    /** Whether a failure is the input's fault (the build fails) rather than tmj's (a build error). */
    static boolean is(RuntimeException failure) {
        return failure instanceof TmjException || failure instanceof UncheckedIOException;
    }

    /** The lines that say what is wrong, each escaped as every log line is. */
    static List<String> lines(RuntimeException failure) {
        List<String> lines = new ArrayList<>();
        if (failure instanceof PositionedException positioned) {
            positioned.errors().forEach(error -> lines.add("tmj: " + TerminalText.line(error.getMessage())));
            if (positioned.stoppedEarly()) {
                lines.add("tmj: stopped after " + PositionedException.MAX_ERRORS + " errors");
            }
        } else if (failure.getCause() instanceof NoSuchFileException missing) {
            lines.add("tmj: " + TerminalText.line(missing.getFile()) + ": no such file");
        } else {
            Throwable shown = failure instanceof UncheckedIOException && failure.getCause() != null
                    ? failure.getCause() : failure;
            lines.add("tmj: " + TerminalText.line(String.valueOf(shown.getMessage())));
        }
        return lines;
    }
}
