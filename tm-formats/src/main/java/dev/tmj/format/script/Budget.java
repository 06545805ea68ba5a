package dev.tmj.format.script;

import dev.tmj.python.Expr;

/**
 * The limits of one script run, so that a script that loops forever or allocates without end stops with a clear
 * error: steps (statements and loop iterations), the size of each value built, and all it built in all. Once
 * one is exceeded the run stops at once, without collecting more errors.
 */
final class Budget {
    /** The most statements and loop iterations a script may run. */
    static final int MAX_STEPS = 1_000_000;

    /** The most items of a list, tuple or dict, or characters of a string, that a script may build. */
    static final int MAX_SIZE = 10_000_000;

    /** The most items and characters a script may build in all. */
    static final long MAX_BUILT = 100_000_000;

    private final ScriptInterpreter script;
    private long steps;
    private long built;
    private boolean exceeded;

    Budget(ScriptInterpreter script) {
        this.script = script;
    }

    /** Whether a limit was exceeded: the run stops rather than going on to the next statement. */
    boolean exceeded() {
        return exceeded;
    }

    void step(int line, int column) {
        if (++steps > MAX_STEPS) {
            exceeded = true;
            throw script.error(line, column, "the script ran more than " + MAX_STEPS
                    + " steps; is there an endless loop?");
        }
    }

    /** Counts a value the script built towards {@link #MAX_BUILT}. */
    void charge(long size, Expr at) {
        built += size;
        if (built > MAX_BUILT) {
            exceeded = true;
            throw script.error(at, "the script built more than " + MAX_BUILT + " items or characters in all");
        }
    }

    /** A size the script is about to build, refused beyond {@link #MAX_SIZE}. */
    void checkSize(long size, Expr at) {
        if (size > MAX_SIZE) {
            exceeded = true;
            throw script.error(at, "the script built a value of more than " + MAX_SIZE + " items or characters");
        }
    }
}
