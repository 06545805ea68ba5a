package dev.tmj.condition;

import dev.tmj.condition.Iteration.Clause;
import dev.tmj.condition.StaticType.Kind;
import dev.tmj.model.Action;
import dev.tmj.model.Attribute;
import dev.tmj.model.AttributeNames;
import dev.tmj.model.Classification;
import dev.tmj.model.DatastoreType;
import dev.tmj.model.ElementType;
import dev.tmj.model.Lifetime;
import dev.tmj.model.Schema;
import dev.tmj.model.Schemas;
import dev.tmj.model.Suggestions;
import dev.tmj.model.TLSVersion;
import dev.tmj.python.Expr;
import dev.tmj.python.value.PyClass;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a parsed condition into nodes, checking it against the safe subset and the model's schemas: only
 * known names, no dunder attributes, calls only to pytm's builtins and element helpers, attributes that
 * the possible targets really have. Nothing here reflects on Java classes; names resolve through tables.
 */
final class Compiler {
    private static final Map<String, Class<?>> ENUMS = Map.of("Classification", Classification.class,
            "TLSVersion", TLSVersion.class, "Lifetime", Lifetime.class, "DatastoreType", DatastoreType.class,
            "Action", Action.class);
    private static final Set<String> BUILTINS = Set.of("any", "all", "len", "min", "max", "sum");

    private final StaticType targetType;
    private final Deque<Map<String, Local>> scopes = new ArrayDeque<>();
    private int nextSlot = 1;
    private int frameSize = 1;

    private record Local(int slot, StaticType type) {
    }

    /** A compiled node and what is known of its value. */
    record Typed(Node node, StaticType type) {
    }

    /** Thrown inside the compiler; {@link Condition} turns it into a {@link ConditionException}. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        Failure(Expr at, String message) {
            this(at instanceof Expr.Attribute a ? a.nameLine() : at.line(),
                    at instanceof Expr.Attribute a ? a.nameColumn() : at.column(), message);
        }

        Failure(int line, int column, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    Compiler(StaticType targetType) {
        this.targetType = targetType;
    }

    int frameSize() {
        return frameSize;
    }

    Typed compile(Expr expr) {
        if (expr instanceof Expr.Constant c) {
            return new Typed(new Nodes.Const(c.value()), constantType(c.value()));
        }
        if (expr instanceof Expr.Name n) {
            return name(n);
        }
        if (expr instanceof Expr.Attribute a) {
            return attribute(a);
        }
        if (expr instanceof Expr.Call c) {
            return call(c);
        }
        if (expr instanceof Expr.BoolOp b) {
            List<Node> operands = new ArrayList<>();
            StaticType type = null;
            for (Expr value : b.values()) {
                Typed t = compile(value);
                operands.add(t.node());
                type = type == null ? t.type() : type.union(t.type());
            }
            return new Typed(b.isAnd() ? new Nodes.And(operands) : new Nodes.Or(operands), type);
        }
        if (expr instanceof Expr.UnaryOp u) {
            Typed operand = compile(u.operand());
            if (u.op().equals("not")) {
                return new Typed(new Nodes.Not(operand.node()), StaticType.BOOL);
            }
            return new Typed(new Nodes.Unary(u.op(), operand.node()), operand.type());
        }
        if (expr instanceof Expr.BinOp b) {
            Typed left = compile(b.left());
            Typed right = compile(b.right());
            return new Typed(new Nodes.Binary(b.op(), left.node(), right.node()), left.type().union(right.type()));
        }
        if (expr instanceof Expr.Compare c) {
            return compare(c);
        }
        if (expr instanceof Expr.IfExp i) {
            Typed test = compile(i.test());
            Typed body = compile(i.body());
            Typed orElse = compile(i.orElse());
            return new Typed(new Nodes.IfElse(test.node(), body.node(), orElse.node()),
                    body.type().union(orElse.type()));
        }
        if (expr instanceof Expr.ListExpr l) {
            return display(Nodes.Display.Kind.LIST, l.elements());
        }
        if (expr instanceof Expr.TupleExpr t) {
            return display(Nodes.Display.Kind.TUPLE, t.elements());
        }
        if (expr instanceof Expr.SetExpr s) {
            return display(Nodes.Display.Kind.SET, s.elements());
        }
        if (expr instanceof Expr.DictExpr d) {
            List<Node> keys = d.keys().stream().map(k -> compile(k).node()).toList();
            List<Node> values = d.values().stream().map(v -> compile(v).node()).toList();
            return new Typed(new Nodes.Display(Nodes.Display.Kind.DICT, keys, values),
                    StaticType.DICT);
        }
        if (expr instanceof Expr.Subscript s) {
            Typed container = compile(s.value());
            if (s.index() instanceof Expr.Slice slice) {
                return new Typed(new Nodes.Slice(container.node(), optional(slice.lower()), optional(slice.upper()),
                        optional(slice.step())), container.type());
            }
            Typed index = compile(s.index());
            return new Typed(new Nodes.Subscript(container.node(), index.node()), container.type().itemType());
        }
        if (expr instanceof Expr.Comprehension c) {
            return comprehension(c);
        }
        throw new Failure(expr, "a slice is only allowed inside [ ]");
    }

    private Node optional(Expr expr) {
        return expr == null ? null : compile(expr).node();
    }

    private static StaticType constantType(Object value) {
        if (value == null) {
            return StaticType.NONE;
        }
        if (value instanceof Boolean) {
            return StaticType.BOOL;
        }
        if (value instanceof Long) {
            return StaticType.INT;
        }
        if (value instanceof Double) {
            return StaticType.FLOAT;
        }
        return StaticType.STR;
    }

    private Typed name(Expr.Name n) {
        String id = n.id();
        for (Map<String, Local> scope : scopes) {
            Local local = scope.get(id);
            if (local != null) {
                return new Typed(new Nodes.Local(local.slot()), local.type());
            }
        }
        if (id.equals("target")) {
            return new Typed(new Nodes.Local(0), targetType);
        }
        Optional<ElementType> type = ElementType.byPytmName(id);
        if (type.isPresent()) {
            return new Typed(new Nodes.Const(PyClass.of(type.get())), StaticType.ELEMENT_CLASS);
        }
        if (ENUMS.containsKey(id)) {
            throw new Failure(n, id + " can only be used with a member, for example " + id + "."
                    + ((Enum<?>) ENUMS.get(id).getEnumConstants()[0]).name());
        }
        if (BUILTINS.contains(id)) {
            throw new Failure(n, id + "() can only be called");
        }
        if (id.startsWith("__")) {
            throw new Failure(n, "names starting with '__' are not allowed in conditions");
        }
        List<String> known = new ArrayList<>(List.of("target"));
        scopes.forEach(s -> known.addAll(s.keySet()));
        Arrays.stream(ElementType.values()).map(ElementType::pytmName).forEach(known::add);
        known.addAll(ENUMS.keySet());
        throw new Failure(n, "unknown name '" + id + "'" + Suggestions.closest(id, known)
                .map(s -> "; did you mean '" + s + "'?").orElse("; conditions can use target, loop variables, "
                        + "element classes and the enums Classification, TLSVersion, Lifetime, DatastoreType"));
    }

    private Typed attribute(Expr.Attribute a) {
        if (a.value() instanceof Expr.Name n && ENUMS.containsKey(n.id()) && !isLocal(n.id())) {
            rejectDunder(a);
            Class<?> enumClass = ENUMS.get(n.id());
            for (Object member : enumClass.getEnumConstants()) {
                if (((Enum<?>) member).name().equals(a.attr())) {
                    return new Typed(new Nodes.Const(member), StaticType.enumValue(enumClass));
                }
            }
            List<String> members = Arrays.stream(enumClass.getEnumConstants()).map(m -> ((Enum<?>) m).name())
                    .toList();
            throw new Failure(a, n.id() + " has no member '" + a.attr() + "'"
                    + Suggestions.closest(a.attr(), members).map(s -> "; did you mean '" + s + "'?")
                            .orElse("; members are " + String.join(", ", members)));
        }
        // The owner first, so that the first problem from the left is the one reported.
        Typed owner = compile(a.value());
        rejectDunder(a);
        return new Typed(attributeNode(owner.node(), a.attr()), attributeType(owner.type(), a));
    }

    private static void rejectDunder(Expr.Attribute a) {
        if (a.attr().startsWith("__")) {
            throw new Failure(a, "access to '" + a.attr() + "' is not allowed: conditions may not use attributes"
                    + " starting with '__'");
        }
    }

    private boolean isLocal(String id) {
        return id.equals("target") || scopes.stream().anyMatch(s -> s.containsKey(id));
    }

    private static Node attributeNode(Node owner, String attr) {
        return Nodes.Path.of(owner, AttributeNames.find(attr), attr);
    }

    private StaticType attributeType(StaticType owner, Expr.Attribute a) {
        String attr = a.attr();
        switch (owner.kind) {
            case ELEMENT: {
                StaticType result = null;
                Set<String> known = new TreeSet<>();
                for (ElementType type : owner.elementTypes) {
                    Schema schema = type.schema();
                    known.addAll(schema.names());
                    Optional<Attribute> attribute = schema.find(attr);
                    if (attribute.isPresent()) {
                        StaticType t = StaticType.of(attribute.get());
                        result = result == null ? t : result.union(t);
                    }
                }
                if (result == null) {
                    if (isExtra(attr)) {
                        return StaticType.ANY;
                    }
                    throw unknownAttribute(a, owner.describe(), known);
                }
                return result;
            }
            case DATA:
                return isExtra(attr) ? StaticType.ANY : StaticType.of(schemaAttribute(a, Schemas.DATA));
            case CONTROLS:
                return isExtra(attr) ? StaticType.ANY : StaticType.of(schemaAttribute(a, Schemas.CONTROLS));
            case ANY:
                if (AttributeNames.find(attr) < 0 && !isExtra(attr)) {
                    throw new Failure(a, "no model type has an attribute '" + attr + "'");
                }
                return StaticType.ANY;
            default:
                throw new Failure(a, owner.describe() + " has no attribute '" + attr + "'");
        }
    }

    /**
     * Whether a name can only be one of pytm's extra attributes, set by a model script (pytm stores any unknown
     * attribute): no schema declares it and it is no likely slip of a name one does. Such a read finds the
     * model's value, or raises AttributeError (no match) where the model did not set it, as in pytm. A name
     * pytm declares for other classes, or a slip of one, stays an error of the library: it is almost always a
     * mistake ({@code target.isHardened} for {@code target.controls.isHardened}).
     */
    private static boolean isExtra(String attr) {
        return AttributeNames.find(attr) < 0 && Suggestions.likelySlip(attr, AttributeNames.all()).isEmpty();
    }

    private static Attribute schemaAttribute(Expr.Attribute a, Schema schema) {
        return schema.find(a.attr()).orElseThrow(() -> unknownAttribute(a, schema.typeName(),
                new TreeSet<>(schema.names())));
    }

    private static Failure unknownAttribute(Expr.Attribute a, String owner, Set<String> known) {
        return new Failure(a, owner + " has no attribute '" + a.attr() + "'"
                + Suggestions.closest(a.attr(), known).map(s -> "; did you mean '" + s + "'?").orElse(""));
    }

    private Typed call(Expr.Call c) {
        if (!c.keywords().isEmpty()) {
            Expr.Keyword keyword = c.keywords().get(0);
            throw new Failure(keyword.line(), keyword.column(), "keyword arguments are not allowed in conditions"
                    + " (found " + keyword.name() + "=...)");
        }
        if (c.func() instanceof Expr.Name n && BUILTINS.contains(n.id()) && !isLocal(n.id())) {
            return builtin(n.id(), c);
        }
        if (c.func() instanceof Expr.Attribute a && Helpers.METHODS.contains(a.attr())) {
            return helper(a, c);
        }
        // What is called is compiled first, so that the first problem from the left is the one reported,
        // for example the '__import__' in __import__('os').system('id'); the error points at the called name.
        if (c.func() instanceof Expr.Attribute a) {
            compile(a.value());
        } else if (!(c.func() instanceof Expr.Name)) {
            compile(c.func());
        }
        String what = c.func() instanceof Expr.Attribute a ? "method '" + a.attr() + "'"
                : c.func() instanceof Expr.Name n ? "'" + n.id() + "'" : "this expression";
        throw new Failure(c.func() instanceof Expr.Attribute a ? a : c, "calling " + what + " is not allowed;"
                + " conditions may call any, all, len, min, max, sum and the element methods "
                + String.join(", ", Helpers.METHODS));
    }

    private Typed builtin(String name, Expr.Call c) {
        int count = c.args().size();
        boolean ok = switch (name) {
            case "any", "all", "len" -> count == 1;
            case "sum" -> count == 1 || count == 2;
            default -> count >= 1;
        };
        if (!ok) {
            throw new Failure(c, name + "() takes " + (name.equals("sum") ? "1 or 2 arguments"
                    : name.startsWith("m") ? "at least 1 argument" : "exactly 1 argument") + " (" + count
                    + " given)");
        }
        List<Typed> args = c.args().stream().map(this::compile).toList();
        if (!name.equals("min") && !name.equals("max") || count == 1) {
            checkIterable(c.args().get(0), args.get(0).type(), name.equals("len"));
        }
        List<Node> nodes = args.stream().map(Typed::node).toList();
        return switch (name) {
            case "any" -> new Typed(new Iteration.AnyAll(true, nodes.get(0)), StaticType.BOOL);
            case "all" -> new Typed(new Iteration.AnyAll(false, nodes.get(0)), StaticType.BOOL);
            case "len" -> new Typed(new Iteration.Len(nodes.get(0)), StaticType.INT);
            case "sum" -> new Typed(new Iteration.Sum(nodes.get(0), count == 2 ? nodes.get(1) : null),
                    StaticType.ANY);
            default -> new Typed(new Iteration.MinMax(name.equals("max"), nodes),
                    count == 1 ? args.get(0).type().itemType() : StaticType.ANY);
        };
    }

    private static void checkIterable(Expr at, StaticType type, boolean sized) {
        if (type.notIterable()) {
            throw new Failure(at, "expected " + (sized ? "something with a length" : "an iterable")
                    + ", but this is " + type.describe());
        }
    }

    private Typed helper(Expr.Attribute a, Expr.Call c) {
        Expr root = a.value();
        while (root instanceof Expr.Attribute inner) {
            root = inner.value();
        }
        if (!(root instanceof Expr.Name)) {
            throw new Failure(c, a.attr() + "() must be called on an element reached from a name, "
                    + "for example target." + a.attr() + "(...)");
        }
        Typed receiver = compile(a.value());
        StaticType type = receiver.type();
        if (type.kind != Kind.ELEMENT && type.kind != Kind.ANY) {
            throw new Failure(a, type.describe() + " has no method '" + a.attr() + "'");
        }
        if (a.attr().equals("hasDataLeaks") && type.kind == Kind.ELEMENT
                && !type.elementTypes.contains(ElementType.DATAFLOW)) {
            throw new Failure(a, type.describe() + " has no method 'hasDataLeaks'; only Dataflow has");
        }
        int count = c.args().size();
        if (a.attr().equals("hasDataLeaks") && count != 0 || a.attr().equals("checkTLSVersion") && count != 1) {
            throw new Failure(c, a.attr() + "() takes " + (a.attr().equals("hasDataLeaks") ? "no arguments"
                    : "exactly 1 argument") + " (" + count + " given)");
        }
        List<Node> args = c.args().stream().map(arg -> compile(arg).node()).toList();
        return new Typed(new Helpers.Call(a.attr(), receiver.node(), args), StaticType.BOOL);
    }

    private Typed compare(Expr.Compare c) {
        Typed left = compile(c.left());
        if (c.ops().size() == 1 && (c.ops().get(0).equals("is") || c.ops().get(0).equals("is not"))
                && c.comparators().get(0) instanceof Expr.Constant k
                && (k.value() == null || k.value() instanceof Boolean)) {
            return new Typed(new Nodes.IsSingleton(left.node(), k.value(), c.ops().get(0).equals("is not")),
                    StaticType.BOOL);
        }
        List<Node> rights = new ArrayList<>();
        for (int i = 0; i < c.comparators().size(); i++) {
            Expr comparator = c.comparators().get(i);
            Typed right = compile(comparator);
            String op = c.ops().get(i);
            if ((op.equals("in") || op.equals("not in")) && right.type().notIterable()) {
                throw new Failure(comparator, "'" + op + "' needs a collection or string on its right, but this is "
                        + right.type().describe());
            }
            rights.add(right.node());
        }
        return new Typed(new Nodes.Compare(left.node(), c.ops(), rights), StaticType.BOOL);
    }

    private Typed display(Nodes.Display.Kind kind, List<Expr> items) {
        List<Node> nodes = new ArrayList<>();
        StaticType item = null;
        for (Expr e : items) {
            Typed t = compile(e);
            nodes.add(t.node());
            item = item == null ? t.type() : item.union(t.type());
        }
        StaticType itemType = item == null ? StaticType.ANY : item;
        return new Typed(new Nodes.Display(kind, nodes, List.of()),
                kind == Nodes.Display.Kind.SET ? StaticType.setOf(itemType) : StaticType.sequenceOf(itemType));
    }

    private Typed comprehension(Expr.Comprehension c) {
        List<Clause> clauses = new ArrayList<>();
        int pushed = 0;
        try {
            for (Expr.For clause : c.generators()) {
                Typed iterable = compile(clause.iterable());
                checkIterable(clause.iterable(), iterable.type(), false);
                Map<String, Local> scope = new LinkedHashMap<>();
                int slot = nextSlot++;
                frameSize = Math.max(frameSize, nextSlot);
                scope.put(clause.variable(), new Local(slot, iterable.type().itemType()));
                scopes.push(scope);
                pushed++;
                List<Node> conditions = clause.conditions().stream().map(x -> compile(x).node()).toList();
                clauses.add(new Clause(slot, iterable.node(), conditions));
            }
            Typed element = compile(c.element());
            return new Typed(new Iteration.Comprehension(element.node(), clauses),
                    StaticType.sequenceOf(element.type()));
        } finally {
            for (int i = 0; i < pushed; i++) {
                scopes.pop();
            }
        }
    }

}
