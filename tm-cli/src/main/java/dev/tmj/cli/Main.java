package dev.tmj.cli;

import picocli.CommandLine;

/** Entry point of the {@code tmj} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(TmjCommand.commandLine().execute(args));
    }
}
