package dev.tmj.cli;

import dev.tmj.io.TerminalText;
import dev.tmj.render.OutputsException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What every command prints about the files it wrote: {@code tmj: wrote FILE} for each one, and when some failed
 * (the others are written all the same), {@code tmj: could not write FILE: reason} for each of those.
 */
final class WrittenOutputs {
    /** A write of several outputs that names the files written, or throws {@link OutputsException}. */
    @FunctionalInterface
    interface Write<E extends Exception> {
        List<Path> files() throws E;
    }

    private WrittenOutputs() {
    }

    /**
     * Runs {@code write} and names on {@code err} each file written, then each that failed.
     *
     * @return 0, or the exit code that the worst failure calls for: 2 when only the input was at fault, else 3
     * @throws E what {@code write} throws besides {@link OutputsException} (a folder that cannot be made)
     */
    static <E extends Exception> int write(Write<E> write, PrintWriter err, boolean debug) throws E {
        try {
            print(write.files(), err);
            return ExitCode.OK;
        } catch (OutputsException e) {
            print(e.written(), err);
            int code = ExitCode.OK;
            for (Map.Entry<Path, Exception> failure : e.failures().entrySet()) {
                code = Math.max(code, ErrorHandling.report(failure.getValue(),
                        "could not write " + failure.getKey() + ": ", err, debug));
            }
            return code;
        }
    }

    private static void print(List<Path> written, PrintWriter err) {
        written.forEach(file -> err.println("tmj: wrote " + TerminalText.line(file)));
    }
}
