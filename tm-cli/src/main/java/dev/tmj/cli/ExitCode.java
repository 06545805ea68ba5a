package dev.tmj.cli;

/** The exit codes of {@code tmj}, listed in {@code --help}. */
final class ExitCode {
    /** Everything asked for was done. */
    static final int OK = 0;
    /** A findings gate failed (unhandled findings above the threshold). */
    static final int FINDINGS = 1;
    /** Bad input: a model, threat library or option tmj cannot accept; one line on stderr says where. */
    static final int BAD_INPUT = 2;
    /** A bug in tmj; {@code --debug} shows the stack trace. */
    static final int INTERNAL = 3;

    static final String HELP = "Exit codes:%n"
            + "  0  success%n"
            + "  1  findings gate failed%n"
            + "  2  bad input (the message names file, line and column)%n"
            + "  3  internal error (rerun with --debug for the stack trace)";

    private ExitCode() {
    }
}
