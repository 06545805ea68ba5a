package dev.tmj.format.script;

import dev.tmj.python.Expr;
import dev.tmj.python.value.Py;
import java.util.Collections;
import java.util.List;

/**
 * The methods of a list: {@code append extend insert pop remove index count sort reverse copy clear}. Only a list
 * the script built may change; a list read from the model is the model's own.
 */
final class ListMethods {
    private final ScriptInterpreter script;
    private final Builtins builtins;

    ListMethods(ScriptInterpreter script, Builtins builtins) {
        this.script = script;
        this.builtins = builtins;
    }

    Object call(List<?> list, Expr.Attribute attribute, Args args, Expr.Call call) {
        String name = attribute.attr();
        args.onlyKeywords(script, name, name.equals("sort") ? List.of("key", "reverse") : List.of(), call);
        switch (name) {
            case "index": {
                args.arity(script, name, 1, 1, call);
                for (int i = 0; i < list.size(); i++) {
                    if (Py.eq(list.get(i), args.get(0))) {
                        return (long) i;
                    }
                }
                throw script.error(call, "ValueError: " + Py.repr(args.get(0)) + " is not in list");
            }
            case "count": {
                args.arity(script, name, 1, 1, call);
                return list.stream().filter(item -> Py.eq(item, args.get(0))).count();
            }
            case "copy": {
                args.arity(script, name, 0, 0, call);
                script.charge(list.size(), call);
                return ScriptValues.list(new java.util.ArrayList<>(list));
            }
            case "append", "extend", "insert", "pop", "remove", "sort", "reverse", "clear":
                break;
            default:
                throw script.error(attribute, ScriptParser.unsupported("the list method '" + name
                        + "' is not supported"));
        }
        if (!(list instanceof ScriptValues.ScriptList mine)) {
            throw script.error(attribute, "a list read from the model cannot be changed; copy it with list(...)");
        }
        Object result = change(mine, name, args, call);
        mine.changed();
        return result;
    }

    private Object change(ScriptValues.ScriptList list, String name, Args args, Expr.Call call) {
        switch (name) {
            case "append", "extend" -> {
                args.arity(script, name, 1, 1, call);
                List<Object> added = name.equals("append") ? Collections.singletonList(args.get(0))
                        : builtins.list(args.get(0), call);
                grow(list, added.size(), call);
                list.addAll(added);
            }
            case "insert" -> {
                args.arity(script, name, 2, 2, call);
                long at = index(args.get(0), call);
                long position = at < 0 ? Math.max(0, at + list.size()) : Math.min(at, list.size());
                grow(list, 1, call);
                list.add((int) position, args.get(1));
            }
            case "pop" -> {
                args.arity(script, name, 0, 1, call);
                if (list.isEmpty()) {
                    throw script.error(call, "IndexError: pop from empty list");
                }
                long at = args.size() == 0 ? -1 : index(args.get(0), call);
                long position = at < 0 ? at + list.size() : at;
                if (position < 0 || position >= list.size()) {
                    throw script.error(call, "IndexError: pop index out of range");
                }
                return list.remove((int) position);
            }
            case "remove" -> {
                args.arity(script, name, 1, 1, call);
                for (int i = 0; i < list.size(); i++) {
                    if (Py.eq(list.get(i), args.get(0))) {
                        list.remove(i);
                        return null;
                    }
                }
                throw script.error(call, "ValueError: list.remove(x): x not in list");
            }
            case "sort" -> {
                args.arity(script, name, 0, 0, call);
                new IterableFunctions(script, builtins).sort(list, args.keyword("key", null),
                        Py.truthy(args.keyword("reverse", false)), call);
            }
            case "reverse" -> {
                args.arity(script, name, 0, 0, call);
                Collections.reverse(list);
            }
            default -> {
                args.arity(script, name, 0, 0, call);
                list.clear();
            }
        }
        return null;
    }

    private long index(Object value, Expr at) {
        if (!(value instanceof Long || value instanceof Boolean)) {
            throw script.error(at, "'" + Py.typeName(value) + "' object cannot be interpreted as an integer");
        }
        return Py.toLong(value);
    }

    private void grow(List<?> list, long added, Expr at) {
        script.checkSize(list.size() + added, at);
        script.charge(added, at);
    }
}
