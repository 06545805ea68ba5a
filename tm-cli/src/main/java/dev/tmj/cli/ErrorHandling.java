package dev.tmj.cli;

import dev.tmj.io.TerminalText;
import dev.tmj.model.PositionedException;
import dev.tmj.model.SourceException;
import dev.tmj.model.TmjException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;

/**
 * How {@code tmj} ends when something goes wrong: one escaped line on stderr and an exit code. Bad input (a
 * model, library, template, option or file tmj cannot accept) exits 2; anything else, a Java {@link Error} such as
 * {@link StackOverflowError} or {@link OutOfMemoryError} included, is tmj's fault and exits 3. A stack trace is
 * printed only with {@code --debug}. Exit code 1 stays reserved for a failed findings gate.
 */
final class ErrorHandling {
    private ErrorHandling() {
    }

    /** The command line with these handlers; {@code debug} says whether {@code --debug} was given. */
    static CommandLine install(CommandLine line, BooleanSupplier debug) {
        Handlers handlers = new Handlers(line, debug);
        line.setParameterExceptionHandler(handlers);
        line.setExecutionStrategy(handlers);
        line.setExecutionExceptionHandler(handlers);
        return line;
    }

    /**
     * The three handlers as one class rather than lambdas: picocli's interfaces are compiled for Java 5, and a lambda
     * that implements one links it while the launcher's class-data archive is written, which then leaves out the
     * interface and every class that implements it (ten classes loaded from the jar at each start).
     */
    private static final class Handlers implements CommandLine.IParameterExceptionHandler,
            CommandLine.IExecutionStrategy, CommandLine.IExecutionExceptionHandler {
        private final CommandLine line;
        private final BooleanSupplier debug;

        Handlers(CommandLine line, BooleanSupplier debug) {
            this.line = line;
            this.debug = debug;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            e.getCommandLine().getErr().println("tmj: " + TerminalText.line(e.getMessage()) + " (see tmj --help)");
            return ExitCode.BAD_INPUT;
        }

        @Override
        public int execute(CommandLine.ParseResult parsed) {
            try {
                return new CommandLine.RunLast().execute(parsed);
            } catch (Error e) {
                // picocli lets Errors through, and the JVM would print a trace and exit 1 ("gate failed").
                throw new CommandLine.ExecutionException(line, "internal error", e);
            }
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
            Throwable failure = e instanceof CommandLine.ExecutionException && e.getCause() instanceof Error
                    ? e.getCause() : e;
            return report(failure, cmd.getErr(), debug.getAsBoolean());
        }
    }

    /** Prints the one line for this failure (and its stack trace with {@code --debug}) and returns the exit code. */
    static int report(Throwable failure, PrintWriter err, boolean debug) {
        return report(failure, "", err, debug);
    }

    /**
     * {@link #report(Throwable, PrintWriter, boolean)} for a failure of one part of the run, which {@code about}
     * names ({@code "could not write out/report.html: "}); empty for the run as a whole.
     */
    static int report(Throwable failure, String about, PrintWriter err, boolean debug) {
        if (debug) {
            failure.printStackTrace(err);
        }
        if (isBadInput(failure)) {
            if (about.isEmpty()) {
                printBadInput(failure, err);
            } else {
                err.println("tmj: " + TerminalText.line(about + message(failure)));
            }
            return ExitCode.BAD_INPUT;
        }
        if (failure instanceof dev.tmj.history.HistoryException) {
            // a database that cannot be reached or read: its own one-line reason, no password (HistoryStore)
            err.println("tmj: " + TerminalText.line(about + failure.getMessage()));
            return ExitCode.INTERNAL;
        }
        err.println("tmj: internal error: " + TerminalText.line(about + describe(failure))
                + (debug ? "" : " (rerun with --debug for details)"));
        return ExitCode.INTERNAL;
    }

    /**
     * Bad input on stderr: what the model's script printed before it failed, then each error the reader
     * collected on a line of its own ({@code tmj: file:line:column: reason}), in the order found.
     */
    private static void printBadInput(Throwable failure, PrintWriter err) {
        if (failure instanceof SourceException source) {
            err.print(TerminalText.lines(source.printed()));
        }
        if (failure instanceof PositionedException positioned) {
            positioned.errors().forEach(error -> err.println("tmj: " + TerminalText.line(error.getMessage())));
            if (positioned.stoppedEarly()) {
                err.println("tmj: stopped after " + PositionedException.MAX_ERRORS + " errors");
            }
        } else {
            err.println("tmj: " + TerminalText.line(message(failure)));
        }
    }

    /** Whether a failure is the input's fault (exit code 2) rather than tmj's (3). */
    static boolean isBadInput(Throwable e) {
        return e instanceof TmjException || e instanceof IOException || e instanceof UncheckedIOException;
    }

    /**
     * What went wrong with the input, naming the file: Java's file exceptions say only the path ("tmj: afile"),
     * and an {@link UncheckedIOException} repeats its cause's class name.
     */
    static String message(Throwable failure) {
        Throwable e = failure instanceof UncheckedIOException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (e instanceof FileSystemException fs && fs.getReason() == null && fs.getFile() != null) {
            String what = e instanceof NoSuchFileException ? "no such file"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof FileAlreadyExistsException ? "already exists"
                    : e instanceof NotDirectoryException ? "not a directory"
                    : e instanceof DirectoryNotEmptyException ? "a directory that is not empty"
                    : e.getClass().getSimpleName();
            return fs.getOtherFile() == null ? fs.getFile() + ": " + what
                    : fs.getFile() + " -> " + fs.getOtherFile() + ": " + what;
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    private static String describe(Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return "ran out of stack, the model may be nested too deeply (" + failure + ")";
        }
        if (failure instanceof OutOfMemoryError) {
            return "ran out of memory (" + failure + "); a larger heap: TMJ_JAVA_OPTS=-Xmx4g";
        }
        return failure.toString();
    }
}
