package dev.tmj.iac.hcl;

import dev.tmj.iac.hcl.Conversions.NotKnown;
import dev.tmj.iac.hcl.Expression.Template;
import dev.tmj.iac.hcl.Value.ListValue;
import dev.tmj.iac.hcl.Value.Null;
import dev.tmj.iac.hcl.Value.Num;
import dev.tmj.iac.hcl.Value.ObjectValue;
import dev.tmj.iac.hcl.Value.Str;
import dev.tmj.iac.hcl.Value.Unknown;
import dev.tmj.model.SourcePosition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates HCL expressions statically: literals, templates, collections, operators, conditionals, for expressions,
 * splats and the functions of {@link HclFunctions}; names come from a {@link Scope}. What cannot be known without
 * running Terraform evaluates to an {@link Unknown} that says why; nothing is run, read or fetched. A
 * {@link Budget} bounds the work of all evaluations made with one evaluator, so hostile input ends with an
 * {@link HclException} instead of hanging.
 */
public final class Evaluator {
    /** The names an expression may refer to. */
    @FunctionalInterface
    public interface Scope {
        /**
         * The value of {@code root} ({@code var}, {@code local}, {@code aws_vpc} ...) or of {@code root.attribute}
         * when {@code attribute} is not null; an {@link Unknown} when it is not known statically.
         */
        Value resolve(String root, String attribute, SourcePosition at);
    }

    /** The limits of one evaluator's work. */
    public static final class Budget {
        /** Evaluation steps (expressions, iterations, elements compared or converted). */
        public static final long MAX_STEPS = 20_000_000;
        /** The longest string built. */
        public static final int MAX_STRING = 1 << 20;
        /** The most elements of one value, nested ones included. */
        public static final long MAX_ELEMENTS = 1_000_000;

        private long steps;
        private SourcePosition at = SourcePosition.of("", 0, 0);
        private final Map<Value, Long> sizes = new IdentityHashMap<>();

        void charge(long count) {
            steps += count;
            if (steps > MAX_STEPS) {
                throw new HclException(at, "evaluation stopped: more than " + MAX_STEPS + " steps");
            }
        }

        <T extends CharSequence> T checkString(T text) {
            if (text.length() > MAX_STRING) {
                throw new HclException(at, "evaluation stopped: a string longer than " + MAX_STRING + " characters");
            }
            return text;
        }

        /** The value, unless it has more than {@link #MAX_ELEMENTS} elements (shared parts counted each time). */
        Value checkSize(Value value) {
            if (size(value) > MAX_ELEMENTS) {
                throw new HclException(at, "evaluation stopped: a value of more than " + MAX_ELEMENTS + " elements");
            }
            return value;
        }

        private long size(Value value) {
            if (!(value instanceof ListValue) && !(value instanceof ObjectValue)) {
                return 1;
            }
            Long known = sizes.get(value);
            if (known != null) {
                return known;
            }
            long total = 1;
            Iterable<Value> children = value instanceof ListValue list ? list.items() : ((ObjectValue) value).entries().values();
            for (Value child : children) {
                total = Math.min(total + size(child), MAX_ELEMENTS + 1);
            }
            sizes.put(value, total);
            return total;
        }
    }

    private final Budget budget = new Budget();
    private final HclFunctions functions = new HclFunctions(budget);

    /**
     * The value of an expression.
     *
     * @param expression what to evaluate
     * @param scope the names it may use
     * @param bound names bound around it (an iterator, {@code each}), which hide the scope's
     * @throws HclException when the budget is exceeded
     */
    public Value evaluate(Expression expression, Scope scope, Map<String, Value> bound) {
        return new Run(scope, bound).value(expression);
    }

    /** One evaluation: its scope and the names bound by for expressions and splats inside it. */
    private final class Run {
        private final Scope scope;
        private final Map<String, Value> bound;
        private Value splatItem;

        Run(Scope scope, Map<String, Value> bound) {
            this.scope = scope;
            this.bound = new HashMap<>(bound);
        }

        Value value(Expression expression) {
            budget.at = expression.position();
            budget.charge(1);
            try {
                return budget.checkSize(compute(expression));
            } catch (NotKnown e) {
                return new Unknown(e.getMessage());
            }
        }

        private Value compute(Expression expression) {
            if (expression instanceof Expression.Literal literal) {
                return literal(literal.value());
            } else if (expression instanceof Template template) {
                return template(template);
            } else if (expression instanceof Expression.Variable variable) {
                return bound.containsKey(variable.name()) ? bound.get(variable.name())
                        : scope.resolve(variable.name(), null, variable.position());
            } else if (expression instanceof Expression.GetAttr get) {
                return getAttr(get);
            } else if (expression instanceof Expression.Index index) {
                return Operations.index(value(index.source()), value(index.key()));
            } else if (expression instanceof Expression.Splat splat) {
                return splat(splat);
            } else if (expression instanceof Expression.SplatItem) {
                return splatItem;
            } else if (expression instanceof Expression.Tuple tuple) {
                return Value.list(tuple.items().stream().map(this::value).toList());
            } else if (expression instanceof Expression.ObjectCons object) {
                return object(object);
            } else if (expression instanceof Expression.Call call) {
                return call(call);
            } else if (expression instanceof Expression.Unary unary) {
                return Operations.unary(unary.operator(), value(unary.operand()));
            } else if (expression instanceof Expression.Binary binary) {
                return Operations.binary(binary.operator(), value(binary.left()), () -> value(binary.right()), budget);
            } else if (expression instanceof Expression.Conditional c) {
                return Conversions.bool(value(c.condition())) ? value(c.then()) : value(c.otherwise());
            } else if (expression instanceof Expression.For forExpression) {
                return forExpression(forExpression);
            }
            return value(((Expression.Parens) expression).expression());
        }

        private Value literal(Object value) {
            if (value == null) {
                return Value.NULL;
            }
            return value instanceof Boolean b ? Value.of(b) : new Num((BigDecimal) value);
        }

        private Value getAttr(Expression.GetAttr get) {
            if (get.source() instanceof Expression.Variable root && !bound.containsKey(root.name())) {
                return scope.resolve(root.name(), get.name(), root.position());
            }
            Value source = value(get.source());
            if (source instanceof ObjectValue object) {
                Value found = object.get(get.name());
                if (found == null) {
                    throw new NotKnown("no attribute " + get.name() + " in the object");
                }
                return found;
            }
            throw Conversions.notKnown(source, "an object with the attribute " + get.name());
        }

        private Value splat(Expression.Splat splat) {
            Value source = value(splat.source());
            if (source instanceof Unknown) {
                return source;
            }
            List<Value> items = source instanceof Null ? List.of()
                    : source instanceof ListValue list ? list.items() : List.of(source);
            List<Value> result = new ArrayList<>(items.size());
            Value outer = splatItem;
            for (Value item : items) {
                splatItem = item;
                result.add(value(splat.each()));
            }
            splatItem = outer;
            return Value.list(result);
        }

        private Value object(Expression.ObjectCons object) {
            Map<String, Value> entries = new LinkedHashMap<>();
            for (Expression.ObjectCons.Item item : object.items()) {
                String key = Conversions.string(Conversions.known(value(item.key())));
                entries.put(key, value(item.value()));
            }
            return Value.object(entries);
        }

        private Value call(Expression.Call call) {
            List<Value> args = new ArrayList<>();
            for (int i = 0; i < call.args().size(); i++) {
                Value arg = value(call.args().get(i));
                if (call.expandFinal() && i == call.args().size() - 1) {
                    args.addAll(Conversions.list(arg));
                } else {
                    args.add(arg);
                }
            }
            budget.at = call.position();
            return functions.call(call.name(), args);
        }

        private Value template(Template template) {
            if (template.parts().size() == 1 && template.parts().get(0) instanceof Template.Interpolation only) {
                return value(only.expression());
            }
            StringBuilder out = new StringBuilder();
            appendParts(template.parts(), out);
            return new Str(budget.checkString(out.toString()));
        }

        private void appendParts(List<Template.Part> parts, StringBuilder out) {
            for (Template.Part part : parts) {
                if (part instanceof Template.Text text) {
                    out.append(text.text());
                } else if (part instanceof Template.Interpolation in) {
                    out.append(Conversions.string(Conversions.known(value(in.expression()))));
                } else if (part instanceof Template.If branch) {
                    appendParts(Conversions.bool(value(branch.condition())) ? branch.then() : branch.otherwise(), out);
                } else if (part instanceof Template.For loop) {
                    iterate(value(loop.collection()), loop.key(), loop.value(), () -> appendParts(loop.body(), out));
                }
                budget.checkString(out);
            }
        }

        private Value forExpression(Expression.For f) {
            Value collection = value(f.collection());
            List<Value> items = new ArrayList<>();
            Map<String, List<Value>> groups = new LinkedHashMap<>();
            iterate(collection, f.keyVar(), f.valueVar(), () -> {
                if (f.condition() != null && !Conversions.bool(value(f.condition()))) {
                    return;
                }
                if (f.keyResult() == null) {
                    items.add(value(f.value()));
                    return;
                }
                String key = Conversions.string(Conversions.known(value(f.keyResult())));
                List<Value> group = groups.computeIfAbsent(key, k -> new ArrayList<>());
                if (!group.isEmpty() && !f.grouping()) {
                    throw new NotKnown("the for expression makes the key \"" + key + "\" twice (\"...\" groups them)");
                }
                group.add(value(f.value()));
            });
            if (f.keyResult() == null) {
                return Value.list(items);
            }
            Map<String, Value> entries = new LinkedHashMap<>();
            groups.forEach((key, group) -> entries.put(key, f.grouping() ? Value.list(group) : group.get(0)));
            return Value.object(entries);
        }

        /** Runs {@code body} once per element, with the key (index) and value bound; lists by index, maps by key. */
        private void iterate(Value collection, String keyVar, String valueVar, Runnable body) {
            Map<String, Value> saved = new HashMap<>(bound);
            try {
                if (collection instanceof ObjectValue object) {
                    for (Map.Entry<String, Value> entry : object.entries().entrySet()) {
                        bindAndRun(keyVar, Value.of(entry.getKey()), valueVar, entry.getValue(), body);
                    }
                } else {
                    List<Value> items = Conversions.list(collection);
                    for (int i = 0; i < items.size(); i++) {
                        bindAndRun(keyVar, Value.of(i), valueVar, items.get(i), body);
                    }
                }
            } finally {
                bound.clear();
                bound.putAll(saved);
            }
        }

        private void bindAndRun(String keyVar, Value key, String valueVar, Value value, Runnable body) {
            budget.charge(1);
            if (keyVar != null) {
                bound.put(keyVar, key);
            }
            bound.put(valueVar, value);
            body.run();
        }
    }
}
