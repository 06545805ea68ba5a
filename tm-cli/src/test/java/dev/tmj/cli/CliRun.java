package dev.tmj.cli;

import dev.tmj.check.CheckOutputs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code tmj} in process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        return run(TmjCommand.commandLine(), args);
    }

    /** Runs {@code tmj} in this environment and working directory, writing the check outputs these renderers make. */
    static CliRun in(Map<String, String> env, Path workingDirectory, CheckOutputs outputs, String... args) {
        return run(TmjCommand.commandLine(env, workingDirectory, outputs), args);
    }

    /** {@link #in} with these network settings (a sleeper that does not wait). */
    static CliRun in(Map<String, String> env, Path workingDirectory, CheckOutputs outputs,
            dev.tmj.http.HttpSettings http, String... args) {
        return run(TmjCommand.commandLine(env, workingDirectory, outputs, http), args);
    }

    private static CliRun run(CommandLine line, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The lines printed on stderr. */
    String[] errLines() {
        return err.isEmpty() ? new String[0] : err.split("\\R");
    }
}
