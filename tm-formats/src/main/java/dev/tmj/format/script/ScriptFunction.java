package dev.tmj.format.script;

import java.util.List;

/**
 * A function the script defined with {@code def} or {@code lambda}; {@code closure} is the frame of the
 * function it was defined in (null at the module level), whose names it reads.
 */
record ScriptFunction(String name, List<String> params, List<Object> defaults, String varargs, String kwargs,
        List<Stmt> body, CallFrame closure) {
    @Override
    public String toString() {
        return "<function " + name + ">";
    }
}
