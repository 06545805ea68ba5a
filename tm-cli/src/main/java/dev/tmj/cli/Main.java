package dev.tmj.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code tmj} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CommandLine line = TmjCommand.commandLine();
        // Diagrams, reports and messages are UTF-8 whatever the locale: under LANG=C the platform charset would
        // turn every non-ASCII name into '?' in `tmj m.py --dfd | dot -Tsvg`.
        line.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8)));
        line.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true));
        int exitCode = line.execute(args);
        // picocli's writers flush on println only: text printed without a line after it would be lost at exit.
        line.getOut().flush();
        line.getErr().flush();
        System.exit(exitCode);
    }
}
