package dev.tmj.iac.hcl;

import static dev.tmj.iac.hcl.Conversions.integer;
import static dev.tmj.iac.hcl.Conversions.known;
import static dev.tmj.iac.hcl.Conversions.list;
import static dev.tmj.iac.hcl.Conversions.number;
import static dev.tmj.iac.hcl.Conversions.object;
import static dev.tmj.iac.hcl.Conversions.string;

import dev.tmj.iac.hcl.Conversions.NotKnown;
import dev.tmj.iac.hcl.Value.ListValue;
import dev.tmj.iac.hcl.Value.Null;
import dev.tmj.iac.hcl.Value.Num;
import dev.tmj.iac.hcl.Value.ObjectValue;
import dev.tmj.iac.hcl.Value.Str;
import dev.tmj.iac.hcl.Value.Unknown;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Terraform functions tmj evaluates: pure ones on strings, numbers and collections ({@link #NAMES}). Every other
 * function (those that read files, the clock, randomness, regular expressions, hashes...) gives an
 * {@link Unknown}: a function is never approximated.
 */
final class HclFunctions {
    /** The functions evaluated; others are unknown. */
    static final Set<String> NAMES = Set.of("abs", "base64encode", "cidrsubnet", "coalesce", "compact", "concat",
            "contains", "distinct", "element", "endswith", "flatten", "format", "join", "jsonencode", "keys", "length",
            "lookup", "lower", "max", "merge", "min", "replace", "reverse", "slice", "sort", "split", "startswith",
            "substr", "tobool", "tolist", "tomap", "tonumber", "toset", "tostring", "trimspace", "try", "upper",
            "values", "zipmap");

    private final Evaluator.Budget budget;

    HclFunctions(Evaluator.Budget budget) {
        this.budget = budget;
    }

    Value call(String name, List<Value> args) {
        if (!NAMES.contains(name)) {
            return new Unknown("the function " + name + "() is not evaluated by tmj");
        }
        budget.charge(1 + args.size());
        try {
            return apply(name, args);
        } catch (IndexOutOfBoundsException e) {
            throw new NotKnown(name + "() was given too few arguments");
        }
    }

    private Value apply(String name, List<Value> args) {
        switch (name) {
            case "length":
                return length(known(args.get(0)));
            case "lower":
                return Value.of(string(args.get(0)).toLowerCase(Locale.ROOT));
            case "upper":
                return Value.of(string(args.get(0)).toUpperCase(Locale.ROOT));
            case "trimspace":
                return Value.of(string(args.get(0)).strip());
            case "tostring":
                return args.get(0) instanceof Null ? Value.NULL : Value.of(string(args.get(0)));
            case "tonumber":
                return args.get(0) instanceof Null ? Value.NULL : new Num(number(args.get(0)));
            case "tobool":
                return args.get(0) instanceof Null ? Value.NULL : Value.of(Conversions.bool(args.get(0)));
            case "tolist":
                return Value.list(list(args.get(0)));
            case "toset":
                return toSet(list(args.get(0)));
            case "tomap":
                return Value.object(object(args.get(0)));
            case "concat":
                return concat(args);
            case "merge":
                return merge(args);
            case "lookup":
                return lookup(args);
            case "element":
                return element(list(args.get(0)), integer(args.get(1)));
            case "contains":
                return contains(list(args.get(0)), args.get(1));
            case "keys":
                return Value.list(object(args.get(0)).keySet().stream().map(Value::of).toList());
            case "values":
                return Value.list(List.copyOf(object(args.get(0)).values()));
            case "distinct":
                return distinct(list(args.get(0)));
            case "flatten":
                return Value.list(flatten(list(args.get(0)), new ArrayList<>()));
            case "compact":
                return Value.list(list(args.get(0)).stream().map(Conversions::known)
                        .filter(v -> !(v instanceof Null) && !string(v).isEmpty()).toList());
            case "coalesce":
                return args.stream().map(Conversions::known)
                        .filter(v -> !(v instanceof Null) && !(v instanceof Str s && s.value().isEmpty())).findFirst()
                        .orElseThrow(() -> new NotKnown("coalesce() found no value that is not null or empty"));
            case "try":
                return known(args.get(0));
            case "join":
                return join(string(args.get(0)), args.subList(1, args.size()));
            case "split":
                return split(string(args.get(0)), string(args.get(1)));
            case "replace":
                return replace(string(args.get(0)), string(args.get(1)), string(args.get(2)));
            case "substr":
                return substr(string(args.get(0)), integer(args.get(1)), integer(args.get(2)));
            case "startswith":
                return Value.of(string(args.get(0)).startsWith(string(args.get(1))));
            case "endswith":
                return Value.of(string(args.get(0)).endsWith(string(args.get(1))));
            case "reverse":
                List<Value> reversed = new ArrayList<>(list(args.get(0)));
                Collections.reverse(reversed);
                return Value.list(reversed);
            case "slice":
                return slice(list(args.get(0)), integer(args.get(1)), integer(args.get(2)));
            case "sort":
                return Value.list(list(args.get(0)).stream().map(Conversions::string).sorted().map(Value::of).toList());
            case "zipmap":
                return zipmap(list(args.get(0)), list(args.get(1)));
            case "abs":
                return new Num(number(args.get(0)).abs());
            case "min", "max":
                return minMax(name.equals("min"), args);
            default:
                return TextFunctions.apply(name, args, budget);
        }
    }

    private static Value length(Value value) {
        if (value instanceof ListValue l) {
            return Value.of(l.items().size());
        }
        if (value instanceof ObjectValue o) {
            return Value.of(o.entries().size());
        }
        String text = string(value);
        return Value.of(text.codePointCount(0, text.length()));
    }

    private Value toSet(List<Value> items) {
        Set<String> strings = new TreeSet<>();
        for (Value item : items) {
            budget.charge(1);
            if (!(item instanceof Null)) {
                strings.add(string(known(item)));
            }
        }
        return Value.list(strings.stream().map(Value::of).toList());
    }

    private Value concat(List<Value> args) {
        List<Value> all = new ArrayList<>();
        for (Value arg : args) {
            all.addAll(list(arg));
            budget.charge(list(arg).size());
        }
        return Value.list(all);
    }

    private Value merge(List<Value> args) {
        Map<String, Value> all = new LinkedHashMap<>();
        for (Value arg : args) {
            if (!(arg instanceof Null)) {
                all.putAll(object(arg));
                budget.charge(object(arg).size());
            }
        }
        return Value.object(all);
    }

    private static Value lookup(List<Value> args) {
        Map<String, Value> map = object(args.get(0));
        Value found = map.get(string(args.get(1)));
        if (found != null) {
            return found;
        }
        if (args.size() > 2) {
            return args.get(2);
        }
        throw new NotKnown("lookup() found no key \"" + string(args.get(1)) + "\" and has no default");
    }

    private static Value element(List<Value> items, int index) {
        if (items.isEmpty() || index < 0) {
            throw new NotKnown("element() cannot index an empty list or with a negative index");
        }
        return items.get(index % items.size());
    }

    private Value contains(List<Value> items, Value wanted) {
        for (Value item : items) {
            if (Conversions.equal(item, wanted, budget)) {
                return Value.TRUE;
            }
        }
        return Value.FALSE;
    }

    private Value distinct(List<Value> items) {
        List<Value> result = new ArrayList<>();
        for (Value item : items) {
            boolean seen = false;
            for (Value kept : result) {
                seen = seen || Conversions.equal(kept, item, budget);
            }
            if (!seen) {
                result.add(item);
            }
        }
        return Value.list(result);
    }

    private List<Value> flatten(List<Value> items, List<Value> into) {
        for (Value item : items) {
            budget.charge(1);
            if (known(item) instanceof ListValue nested) {
                flatten(nested.items(), into);
            } else {
                into.add(item);
            }
        }
        return into;
    }

    private Value join(String separator, List<Value> lists) {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (Value l : lists) {
            for (Value item : list(l)) {
                out.append(first ? "" : separator).append(string(item));
                first = false;
                budget.checkString(out);
            }
        }
        return Value.of(out.toString());
    }

    private static Value split(String separator, String text) {
        List<Value> parts = new ArrayList<>();
        if (separator.isEmpty()) {
            text.codePoints().forEach(cp -> parts.add(Value.of(new String(Character.toChars(cp)))));
            return Value.list(parts);
        }
        int from = 0;
        while (true) {
            int at = text.indexOf(separator, from);
            if (at < 0) {
                parts.add(Value.of(text.substring(from)));
                return Value.list(parts);
            }
            parts.add(Value.of(text.substring(from, at)));
            from = at + separator.length();
        }
    }

    private Value replace(String text, String search, String replacement) {
        if (search.length() > 1 && search.startsWith("/") && search.endsWith("/")) {
            throw new NotKnown("replace() with a regular expression is not evaluated by tmj");
        }
        if (search.isEmpty()) {
            throw new NotKnown("replace() with an empty search string");
        }
        return Value.of(budget.checkString(text.replace(search, replacement)));
    }

    private static Value substr(String text, int offset, int length) {
        int[] codePoints = text.codePoints().toArray();
        int start = offset < 0 ? Math.max(0, codePoints.length + offset) : Math.min(offset, codePoints.length);
        int end = length < 0 ? codePoints.length : (int) Math.min((long) start + length, codePoints.length);
        return Value.of(new String(codePoints, start, end - start));
    }

    private static Value slice(List<Value> items, int start, int end) {
        if (start < 0 || end > items.size() || start > end) {
            throw new NotKnown("slice() indexes " + start + " to " + end + " are out of range");
        }
        return Value.list(items.subList(start, end));
    }

    private static Value zipmap(List<Value> keys, List<Value> values) {
        if (keys.size() != values.size()) {
            throw new NotKnown("zipmap() was given " + keys.size() + " keys and " + values.size() + " values");
        }
        Map<String, Value> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            map.put(string(keys.get(i)), values.get(i));
        }
        return Value.object(map);
    }

    private static Value minMax(boolean min, List<Value> args) {
        BigDecimal best = null;
        for (Value arg : args) {
            BigDecimal n = number(arg);
            if (best == null || (min ? n.compareTo(best) < 0 : n.compareTo(best) > 0)) {
                best = n;
            }
        }
        if (best == null) {
            throw new NotKnown("min() and max() need at least one number");
        }
        return new Num(best);
    }
}
