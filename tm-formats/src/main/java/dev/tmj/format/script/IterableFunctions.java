package dev.tmj.format.script;

import dev.tmj.python.Expr;
import dev.tmj.python.value.Py;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The builtins that walk an iterable: {@code enumerate sorted reversed min max sum any all zip map filter}.
 * Their results are lists (pytm scripts only loop over them once), and {@code key=} and the functions given to
 * map and filter may be the script's own functions, lambdas or builtins.
 */
final class IterableFunctions {
    private final ScriptInterpreter script;
    private final Builtins builtins;

    IterableFunctions(ScriptInterpreter script, Builtins builtins) {
        this.script = script;
        this.builtins = builtins;
    }

    Object call(String name, Args args, Expr at) {
        return switch (name) {
            case "enumerate" -> enumerate(args, at);
            case "sorted" -> {
                args.arity(script, name, 1, 1, at);
                List<Object> items = builtins.list(args.get(0), at);
                sort(items, args.keyword("key", null), Py.truthy(args.keyword("reverse", false)), at);
                yield ScriptValues.list(items);
            }
            case "reversed" -> {
                args.arity(script, name, 1, 1, at);
                if (args.get(0) instanceof java.util.Set<?>) {
                    throw script.error(at, "'" + Py.typeName(args.get(0)) + "' object is not reversible");
                }
                List<Object> items = builtins.list(args.get(0), at);
                Collections.reverse(items);
                yield ScriptValues.list(items);
            }
            case "min", "max" -> extreme(name, args, at);
            case "sum" -> sum(args, at);
            case "any", "all" -> {
                args.arity(script, name, 1, 1, at);
                boolean all = name.equals("all");
                for (Object item : builtins.iterate(args.get(0), at)) {
                    if (Py.truthy(item) != all) {
                        yield !all;
                    }
                }
                yield all;
            }
            case "zip" -> zip(args, at);
            case "map" -> map(args, at);
            default -> filter(args, at);
        };
    }

    private Object enumerate(Args args, Expr at) {
        args.arity(script, "enumerate", 1, 1, at);
        if (!(args.keyword("start", 0L) instanceof Long start)) {
            throw args.keywordError(script, "start", "enumerate() takes only start=int", at);
        }
        List<Object> pairs = new ArrayList<>();
        long index = start;
        for (Object item : builtins.list(args.get(0), at)) {
            pairs.add(Functions.pair(index++, item));
        }
        script.charge(pairs.size(), at);
        return ScriptValues.list(pairs);
    }

    /** Sorts in place, stably, by {@code key} when given; Python's order, reversed when asked. */
    void sort(List<Object> items, Object key, boolean reverse, Expr at) {
        List<Object> keys = new ArrayList<>(items.size());
        for (Object item : items) {
            keys.add(key == null ? item : script.callValue(key, Args.of(item), at));
        }
        Functions functions = new Functions(script, builtins);
        Integer[] order = new Integer[items.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Python's reverse=True keeps equal items in their order, so reverse the comparison, not the result.
        java.util.Arrays.sort(order, (a, b) -> reverse ? functions.order(keys.get(b), keys.get(a), at)
                : functions.order(keys.get(a), keys.get(b), at));
        List<Object> sorted = new ArrayList<>(items.size());
        for (Integer i : order) {
            sorted.add(items.get(i));
        }
        items.clear();
        items.addAll(sorted);
    }

    private Object extreme(String name, Args args, Expr at) {
        args.arity(script, name, 1, Integer.MAX_VALUE, at);
        List<Object> items = args.size() == 1 ? builtins.list(args.get(0), at) : new ArrayList<>(args.positional());
        if (items.isEmpty()) {
            if (args.keywords().containsKey("default")) {
                return args.keywords().get("default");
            }
            throw script.error(at, name + "() arg is an empty sequence");
        }
        Object key = args.keyword("key", null);
        Functions functions = new Functions(script, builtins);
        Object best = items.get(0);
        Object bestKey = key == null ? best : script.callValue(key, Args.of(best), at);
        for (Object item : items.subList(1, items.size())) {
            Object itemKey = key == null ? item : script.callValue(key, Args.of(item), at);
            int c = functions.order(itemKey, bestKey, at);
            if (name.equals("min") ? c < 0 : c > 0) {
                best = item;
                bestKey = itemKey;
            }
        }
        return best;
    }

    private Object sum(Args args, Expr at) {
        args.arity(script, "sum", 1, 2, at);
        Object total = args.size() == 2 ? args.get(1) : args.keyword("start", 0L);
        if (total instanceof String) {
            throw script.error(at, "sum() can't sum strings [use ''.join(seq) instead]");
        }
        for (Object item : builtins.iterate(args.get(0), at)) {
            total = builtins.binary("+", total, item, at);
        }
        return total;
    }

    private Object zip(Args args, Expr at) {
        List<List<Object>> sources = new ArrayList<>();
        int shortest = Integer.MAX_VALUE;
        for (Object source : args.positional()) {
            List<Object> items = builtins.list(source, at);
            sources.add(items);
            shortest = Math.min(shortest, items.size());
        }
        List<Object> tuples = new ArrayList<>();
        for (int i = 0; !sources.isEmpty() && i < shortest; i++) {
            List<Object> tuple = new ArrayList<>(sources.size());
            for (List<Object> source : sources) {
                tuple.add(source.get(i));
            }
            tuples.add(ScriptValues.tuple(tuple));
        }
        script.charge((long) tuples.size() * Math.max(1, sources.size()), at);
        return ScriptValues.list(tuples);
    }

    private Object map(Args args, Expr at) {
        args.arity(script, "map", 2, Integer.MAX_VALUE, at);
        Object function = args.get(0);
        Object zipped = zip(new Args(args.positional().subList(1, args.size()), java.util.Map.of(), null), at);
        List<Object> out = new ArrayList<>();
        for (Object tuple : (List<?>) zipped) {
            out.add(script.callValue(function, new Args(new ArrayList<>(ScriptValues.items(tuple)),
                    java.util.Map.of(), null), at));
        }
        return ScriptValues.list(out);
    }

    private Object filter(Args args, Expr at) {
        args.arity(script, "filter", 2, 2, at);
        Object function = args.get(0);
        List<Object> out = new ArrayList<>();
        for (Object item : builtins.iterate(args.get(1), at)) {
            if (Py.truthy(function == null ? item : script.callValue(function, Args.of(item), at))) {
                out.add(item);
            }
        }
        script.charge(out.size(), at);
        return ScriptValues.list(out);
    }
}
