package dev.tmj.format.script;

/**
 * A builtin function used as a value, such as {@code len} in {@code sorted(names, key=len)} or
 * {@code os.path.join} after {@code from os.path import join}; calling it calls the builtin.
 */
record BuiltinFunction(String name) {
    @Override
    public String toString() {
        return "<built-in function " + name + ">";
    }
}
