package dev.tmj.cli;

import picocli.CommandLine;

/** Entry point of the {@code tmj} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CommandLine line = TmjCommand.commandLine();
        int exitCode = line.execute(args);
        // picocli's writers flush on println only: text printed without a line after it would be lost at exit.
        line.getOut().flush();
        line.getErr().flush();
        System.exit(exitCode);
    }
}
