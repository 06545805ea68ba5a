package dev.tmj.condition;

import dev.tmj.model.ModelObject;
import dev.tmj.python.value.Py;
import dev.tmj.python.value.PyTuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The node types of compiled conditions: values, logic, comparisons, operators and collections. */
final class Nodes {
    private Nodes() {
    }

    static final class Const extends Node {
        private final Object value;

        Const(Object value) {
            this.value = value;
        }

        @Override
        Object eval(Frame frame) {
            return value;
        }
    }

    static final class Local extends Node {
        private final int slot;

        Local(int slot) {
            this.slot = slot;
        }

        @Override
        Object eval(Frame frame) {
            return frame.get(slot);
        }
    }

    /** Reads an attribute by its interned name id: two array loads on the model object. */
    static final class Attr extends Node {
        private final Node receiver;
        private final int nameId;
        private final String name;

        Attr(Node receiver, int nameId, String name) {
            this.receiver = receiver;
            this.nameId = nameId;
            this.name = name;
        }

        @Override
        Object eval(Frame frame) {
            return read(receiver.eval(frame), nameId, name);
        }

        /** The attribute of {@code owner}; kept small, the rare cases apart, so that the compiler inlines it. */
        static Object read(Object owner, int nameId, String name) {
            if (owner instanceof ModelObject object) {
                Object value = object.valueOf(nameId);
                if (value != ModelObject.MISSING) {
                    return value;
                }
            }
            return readExtra(owner, name);
        }

        private static Object readExtra(Object owner, String name) {
            if (owner instanceof ModelObject object) {
                // An attribute pytm does not define is readable where the model set it, as in pytm.
                Object value = object.extraValue(name);
                if (value != ModelObject.MISSING) {
                    return value;
                }
            }
            throw new EvaluationException("'" + Py.typeName(owner) + "' object has no attribute '" + name + "'");
        }
    }

    /**
     * A chain of attributes of {@code target} or a loop variable, such as {@code target.controls.isHardened}: what
     * nested {@link Attr}s read, in one node. Nearly every condition reads such chains; a call of a node per
     * attribute was the largest part of resolving 50,000 flows (the launcher's JIT does not inline them).
     */
    static final class Path extends Node {
        private final int slot;
        private final int[] nameIds;
        private final String[] names;

        Path(int slot, int[] nameIds, String[] names) {
            this.slot = slot;
            this.nameIds = nameIds;
            this.names = names;
        }

        /** {@code owner.attr}: a longer path when the owner is a path or a local, else a plain {@link Attr}. */
        static Node of(Node owner, int nameId, String name) {
            if (owner instanceof Local local) {
                return new Path(local.slot, new int[] {nameId}, new String[] {name});
            }
            if (owner instanceof Path path) {
                int n = path.nameIds.length;
                int[] ids = java.util.Arrays.copyOf(path.nameIds, n + 1);
                String[] texts = java.util.Arrays.copyOf(path.names, n + 1);
                ids[n] = nameId;
                texts[n] = name;
                return new Path(path.slot, ids, texts);
            }
            return new Attr(owner, nameId, name);
        }

        @Override
        Object eval(Frame frame) {
            Object value = frame.get(slot);
            for (int i = 0; i < nameIds.length; i++) {
                value = Attr.read(value, nameIds[i], names[i]);
            }
            return value;
        }
    }

    static final class And extends Node {
        private final Node[] operands;

        And(List<Node> operands) {
            this.operands = operands.toArray(Node[]::new);
        }

        @Override
        Object eval(Frame frame) {
            Object value = null;
            for (Node operand : operands) {
                value = operand.eval(frame);
                if (!Py.truthy(value)) {
                    return value;
                }
            }
            return value;
        }

        @Override
        boolean test(Frame frame) {
            for (Node operand : operands) {
                if (!operand.test(frame)) {
                    return false;
                }
            }
            return true;
        }
    }

    static final class Or extends Node {
        private final Node[] operands;

        Or(List<Node> operands) {
            this.operands = operands.toArray(Node[]::new);
        }

        @Override
        Object eval(Frame frame) {
            Object value = null;
            for (Node operand : operands) {
                value = operand.eval(frame);
                if (Py.truthy(value)) {
                    return value;
                }
            }
            return value;
        }

        @Override
        boolean test(Frame frame) {
            for (Node operand : operands) {
                if (operand.test(frame)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final class Not extends Node {
        private final Node operand;

        Not(Node operand) {
            this.operand = operand;
        }

        @Override
        Object eval(Frame frame) {
            return !operand.test(frame);
        }

        @Override
        boolean test(Frame frame) {
            return !operand.test(frame);
        }
    }

    /** {@code x is True}, {@code x is not None}: identity with a singleton, the commonest condition. */
    static final class IsSingleton extends Node {
        private final Node operand;
        private final Object singleton;
        private final boolean negated;

        IsSingleton(Node operand, Object singleton, boolean negated) {
            this.operand = operand;
            this.singleton = singleton;
            this.negated = negated;
        }

        @Override
        Object eval(Frame frame) {
            return test(frame);
        }

        @Override
        boolean test(Frame frame) {
            return (operand.eval(frame) == singleton) != negated;
        }
    }

    /** A comparison chain such as {@code a < b <= c}: each operand is evaluated once. */
    static final class Compare extends Node {
        /** The operators that are not orderings, by their index in {@link #codes}: no switch on text per test. */
        private static final List<String> OPERATORS = List.of("==", "!=", "is", "is not", "in", "not in");

        private final Node left;
        private final String[] ops;
        /** Each operator's index in {@link #OPERATORS}, or -1 for an ordering. */
        private final int[] codes;
        private final Node[] rights;

        Compare(Node left, List<String> ops, List<Node> rights) {
            this.left = left;
            this.ops = ops.toArray(String[]::new);
            this.codes = ops.stream().mapToInt(OPERATORS::indexOf).toArray();
            this.rights = rights.toArray(Node[]::new);
        }

        @Override
        Object eval(Frame frame) {
            return test(frame);
        }

        @Override
        boolean test(Frame frame) {
            Object a = left.eval(frame);
            for (int i = 0; i < ops.length; i++) {
                Object b = rights[i].eval(frame);
                if (!compare(codes[i], ops[i], a, b, frame)) {
                    return false;
                }
                a = b;
            }
            return true;
        }

        private static boolean compare(int code, String op, Object a, Object b, Frame frame) {
            return switch (code) {
                case 0 -> Comparisons.eq(a, b, frame);
                case 1 -> !Comparisons.eq(a, b, frame);
                case 2 -> Py.is(a, b);
                case 3 -> !Py.is(a, b);
                case 4 -> Comparisons.contains(b, a, frame);
                case 5 -> !Comparisons.contains(b, a, frame);
                default -> Comparisons.order(op, a, b, frame);
            };
        }
    }

    static final class Binary extends Node {
        private final String op;
        private final Node left;
        private final Node right;

        Binary(String op, Node left, Node right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        Object eval(Frame frame) {
            return Arithmetic.binary(op, left.eval(frame), right.eval(frame), frame);
        }
    }

    static final class Unary extends Node {
        private final String op;
        private final Node operand;

        Unary(String op, Node operand) {
            this.op = op;
            this.operand = operand;
        }

        @Override
        Object eval(Frame frame) {
            return Arithmetic.unary(op, operand.eval(frame));
        }
    }

    static final class IfElse extends Node {
        private final Node test;
        private final Node body;
        private final Node orElse;

        IfElse(Node test, Node body, Node orElse) {
            this.test = test;
            this.body = body;
            this.orElse = orElse;
        }

        @Override
        Object eval(Frame frame) {
            return test.test(frame) ? body.eval(frame) : orElse.eval(frame);
        }
    }

    /** A list, tuple, set or dict display. */
    static final class Display extends Node {
        enum Kind { LIST, TUPLE, SET, DICT }

        private final Kind kind;
        private final Node[] items;
        private final Node[] values;

        Display(Kind kind, List<Node> items, List<Node> values) {
            this.kind = kind;
            this.items = items.toArray(Node[]::new);
            this.values = values.toArray(Node[]::new);
        }

        @Override
        Object eval(Frame frame) {
            frame.allocateFixed(items.length);
            if (kind == Kind.DICT) {
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < items.length; i++) {
                    map.put(items[i].eval(frame), values[i].eval(frame));
                }
                return map;
            }
            List<Object> out = new ArrayList<>(items.length);
            for (Node item : items) {
                out.add(item.eval(frame));
            }
            return switch (kind) {
                case TUPLE -> new PyTuple(out);
                case SET -> new LinkedHashSet<>(out);
                default -> out;
            };
        }
    }

    static final class Subscript extends Node {
        private final Node container;
        private final Node index;

        Subscript(Node container, Node index) {
            this.container = container;
            this.index = index;
        }

        @Override
        Object eval(Frame frame) {
            return Arithmetic.subscript(container.eval(frame), index.eval(frame), frame);
        }
    }

    static final class Slice extends Node {
        private final Node container;
        private final Node lower;
        private final Node upper;
        private final Node step;

        Slice(Node container, Node lower, Node upper, Node step) {
            this.container = container;
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }

        @Override
        Object eval(Frame frame) {
            return Arithmetic.slice(container.eval(frame), value(lower, frame), value(upper, frame),
                    value(step, frame), frame);
        }

        private static Object value(Node node, Frame frame) {
            return node == null ? null : node.eval(frame);
        }
    }

}
