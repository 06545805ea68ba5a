package dev.tmj.format.script;

import dev.tmj.python.Expr;
import dev.tmj.python.value.Py;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls of the script's own functions and of builtins used as values: evaluating a call's arguments with
 * {@code *xs} and {@code **d} spread, and binding them to a function's parameters as Python does.
 */
final class Calls {
    private Calls() {
    }

    /** The arguments of a call, evaluated left to right. */
    static Args evaluate(ScriptInterpreter script, Expr.Call call) {
        List<Object> positional = new ArrayList<>();
        for (Expr arg : call.args()) {
            if (arg instanceof Expr.Starred starred) {
                Object value = script.evaluate(starred.value());
                if (value instanceof Map<?, ?> || value instanceof String || ScriptValues.items(value) != null
                        || value instanceof Range) {
                    script.builtins().iterate(value, starred).forEach(positional::add);
                } else {
                    throw script.error(starred, dotted(call) + "() argument after * must be an iterable, not "
                            + Py.typeName(value));
                }
            } else {
                positional.add(script.evaluate(arg));
            }
        }
        script.checkSize(positional.size(), call);
        Map<String, Object> keywords = new LinkedHashMap<>();
        for (Expr.Keyword keyword : call.keywords()) {
            Object value = script.evaluate(keyword.value());
            if (keyword.name() != null) {
                put(script, keywords, keyword.name(), value, call, keyword.value());
                continue;
            }
            if (!(value instanceof Map<?, ?> map)) {
                throw script.error(keyword.value(), dotted(call) + "() argument after ** must be a mapping, not "
                        + Py.typeName(value));
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String name)) {
                    throw script.error(keyword.value(), "keywords must be strings");
                }
                put(script, keywords, name, entry.getValue(), call, keyword.value());
            }
        }
        return new Args(positional, keywords, call);
    }

    private static void put(ScriptInterpreter script, Map<String, Object> keywords, String name, Object value,
            Expr.Call call, Expr at) {
        if (keywords.containsKey(name)) {
            throw script.error(at, dotted(call) + "() got multiple values for keyword argument '" + name + "'");
        }
        keywords.put(name, value);
    }

    private static String dotted(Expr.Call call) {
        return ScriptValues.dotted(call.func());
    }

    /** The function's parameters bound to the arguments, with defaults, {@code *args} and {@code **kwargs}. */
    static Map<String, Object> bind(ScriptInterpreter script, ScriptFunction function, Args args,
            Expr at) {
        String name = function.name();
        List<String> params = function.params();
        Map<String, Object> frame = new HashMap<>();
        int bound = Math.min(args.size(), params.size());
        for (int i = 0; i < bound; i++) {
            frame.put(params.get(i), args.get(i));
        }
        if (args.size() > params.size()) {
            if (function.varargs() == null) {
                throw script.error(at, name + "() takes " + params.size() + " positional argument"
                        + (params.size() == 1 ? "" : "s") + " but " + args.size() + " were given");
            }
        }
        if (function.varargs() != null) {
            List<Object> rest = args.size() > params.size() ? args.positional().subList(params.size(), args.size())
                    : List.of();
            frame.put(function.varargs(), ScriptValues.tuple(rest));
        }
        Map<Object, Object> extra = new LinkedHashMap<>();
        for (Map.Entry<String, Object> keyword : args.keywords().entrySet()) {
            String key = keyword.getKey();
            if (!params.contains(key)) {
                if (function.kwargs() == null) {
                    throw script.error(at, name + "() got an unexpected keyword argument '" + key + "'");
                }
                extra.put(key, keyword.getValue());
            } else if (frame.containsKey(key)) {
                throw script.error(at, name + "() got multiple values for argument '" + key + "'");
            } else {
                frame.put(key, keyword.getValue());
            }
        }
        if (function.kwargs() != null) {
            frame.put(function.kwargs(), extra);
        }
        int firstDefault = params.size() - function.defaults().size();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            if (!frame.containsKey(params.get(i))) {
                if (i >= firstDefault) {
                    frame.put(params.get(i), function.defaults().get(i - firstDefault));
                } else {
                    missing.add("'" + params.get(i) + "'");
                }
            }
        }
        if (!missing.isEmpty()) {
            throw script.error(at, name + "() missing " + missing.size() + " required argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + String.join(", ", missing));
        }
        return frame;
    }
}
