package dev.tmj.format.script;

import dev.tmj.python.value.Py;
import java.util.List;
import java.util.Map;

/**
 * The evaluated arguments of a call: positional values ({@code *xs} already spread) and keyword values
 * ({@code **d} already spread), in the order written.
 */
record Args(List<Object> positional, Map<String, Object> keywords, dev.tmj.python.Expr.Call call) {
    /** Arguments a builtin passes on, such as each item to a {@code key=} function. */
    static Args of(Object... positional) {
        return new Args(java.util.Arrays.asList(positional), Map.of(), null);
    }

    /** Where the call wrote its i-th positional argument, for errors about it; {@code fallback} when unknown. */
    dev.tmj.python.Expr at(int i, dev.tmj.python.Expr fallback) {
        if (call == null || i >= call.args().size()
                || call.args().stream().anyMatch(arg -> arg instanceof dev.tmj.python.Expr.Starred)) {
            return fallback;
        }
        return call.args().get(i);
    }

    /** An error at the keyword argument {@code name} when the call wrote it, else at {@code where}. */
    dev.tmj.model.SourceException keywordError(ScriptInterpreter script, String name,
            String reason, dev.tmj.python.Expr where) {
        if (call != null) {
            for (dev.tmj.python.Expr.Keyword keyword : call.keywords()) {
                if (name.equals(keyword.name())) {
                    return script.error(keyword.line(), keyword.column(), reason);
                }
            }
        }
        return script.error(where, reason);
    }

    int size() {
        return positional.size();
    }

    Object get(int i) {
        return positional.get(i);
    }

    /** The value of an optional keyword, or {@code absent}. */
    Object keyword(String name, Object absent) {
        return keywords.containsKey(name) ? keywords.get(name) : absent;
    }

    /** Refuses every keyword but {@code allowed}, in Python's words. */
    void onlyKeywords(ScriptInterpreter script, String callee, List<String> allowed, dev.tmj.python.Expr where) {
        for (String name : keywords.keySet()) {
            if (!allowed.contains(name)) {
                throw keywordError(script, name, allowed.isEmpty() ? callee + "() takes no keyword arguments"
                        : callee + "() got an unexpected keyword argument '" + name + "'", where);
            }
        }
    }

    /** Refuses fewer than {@code min} or more than {@code max} positional arguments, in Python's words. */
    void arity(ScriptInterpreter script, String callee, int min, int max, dev.tmj.python.Expr where) {
        if (size() < min || size() > max) {
            throw script.error(where, callee + "() takes " + (min == max ? "exactly " + min
                    : max == Integer.MAX_VALUE ? "at least " + min : min == 0 ? "at most " + max : min + " to " + max)
                    + " argument" + (max == 1 ? "" : "s") + " (" + size() + " given)");
        }
    }

    /** A str argument, or Python's TypeError. */
    String string(ScriptInterpreter script, int i, dev.tmj.python.Expr where) {
        Object value = positional.get(i);
        if (!(value instanceof String text)) {
            throw script.error(where, "must be str, not " + Py.typeName(value));
        }
        return text;
    }
}
