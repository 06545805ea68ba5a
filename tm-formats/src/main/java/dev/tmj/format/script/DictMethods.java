package dev.tmj.format.script;

import dev.tmj.python.Expr;
import dev.tmj.python.value.Py;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The methods of a dict: {@code get items keys values update setdefault pop copy clear}. */
final class DictMethods {
    private final ScriptInterpreter script;
    private final Builtins builtins;

    DictMethods(ScriptInterpreter script, Builtins builtins) {
        this.script = script;
        this.builtins = builtins;
    }

    @SuppressWarnings("unchecked")
    Object call(Map<?, ?> dict, Expr.Attribute attribute, Args args, Expr.Call call) {
        String name = attribute.attr();
        args.onlyKeywords(script, name, name.equals("update") ? List.copyOf(args.keywords().keySet()) : List.of(),
                call);
        Map<Object, Object> map = (Map<Object, Object>) dict;
        switch (name) {
            case "keys" -> {
                args.arity(script, name, 0, 0, call);
                return ScriptValues.list(new ArrayList<>(map.keySet()));
            }
            case "values" -> {
                args.arity(script, name, 0, 0, call);
                return ScriptValues.list(new ArrayList<>(map.values()));
            }
            case "items" -> {
                args.arity(script, name, 0, 0, call);
                List<Object> pairs = new ArrayList<>();
                map.forEach((k, v) -> pairs.add(Functions.pair(k, v)));
                return ScriptValues.list(pairs);
            }
            case "get" -> {
                args.arity(script, name, 1, 2, call);
                return map.containsKey(args.get(0)) ? map.get(args.get(0)) : args.size() == 2 ? args.get(1) : null;
            }
            case "copy" -> {
                args.arity(script, name, 0, 0, call);
                script.charge(map.size(), call);
                return new LinkedHashMap<>(map);
            }
            case "update" -> {
                args.arity(script, name, 0, 1, call);
                Map<?, ?> added = (Map<?, ?>) new Functions(script, builtins).call("dict", args, call);
                map.putAll(added);
                return null;
            }
            case "setdefault" -> {
                args.arity(script, name, 1, 2, call);
                Object key = builtins.hashable(args.get(0), call);
                if (!map.containsKey(key)) {
                    script.charge(1, call);
                    map.put(key, args.size() == 2 ? args.get(1) : null);
                }
                return map.get(key);
            }
            case "pop" -> {
                args.arity(script, name, 1, 2, call);
                if (map.containsKey(args.get(0))) {
                    return map.remove(args.get(0));
                }
                if (args.size() == 2) {
                    return args.get(1);
                }
                throw script.error(call, "KeyError: " + Py.repr(args.get(0)));
            }
            case "clear" -> {
                args.arity(script, name, 0, 0, call);
                map.clear();
                return null;
            }
            default -> throw script.error(attribute, ScriptParser.unsupported("the dict method '" + name
                    + "' is not supported"));
        }
    }
}
