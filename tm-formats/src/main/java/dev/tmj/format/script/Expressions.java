package dev.tmj.format.script;

import static dev.tmj.format.script.ScriptParser.unsupported;

import dev.tmj.model.Attribute;
import dev.tmj.python.Expr;
import dev.tmj.python.value.Py;
import dev.tmj.python.value.PyError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Evaluates the expressions of a script: literals, names, attributes, calls ({@link Constructors}), operators
 * ({@link Builtins}), f-strings, displays, subscripts, comprehensions and lambdas.
 */
final class Expressions {
    private final ScriptInterpreter script;

    Expressions(ScriptInterpreter script) {
        this.script = script;
    }

    /**
     * {@code [x for x in items if c]}, a generator expression (evaluated as a list) and {@code {k: v for ...}};
     * the loop variables are the comprehension's own, as in Python 3, and may unpack each item
     * ({@code for k, v in d.items()}).
     */
    private void comprehension(Expr expr, List<Expr.For> generators, Runnable eachItem, IntSupplier size) {
        Map<String, Object> saved = new HashMap<>();
        for (Expr.For generator : generators) {
            for (String name : generator.targets()) {
                if (script.frame().containsKey(name)) {
                    saved.putIfAbsent(name, script.frame().get(name));
                }
            }
        }
        try {
            comprehend(generators, 0, eachItem, size, expr);
        } finally {
            for (Expr.For generator : generators) {
                generator.targets().forEach(script.frame()::remove);
            }
            script.frame().putAll(saved);
        }
        script.charge(size.getAsInt(), expr);
    }

    private Object listComprehension(Expr.Comprehension comprehension) {
        List<Object> out = new ArrayList<>();
        comprehension(comprehension, comprehension.generators(), () -> out.add(evaluate(comprehension.element())),
                out::size);
        return ScriptValues.list(out);
    }

    private Object dictComprehension(Expr.DictComprehension comprehension) {
        Map<Object, Object> out = new LinkedHashMap<>();
        comprehension(comprehension, comprehension.generators(), () -> {
            Object key = evaluate(comprehension.key());
            out.put(script.builtins().hashable(key, comprehension.key()), evaluate(comprehension.value()));
        }, out::size);
        return out;
    }

    private void comprehend(List<Expr.For> generators, int level, Runnable eachItem, IntSupplier size, Expr at) {
        if (level == generators.size()) {
            script.checkSize(size.getAsInt() + 1L, at);
            eachItem.run();
            return;
        }
        Expr.For generator = generators.get(level);
        for (Object item : script.builtins().iterate(evaluate(generator.iterable()), generator.iterable())) {
            script.step(generator.line(), generator.column());
            if (generator.unpack()) {
                List<?> values = script.builtins().unpack(item, generator.targets().size(), generator.iterable());
                for (int i = 0; i < values.size(); i++) {
                    script.frame().put(generator.targets().get(i), values.get(i));
                }
            } else {
                script.frame().put(generator.variable(), item);
            }
            boolean kept = true;
            for (Expr condition : generator.conditions()) {
                if (!script.truthy(evaluate(condition))) {
                    kept = false;
                    break;
                }
            }
            if (kept) {
                comprehend(generators, level + 1, eachItem, size, at);
            }
        }
    }

    Object evaluate(Expr expr) {
        if (expr instanceof Expr.Constant constant) {
            return constant.value();
        }
        if (expr instanceof Expr.Name name) {
            return script.lookup(name);
        }
        if (expr instanceof Expr.Attribute attribute) {
            return script.getAttribute(evaluate(attribute.value()), attribute);
        }
        if (expr instanceof Expr.Call call) {
            return script.constructors().call(call);
        }
        if (expr instanceof Expr.ListExpr list) {
            return ScriptValues.list(evaluateAll(list.elements()));
        }
        if (expr instanceof Expr.TupleExpr tuple) {
            return ScriptValues.tuple(evaluateAll(tuple.elements()));
        }
        if (expr instanceof Expr.SetExpr set) {
            return ScriptValues.set(evaluateAll(set.elements()));
        }
        if (expr instanceof Expr.UnaryOp unary) {
            return unary(unary);
        }
        if (expr instanceof Expr.JoinedStr joined) {
            return joined(joined);
        }
        if (expr instanceof Expr.BinOp binary) {
            return script.builtins().binary(binary.op(), evaluate(binary.left()), evaluate(binary.right()), binary);
        }
        if (expr instanceof Expr.BoolOp bool) {
            Object value = null;
            for (Expr operand : bool.values()) {
                value = evaluate(operand);
                if (script.truthy(value) != bool.isAnd()) {
                    return value;
                }
            }
            return value;
        }
        if (expr instanceof Expr.Compare compare) {
            Object left = evaluate(compare.left());
            for (int i = 0; i < compare.ops().size(); i++) {
                Object right = evaluate(compare.comparators().get(i));
                if (!script.builtins().compare(compare.ops().get(i), left, right, compare)) {
                    return false;
                }
                left = right;
            }
            return true;
        }
        if (expr instanceof Expr.IfExp conditional) {
            return script.truthy(evaluate(conditional.test())) ? evaluate(conditional.body())
                    : evaluate(conditional.orElse());
        }
        if (expr instanceof Expr.DictExpr dict) {
            Map<Object, Object> map = new java.util.LinkedHashMap<>();
            for (int i = 0; i < dict.keys().size(); i++) {
                if (dict.keys().get(i) == null) {
                    throw script.error(dict.values().get(i), unsupported("'**' in a dict display is not supported"));
                }
                map.put(script.builtins().hashable(evaluate(dict.keys().get(i)), dict.keys().get(i)),
                        evaluate(dict.values().get(i)));
            }
            return map;
        }
        if (expr instanceof Expr.Subscript subscript) {
            return script.builtins().getItem(evaluate(subscript.value()), subscript.index(), subscript);
        }
        if (expr instanceof Expr.Comprehension comprehension) {
            return listComprehension(comprehension);
        }
        if (expr instanceof Expr.DictComprehension comprehension) {
            return dictComprehension(comprehension);
        }
        if (expr instanceof Expr.Lambda lambda) {
            List<Stmt> body = List.of(new Stmt.Return(lambda.body(), lambda.body().line(), lambda.body().column()));
            return new ScriptFunction("<lambda>", lambda.params(), evaluateAll(lambda.defaults()), null, null, body,
                    script.locals());
        }
        throw script.error(expr, unsupported(describeUnsupported(expr) + " not supported"));
    }

    /** An f-string: str(), repr() or ascii() of each field, formatted by its spec as Python's format() does. */
    private String joined(Expr.JoinedStr joined) {
        StringBuilder text = new StringBuilder();
        for (Expr part : joined.values()) {
            if (!(part instanceof Expr.FormattedValue field)) {
                text.append((String) evaluate(part));
                continue;
            }
            Object value = evaluate(field.value());
            String spec = field.formatSpec() == null ? "" : joined((Expr.JoinedStr) field.formatSpec());
            try {
                Object converted = switch (field.conversion()) {
                    case 'r' -> Py.repr(value);
                    case 'a' -> Py.ascii(value);
                    case 's' -> Py.str(value);
                    default -> value;
                };
                text.append(Py.format(converted, spec));
            } catch (PyError e) {
                throw script.error(field.value(), e.getMessage());
            }
        }
        return text.toString();
    }

    List<Object> evaluateAll(List<Expr> elements) {
        List<Object> items = new ArrayList<>(elements.size());
        for (Expr element : elements) {
            items.add(evaluate(element));
        }
        return items;
    }

    /** A sign on a number ({@code srcPort=-1}), or {@code not}. */
    private Object unary(Expr.UnaryOp unary) {
        if (unary.op().equals("not")) {
            return !script.truthy(evaluate(unary.operand()));
        }
        if (unary.op().equals("-") || unary.op().equals("+")) {
            Object operand = evaluate(unary.operand());
            boolean minus = unary.op().equals("-");
            if (operand instanceof Long l) {
                return minus ? -l : l;
            }
            if (operand instanceof Double d) {
                return minus ? -d : d;
            }
        }
        throw script.error(unary, unsupported("the operator '" + unary.op() + "' is not supported"));
    }

    private static String describeUnsupported(Expr expr) {
        if (expr instanceof Expr.BinOp binary) {
            return "the operator '" + binary.op() + "' is";
        }
        if (expr instanceof Expr.BoolOp bool) {
            return "'" + (bool.isAnd() ? "and" : "or") + "' is";
        }
        if (expr instanceof Expr.Compare) {
            return "comparisons are";
        }
        if (expr instanceof Expr.IfExp) {
            return "conditional expressions ('x if c else y') are";
        }
        if (expr instanceof Expr.DictExpr) {
            return "dictionaries are";
        }
        if (expr instanceof Expr.Comprehension || expr instanceof Expr.DictComprehension) {
            return "comprehensions and generator expressions are";
        }
        if (expr instanceof Expr.Subscript || expr instanceof Expr.Slice) {
            return "subscripts ('x[...]') are";
        }
        return "this expression is";
    }
}
