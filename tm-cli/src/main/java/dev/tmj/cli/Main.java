package dev.tmj.cli;

import dev.tmj.threat.ThreatLibrary;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code tmj} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Diagrams, reports and messages are UTF-8 whatever the locale: under LANG=C the platform charset would
        // turn every non-ASCII name into '?' in `tmj m.py --dfd | dot -Tsvg`.
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        System.exit(run(args, stdout(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), err));
    }

    /** Runs the command with these stdout and stderr, both flushed when the command ends, however it ends. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (mayResolve(args)) {
            readBuiltInLibraryAside();
        }
        CommandLine line = TmjCommand.commandLine(args);
        line.setOut(out);
        line.setErr(err);
        try {
            return line.execute(args);
        } finally {
            // picocli's writers flush on println only: text printed without a line after it would be lost at exit.
            out.flush();
            err.flush();
        }
    }

    /**
     * Whether a run with these arguments may resolve a model against the built-in library: not one that asks for help
     * or the version (picocli prints it and runs nothing), nor one without arguments (an error).
     */
    static boolean mayResolve(String[] args) {
        return args.length > 0 && !TmjCommand.names(args, TmjCommand.HELP)
                && !TmjCommand.names(args, TmjCommand.VERSION);
    }

    /**
     * Starts reading the built-in threat library (pytm's threats, compiled: tens of milliseconds, more while the JIT
     * is cold) on a second core while picocli builds the command line and the model is read; the pipeline then finds
     * it ready ({@link ThreatLibrary#builtIn()} reads it once per process). Nearly every command resolves against it;
     * one that does not (a history query) loses nothing but the idle core's time. Help and the version only print
     * and do not start it ({@link #mayResolve}): its class loading and compiling competed with them for the CPUs. Not
     * on one core, where it would only compete with the command.
     */
    private static void readBuiltInLibraryAside() {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        Thread reader = new Thread(() -> {
            try {
                ThreatLibrary.builtIn();
            } catch (RuntimeException e) {
                // The command that needs the library reads it again and reports the error where it belongs.
            }
        }, "tmj-library");
        reader.setDaemon(true);
        reader.start();
    }

    /** stdout through a large buffer, flushed by {@link #run} when the command ends: see {@link StdoutWriter}. */
    static PrintWriter stdout(OutputStream stream, Charset charset) {
        return new StdoutWriter(stream, charset);
    }
}
