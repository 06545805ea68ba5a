package dev.tmj.condition;

import dev.tmj.python.value.Py;
import dev.tmj.python.value.PyTuple;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Predicate;

/** Comprehensions and the builtins that consume iterables: any, all, len, min, max, sum. */
final class Iteration {
    private Iteration() {
    }

    /** One {@code for slot in iterable if conditions} clause of a comprehension. */
    record Clause(int slot, Node iterable, List<Node> conditions) {
    }

    /** A generator expression or list comprehension; generators feed any/all lazily, with short-circuit. */
    static final class Comprehension extends Node {
        /** The visitor of any(): stops at the first truthy value. */
        private static final Predicate<Object> UNTIL_TRUTHY = value -> !Py.truthy(value);
        /** The visitor of all(): stops at the first falsy value. */
        private static final Predicate<Object> UNTIL_FALSY = Py::truthy;

        private final Node element;
        private final Clause[] clauses;
        /** Each clause's conditions as an array: a list's iterator per item showed in the allocation profile. */
        private final Node[][] conditions;

        Comprehension(Node element, List<Clause> clauses) {
            this.element = element;
            this.clauses = clauses.toArray(Clause[]::new);
            this.conditions = clauses.stream().map(c -> c.conditions().toArray(Node[]::new)).toArray(Node[][]::new);
        }

        @Override
        Object eval(Frame frame) {
            List<Object> out = new ArrayList<>();
            forEach(frame, value -> {
                frame.allocate(1);
                out.add(value);
                return true;
            });
            return out;
        }

        /** Feeds each produced value to {@code visitor} until it returns false; returns false if stopped. */
        boolean forEach(Frame frame, Predicate<Object> visitor) {
            return loop(0, frame, visitor);
        }

        /** Python's {@code any(generator)} or {@code all(generator)}, without a visitor built per evaluation. */
        boolean anyAll(Frame frame, boolean any) {
            boolean completed = forEach(frame, any ? UNTIL_TRUTHY : UNTIL_FALSY);
            return any != completed;
        }

        private boolean loop(int level, Frame frame, Predicate<Object> visitor) {
            Object iterable = clauses[level].iterable().eval(frame);
            // A list (the model's values, displays, ranges of a comprehension) by index: no iterator per loop.
            if (iterable instanceof List<?> list && list instanceof RandomAccess) {
                for (int i = 0; i < list.size(); i++) {
                    if (!visit(level, list.get(i), frame, visitor)) {
                        return false;
                    }
                }
                return true;
            }
            for (Object item : frame.iterate(iterable)) {
                if (!visit(level, item, frame, visitor)) {
                    return false;
                }
            }
            return true;
        }

        /** One item of the loop at {@code level}: the nested loops or the value it produces; false to stop. */
        private boolean visit(int level, Object item, Frame frame, Predicate<Object> visitor) {
            frame.step();
            frame.set(clauses[level].slot(), item);
            for (Node condition : conditions[level]) {
                if (!condition.test(frame)) {
                    return true;
                }
            }
            return level + 1 < clauses.length ? loop(level + 1, frame, visitor) : visitor.test(element.eval(frame));
        }
    }

    /** Python's {@code any(...)} or {@code all(...)}. */
    static final class AnyAll extends Node {
        private final boolean any;
        private final Node argument;

        AnyAll(boolean any, Node argument) {
            this.any = any;
            this.argument = argument;
        }

        @Override
        Object eval(Frame frame) {
            return test(frame);
        }

        @Override
        boolean test(Frame frame) {
            if (argument instanceof Comprehension generator) {
                return generator.anyAll(frame, any);
            }
            for (Object value : frame.iterate(argument.eval(frame))) {
                frame.step();
                if (Py.truthy(value) == any) {
                    return any;
                }
            }
            return !any;
        }
    }

    static final class Len extends Node {
        private final Node argument;

        Len(Node argument) {
            this.argument = argument;
        }

        @Override
        Object eval(Frame frame) {
            Object value = argument.eval(frame);
            if (value instanceof String s) {
                return (long) s.codePointCount(0, s.length());
            }
            if (value instanceof java.util.Collection<?> c) {
                return (long) c.size();
            }
            if (value instanceof PyTuple t) {
                return (long) t.items().size();
            }
            if (value instanceof java.util.Map<?, ?> m) {
                return (long) m.size();
            }
            throw new EvaluationException("object of type '" + Py.typeName(value) + "' has no len()");
        }
    }

    /** {@code min(iterable)}, {@code min(a, b, ...)} and the same for max. */
    static final class MinMax extends Node {
        private final boolean max;
        private final Node[] arguments;

        MinMax(boolean max, List<Node> arguments) {
            this.max = max;
            this.arguments = arguments.toArray(Node[]::new);
        }

        @Override
        Object eval(Frame frame) {
            List<Object> values = new ArrayList<>();
            if (arguments.length == 1) {
                for (Object value : frame.iterate(arguments[0].eval(frame))) {
                    frame.step();
                    frame.allocate(1);
                    values.add(value);
                }
            } else {
                for (Node argument : arguments) {
                    values.add(argument.eval(frame));
                }
            }
            if (values.isEmpty()) {
                throw new EvaluationException((max ? "max" : "min") + "() arg is an empty sequence");
            }
            Object best = values.get(0);
            for (Object candidate : values.subList(1, values.size())) {
                if (max ? Comparisons.order(">", candidate, best, frame) : Comparisons.order("<", candidate, best,
                        frame)) {
                    best = candidate;
                }
            }
            return best;
        }
    }

    static final class Sum extends Node {
        private final Node iterable;
        private final Node start;

        Sum(Node iterable, Node start) {
            this.iterable = iterable;
            this.start = start;
        }

        @Override
        Object eval(Frame frame) {
            Object total = start == null ? (Object) 0L : start.eval(frame);
            if (total instanceof String) {
                throw new EvaluationException("sum() can't sum strings [use ''.join(seq) instead]");
            }
            for (Object value : frame.iterate(iterable.eval(frame))) {
                frame.step();
                total = Arithmetic.binary("+", total, value, frame);
            }
            return total;
        }
    }
}
