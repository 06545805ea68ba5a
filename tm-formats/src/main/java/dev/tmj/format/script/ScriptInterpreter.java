package dev.tmj.format.script;

import static dev.tmj.format.script.ScriptParser.unsupported;

import dev.tmj.model.Attribute;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import dev.tmj.model.SourceException;
import dev.tmj.model.SourceLocation;
import dev.tmj.model.Suggestions;
import dev.tmj.model.TmjException;
import dev.tmj.python.Expr;
import dev.tmj.python.value.Py;
import dev.tmj.python.value.PyError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the statements of a pytm script against a tmj {@link Model}: literals, names, pytm enum members,
 * attribute reads and pytm constructor calls, and the plain Python around them ({@link Builtins}), within a
 * budget of {@link #MAX_STEPS} steps and {@link #MAX_SIZE} items per value. Nothing of the script is
 * executed as Python.
 * <p>
 * The model is created lazily: pytm registers elements made before {@code TM(...)} in the same model, so the
 * first element or {@code TM(...)} creates it and {@code TM(...)} names it. A script that never calls
 * {@code TM(...)} is an error.
 */
final class ScriptInterpreter {
    private final String file;
    private final Map<String, Object> scope = new HashMap<>();
    private final Constructors constructors = new Constructors(this);
    private final ExtraAttributes extras;
    private Model model;
    private SourceLocation tmLocation;

    /** @param strict refuse attributes pytm does not define instead of storing them with a warning */
    ScriptInterpreter(String file, boolean strict) {
        this.file = file;
        this.extras = new ExtraAttributes(this, strict);
        scope.put("__name__", "__main__");
        scope.put("__file__", absolute(file));
    }

    /** The script's absolute path, as Python gives {@code __file__}; a name that is no path stays as it is. */
    private static String absolute(String file) {
        try {
            return java.nio.file.Path.of(file).toAbsolutePath().normalize().toString().replace('\\', '/');
        } catch (java.nio.file.InvalidPathException e) {
            return file;
        }
    }

    ExtraAttributes extras() {
        return extras;
    }

    Model run(List<Stmt> statements) {
        execute(statements);
        if (tmLocation == null) {
            throw error(1, 1, "the script never creates its model: a pytm model script must call TM(\"name\")");
        }
        return model;
    }

    String file() {
        return file;
    }

    /** The model, created on first use; {@code TM(...)} names it. */
    Model model() {
        if (model == null) {
            model = Model.named("");
        }
        return model;
    }

    /** Where {@code TM(...)} was called, or null before. */
    SourceLocation tmLocation() {
        return tmLocation;
    }

    void tmCreated(SourceLocation location) {
        this.tmLocation = location;
    }

    private void execute(List<Stmt> statements) {
        for (Stmt statement : statements) {
            try {
                execute(statement);
            } catch (SourceException e) {
                throw e;
            } catch (TmjException e) {
                throw error(statement.line(), statement.column(), e.getMessage());
            }
        }
    }

    /** The most statements and loop iterations a script may run. */
    static final int MAX_STEPS = 1_000_000;

    /** The most items of a list, tuple or dict, or characters of a string, that a script may build. */
    static final int MAX_SIZE = 10_000_000;

    /** Ends a loop's iteration early; no stack trace, it is control flow. */
    private static final class LoopSignal extends RuntimeException {
        private final boolean isBreak;

        LoopSignal(boolean isBreak) {
            super(null, null, false, false);
            this.isBreak = isBreak;
        }
    }

    private static final LoopSignal BREAK = new LoopSignal(true);
    private static final LoopSignal CONTINUE = new LoopSignal(false);

    /** The most nested calls of the script's own functions. */
    static final int MAX_CALL_DEPTH = 100;

    /** Leaves a function with its value. */
    private static final class ReturnSignal extends RuntimeException {
        private final Object value;

        ReturnSignal(Object value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    /**
     * A function the script defined with {@code def} or {@code lambda}; {@code closure} is the frame of the
     * function it was defined in (null at the module level), whose names it reads.
     */
    record Function(String name, List<String> params, List<Object> defaults, String varargs, String kwargs,
            List<Stmt> body, Frame closure) {
        @Override
        public String toString() {
            return "<function " + name + ">";
        }
    }

    /** The names of one running function, the frame it was defined in, and its {@code global} names. */
    static final class Frame {
        private final Map<String, Object> names = new HashMap<>();
        private final Frame enclosing;
        private final java.util.Set<String> globals = new java.util.HashSet<>();

        Frame(Frame enclosing) {
            this.enclosing = enclosing;
        }
    }

    /** The frame of the function running, or null at the module level. */
    private Frame locals;
    private int callDepth;

    private final Builtins builtins = new Builtins(this);
    private final StdModules stdModules = new StdModules(this);
    private long steps;

    Builtins builtins() {
        return builtins;
    }

    private void step(int line, int column) {
        if (++steps > MAX_STEPS) {
            throw error(line, column, "the script ran more than " + MAX_STEPS + " steps; is there an endless loop?");
        }
    }

    /** The most items and characters a script may build in all. */
    static final long MAX_BUILT = 100_000_000;

    private long built;

    /** Counts a value the script built towards {@link #MAX_BUILT}. */
    void charge(long size, Expr at) {
        built += size;
        if (built > MAX_BUILT) {
            throw error(at, "the script built more than " + MAX_BUILT + " items or characters in all");
        }
    }

    /** A size the script is about to build, refused beyond {@link #MAX_SIZE}. */
    void checkSize(long size, Expr at) {
        if (size > MAX_SIZE) {
            throw error(at, "the script built a value of more than " + MAX_SIZE + " items or characters");
        }
    }

    private void execute(Stmt statement) {
        step(statement.line(), statement.column());
        if (statement instanceof Stmt.If branch) {
            execute(truthy(evaluate(branch.test())) ? branch.body() : branch.orElse());
        } else if (statement instanceof Stmt.For loop) {
            forLoop(loop);
        } else if (statement instanceof Stmt.While loop) {
            whileLoop(loop);
        } else if (statement instanceof Stmt.Def def) {
            bind(def.name(), new Function(def.name(), def.params(), evaluateAll(def.defaults()), def.varargs(),
                    def.kwargs(), def.body(), locals));
        } else if (statement instanceof Stmt.Assert check) {
            if (!truthy(evaluate(check.test()))) {
                throw error(check.line(), check.column(), "AssertionError" + (check.message() == null ? ""
                        : ": " + Py.str(evaluate(check.message()))));
            }
        } else if (statement instanceof Stmt.Del del) {
            del.targets().forEach(this::delete);
        } else if (statement instanceof Stmt.Global global) {
            if (locals != null) {
                locals.globals.addAll(global.names());
            }
        } else if (statement instanceof Stmt.Return ret) {
            throw new ReturnSignal(ret.value() == null ? null : evaluate(ret.value()));
        } else if (statement instanceof Stmt.Break) {
            throw BREAK;
        } else if (statement instanceof Stmt.Continue) {
            throw CONTINUE;
        } else if (statement instanceof Stmt.AugAssign aug) {
            Object current = evaluate(aug.target());
            Object operand = evaluate(aug.value());
            assignTo(aug.target(), builtins.binary(aug.op(), current, operand, aug.value()));
        } else if (statement instanceof Stmt.Import imp) {
            importModule(imp);
        } else if (statement instanceof Stmt.FromImport from) {
            importNames(from);
        } else if (statement instanceof Stmt.Assign assign) {
            assign(assign);
        } else if (statement instanceof Stmt.ExprStmt expression) {
            expressionStatement(expression);
        } else if (statement instanceof Stmt.MainBlock block) {
            execute(block.body());
        }
        // pass: nothing to do
    }

    private void forLoop(Stmt.For loop) {
        Iterable<?> items = builtins.iterate(evaluate(loop.iterable()), loop.iterable());
        for (Object item : items) {
            step(loop.line(), loop.column());
            if (loop.targets().size() == 1) {
                bind(loop.targets().get(0), item);
            } else {
                Expr at = loop.iterable();
                List<?> values = unpack(item, loop.targets().size(), at);
                for (int i = 0; i < values.size(); i++) {
                    bind(loop.targets().get(i), values.get(i));
                }
            }
            if (broke(loop.body())) {
                return;
            }
        }
        execute(loop.orElse());
    }

    private void whileLoop(Stmt.While loop) {
        while (truthy(evaluate(loop.test()))) {
            step(loop.line(), loop.column());
            if (broke(loop.body())) {
                return;
            }
        }
        execute(loop.orElse());
    }

    /** Runs a loop's body once; true when it ended with {@code break}. */
    private boolean broke(List<Stmt> body) {
        try {
            execute(body);
            return false;
        } catch (LoopSignal signal) {
            return signal.isBreak;
        }
    }

    /** {@code del name} or {@code del container[key]}. */
    private void delete(Expr target) {
        if (target instanceof Expr.Name name) {
            Map<String, Object> names = locals == null || locals.globals.contains(name.id()) ? scope : locals.names;
            if (!names.containsKey(name.id())) {
                throw error(name, "name '" + name.id() + "' is not defined");
            }
            names.remove(name.id());
            return;
        }
        Expr.Subscript item = (Expr.Subscript) target;
        builtins.deleteItem(evaluate(item.value()), evaluate(item.index()), item);
    }

    /**
     * {@code [x for x in items if c]}, and a generator expression, evaluated as a list; the loop variables are
     * the comprehension's own, as in Python 3.
     */
    private Object comprehension(Expr.Comprehension comprehension) {
        Map<String, Object> saved = new HashMap<>();
        for (Expr.For generator : comprehension.generators()) {
            if (frame().containsKey(generator.variable())) {
                saved.putIfAbsent(generator.variable(), frame().get(generator.variable()));
            }
        }
        List<Object> out = new ArrayList<>();
        try {
            comprehend(comprehension, 0, out);
        } finally {
            for (Expr.For generator : comprehension.generators()) {
                frame().remove(generator.variable());
            }
            frame().putAll(saved);
        }
        charge(out.size(), comprehension);
        return ScriptValues.list(out);
    }

    private void comprehend(Expr.Comprehension comprehension, int level, List<Object> out) {
        if (level == comprehension.generators().size()) {
            checkSize(out.size() + 1L, comprehension);
            out.add(evaluate(comprehension.element()));
            return;
        }
        Expr.For generator = comprehension.generators().get(level);
        for (Object item : builtins.iterate(evaluate(generator.iterable()), generator.iterable())) {
            step(generator.line(), generator.column());
            frame().put(generator.variable(), item);
            boolean kept = true;
            for (Expr condition : generator.conditions()) {
                if (!truthy(evaluate(condition))) {
                    kept = false;
                    break;
                }
            }
            if (kept) {
                comprehend(comprehension, level + 1, out);
            }
        }
    }

    /** Where assignments go: the function's locals, or the module's names. */
    private Map<String, Object> frame() {
        return locals != null ? locals.names : scope;
    }

    /** Assigns a name where Python would: a local, or a module name at the top level or after {@code global}. */
    private void bind(String name, Object value) {
        if (locals != null && locals.globals.contains(name)) {
            scope.put(name, value);
        } else {
            frame().put(name, value);
        }
    }

    /** Calls a function the script defined, binding positional and keyword arguments as Python does. */
    Object call(Function function, Args args, Expr at) {
        Frame frame = new Frame(function.closure());
        frame.names.putAll(Calls.bind(this, function, args, at));
        if (callDepth >= MAX_CALL_DEPTH) {
            throw error(at, "maximum recursion depth exceeded (" + MAX_CALL_DEPTH + " nested calls)");
        }
        Frame outer = locals;
        locals = frame;
        callDepth++;
        try {
            execute(function.body());
            return null;
        } catch (ReturnSignal signal) {
            return signal.value;
        } finally {
            callDepth--;
            locals = outer;
        }
    }

    /** Calls a function value: the script's own function or lambda, or a builtin. */
    Object callValue(Object callee, Args args, Expr at) {
        if (callee instanceof Function function) {
            return call(function, args, at);
        }
        if (callee instanceof BuiltinFunction builtin) {
            return builtins.function(builtin.name(), args, at);
        }
        throw error(at, "'" + Py.typeName(callee) + "' object is not callable");
    }

    private boolean truthy(Object value) {
        return Py.truthy(value);
    }

    /** {@code import pytm}, {@code import pytm.flows} (binds {@code pytm}), {@code import pytm.flows as f}. */
    private void importModule(Stmt.Import imp) {
        if (StdModules.exists(imp.module())) {
            // import os.path binds os, as Python does; import os.path as p binds the submodule.
            String bound = imp.alias() == null ? imp.module().split("\\.")[0] : imp.module();
            scope.put(imp.alias() == null ? bound : imp.alias(), new StdModules.StdModule(bound));
            return;
        }
        if (!PytmModules.exists(imp.module())) {
            throw error(imp.line(), imp.column(),
                    unsupported("importing module '" + imp.module() + "' is not supported"));
        }
        if (imp.alias() == null) {
            scope.put("pytm", new PytmSymbol.Module("pytm"));
        } else {
            scope.put(imp.alias(), new PytmSymbol.Module(imp.module()));
        }
    }

    private void importNames(Stmt.FromImport from) {
        String module = from.module();
        if (module.equals("__future__")) {
            return;
        }
        if (StdModules.exists(module)) {
            importStandardNames(from);
            return;
        }
        if (!PytmModules.exists(module)) {
            throw error(from.moduleLine(), from.moduleColumn(),
                    unsupported("importing module '" + module + "' is not supported"));
        }
        if (from.star()) {
            scope.putAll(PytmModules.names(module));
            return;
        }
        for (Stmt.ImportedName name : from.names()) {
            Object value = PytmModules.submodule(module, name.name()).<Object>map(PytmSymbol.Module::new)
                    .or(() -> PytmModules.find(module, name.name()))
                    .orElseThrow(() -> error(name.line(), name.column(), "cannot import name '" + name.name()
                            + "' from '" + module + "'" + elsewhere(name.name(), module)));
            scope.put(name.alias() == null ? name.name() : name.alias(), value);
        }
    }

    /** {@code from os import path}, {@code from os.path import join}, {@code from sys import argv}. */
    private void importStandardNames(Stmt.FromImport from) {
        StdModules.StdModule module = new StdModules.StdModule(from.module());
        if (from.star()) {
            throw error(from.moduleLine(), from.moduleColumn(), unsupported("'from " + from.module()
                    + " import *' is not supported: import the names you use"));
        }
        for (Stmt.ImportedName name : from.names()) {
            Object value = stdModules.attribute(module, name.name())
                    .orElseThrow(() -> error(name.line(), name.column(), StdModules.refusal(module, name.name())));
            scope.put(name.alias() == null ? name.name() : name.alias(), value);
        }
    }

    /** Where to import a pytm name that this module does not bind, or the closest name it does bind. */
    private static String elsewhere(String name, String module) {
        if (PytmSymbol.find(name).isPresent()) {
            return "; import it from 'pytm'";
        }
        return didYouMean(name, PytmModules.names(module).keySet());
    }

    private void assign(Stmt.Assign assign) {
        boolean overrides = assign.targets().stream()
                .anyMatch(t -> t instanceof Expr.Attribute a && a.attr().equals("overrides"));
        Object value = evaluateFor(assign.value(), overrides ? "overrides" : "");
        for (Expr target : assign.targets()) {
            assignTo(target, value);
        }
    }

    private void assignTo(Expr target, Object value) {
        if (target instanceof Expr.Name name) {
            bind(name.id(), value);
        } else if (target instanceof Expr.Attribute attribute) {
            Object owner = evaluate(attribute.value());
            setAttribute(owner, attribute.attr(), value, target.line(), target.column());
        } else if (target instanceof Expr.Subscript subscript) {
            builtins.setItem(evaluate(subscript.value()), evaluate(subscript.index()), value, subscript);
        } else {
            List<Expr> targets = target instanceof Expr.TupleExpr tuple ? tuple.elements()
                    : ((Expr.ListExpr) target).elements();
            List<?> values = unpack(value, targets.size(), target);
            for (int i = 0; i < targets.size(); i++) {
                assignTo(targets.get(i), values.get(i));
            }
        }
    }

    /** The items of a tuple or list, in Python's words when they do not match the targets. */
    private List<?> unpack(Object value, int expected, Expr target) {
        java.util.Collection<?> items = value instanceof java.util.Set<?> ? null : ScriptValues.items(value);
        if (items == null) {
            throw error(target, "cannot unpack non-iterable " + ScriptValues.describe(value));
        }
        if (items.size() > expected) {
            throw error(target, "too many values to unpack (expected " + expected + ")");
        }
        if (items.size() < expected) {
            throw error(target, "not enough values to unpack (expected " + expected + ", got " + items.size() + ")");
        }
        return new ArrayList<>(items);
    }

    private void expressionStatement(Stmt.ExprStmt statement) {
        Expr expr = statement.expr();
        if (expr instanceof Expr.Call call && constructors.isFinding(call)) {
            constructors.ignoredFinding(call);
        } else if (expr instanceof Expr.Call call) {
            constructors.call(call, false);
        } else if (!(expr instanceof Expr.Constant constant && constant.value() instanceof String)) {
            // A string on its own is a docstring; anything else would be computed and thrown away.
            throw error(expr, unsupported("expression statements other than pytm constructor calls and "
                    + "tm.process() are not supported"));
        }
    }

    /**
     * Sets an attribute of a model object, converting the value by the attribute's type; errors name the
     * object and are reported at {@code line:column}.
     */
    void setAttribute(Object owner, String name, Object value, int line, int column) {
        refuseDunder(name, line, column);
        if (!(owner instanceof ModelObject object)) {
            throw error(line, column, "cannot set attribute '" + name + "' on " + ScriptValues.describe(owner)
                    + ": attributes can be set only on the TM, elements, Data and controls");
        }
        try {
            if (owner instanceof Element element && name.equals("name")) {
                throw new TmjException("cannot overwrite " + element.type().pytmName() + ".name value");
            }
            Optional<Attribute> defined = object.schema().find(name);
            if (defined.isEmpty()) {
                extras.set(object, name, value, line, column);
                return;
            }
            Attribute attribute = defined.get();
            if (name.equals("controls")) {
                throw new TmjException("assigning to 'controls' is not supported: set single controls, "
                        + "for example web.controls.isHardened = True");
            }
            Coercion.set(object, object.label(), attribute, value, text -> undefinedData(text, line, column));
        } catch (SourceException e) {
            throw e;
        } catch (TmjException e) {
            throw error(line, column, e.getMessage());
        }
    }

    /** pytm turns {@code flow.data = "text"} into a Data named "undefined" described by the text. */
    private Data undefinedData(String text, int line, int column) {
        Data data = model().data("undefined").set("description", text);
        data.locatedAt(location(line, column));
        return data;
    }

    /** Evaluates the value of an attribute; {@code Finding(...)} is allowed in a list given to overrides. */
    Object evaluateFor(Expr value, String attribute) {
        if (attribute.equals("overrides") && (value instanceof Expr.ListExpr || value instanceof Expr.TupleExpr)) {
            List<Expr> elements = value instanceof Expr.ListExpr list ? list.elements()
                    : ((Expr.TupleExpr) value).elements();
            List<Object> items = new ArrayList<>();
            for (Expr element : elements) {
                items.add(element instanceof Expr.Call call ? constructors.call(call, true) : evaluate(element));
            }
            return value instanceof Expr.ListExpr ? ScriptValues.list(items) : ScriptValues.tuple(items);
        }
        return evaluate(value);
    }

    Object evaluate(Expr expr) {
        if (expr instanceof Expr.Constant constant) {
            return constant.value();
        }
        if (expr instanceof Expr.Name name) {
            return lookup(name);
        }
        if (expr instanceof Expr.Attribute attribute) {
            return getAttribute(evaluate(attribute.value()), attribute);
        }
        if (expr instanceof Expr.Call call) {
            return constructors.call(call, false);
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
            return builtins.binary(binary.op(), evaluate(binary.left()), evaluate(binary.right()), binary);
        }
        if (expr instanceof Expr.BoolOp bool) {
            Object value = null;
            for (Expr operand : bool.values()) {
                value = evaluate(operand);
                if (truthy(value) != bool.isAnd()) {
                    return value;
                }
            }
            return value;
        }
        if (expr instanceof Expr.Compare compare) {
            Object left = evaluate(compare.left());
            for (int i = 0; i < compare.ops().size(); i++) {
                Object right = evaluate(compare.comparators().get(i));
                if (!builtins.compare(compare.ops().get(i), left, right, compare)) {
                    return false;
                }
                left = right;
            }
            return true;
        }
        if (expr instanceof Expr.IfExp conditional) {
            return truthy(evaluate(conditional.test())) ? evaluate(conditional.body())
                    : evaluate(conditional.orElse());
        }
        if (expr instanceof Expr.DictExpr dict) {
            Map<Object, Object> map = new java.util.LinkedHashMap<>();
            for (int i = 0; i < dict.keys().size(); i++) {
                if (dict.keys().get(i) == null) {
                    throw error(dict.values().get(i), unsupported("'**' in a dict display is not supported"));
                }
                map.put(builtins.hashable(evaluate(dict.keys().get(i)), dict.keys().get(i)),
                        evaluate(dict.values().get(i)));
            }
            return map;
        }
        if (expr instanceof Expr.Subscript subscript) {
            return builtins.getItem(evaluate(subscript.value()), subscript.index(), subscript);
        }
        if (expr instanceof Expr.Comprehension comprehension) {
            return comprehension(comprehension);
        }
        if (expr instanceof Expr.Lambda lambda) {
            List<Stmt> body = List.of(new Stmt.Return(lambda.body(), lambda.body().line(), lambda.body().column()));
            return new Function("<lambda>", lambda.params(), evaluateAll(lambda.defaults()), null, null, body,
                    locals);
        }
        throw error(expr, unsupported(describeUnsupported(expr) + " not supported"));
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
                throw error(field.value(), e.getMessage());
            }
        }
        return text.toString();
    }

    private List<Object> evaluateAll(List<Expr> elements) {
        List<Object> items = new ArrayList<>(elements.size());
        for (Expr element : elements) {
            items.add(evaluate(element));
        }
        return items;
    }

    /** A sign on a number ({@code srcPort=-1}), or {@code not}. */
    private Object unary(Expr.UnaryOp unary) {
        if (unary.op().equals("not")) {
            return !truthy(evaluate(unary.operand()));
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
        throw error(unary, unsupported("the operator '" + unary.op() + "' is not supported"));
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
        if (expr instanceof Expr.Comprehension) {
            return "comprehensions and generator expressions are";
        }
        if (expr instanceof Expr.Subscript || expr instanceof Expr.Slice) {
            return "subscripts ('x[...]') are";
        }
        return "this expression is";
    }

    /** The names map that binds {@code name}: the running function's, an enclosing one's, or the module's. */
    private Map<String, Object> binding(String name) {
        if (locals != null && !locals.globals.contains(name)) {
            for (Frame frame = locals; frame != null; frame = frame.enclosing) {
                if (frame.names.containsKey(name)) {
                    return frame.names;
                }
            }
        }
        return scope.containsKey(name) ? scope : null;
    }

    private Object lookup(Expr.Name name) {
        Map<String, Object> names = binding(name.id());
        if (names != null) {
            return names.get(name.id());
        }
        if (Builtins.isFunction(name.id())) {
            return new BuiltinFunction(name.id());
        }
        String forbidden = Builtins.forbidden(name.id());
        if (forbidden != null) {
            throw error(name, forbidden);
        }
        if (PytmSymbol.find(name.id()).isPresent()) {
            throw error(name, "name '" + name.id() + "' is not defined: import it with 'from pytm import "
                    + name.id() + "'");
        }
        if (name.id().equals("pytm")) {
            throw error(name, "name 'pytm' is not defined: import it with 'import pytm'");
        }
        List<String> candidates = new ArrayList<>(scope.keySet());
        candidates.remove("__name__");
        candidates.remove("__file__");
        candidates.addAll(PytmSymbol.exported().keySet());
        throw error(name, "name '" + name.id() + "' is not defined" + didYouMean(name.id(), candidates));
    }

    boolean isBound(String name) {
        return binding(name) != null;
    }

    Object bound(String name) {
        Map<String, Object> names = binding(name);
        return names == null ? null : names.get(name);
    }

    private Object getAttribute(Object owner, Expr.Attribute expr) {
        return attribute(owner, expr.attr(), expr);
    }

    /** {@code owner.name}, reported at {@code expr}; also for getattr(). */
    Object attribute(Object owner, String name, Expr expr) {
        refuseDunder(name, expr.line(), expr.column());
        if (owner instanceof PytmSymbol.Module module) {
            return moduleAttribute(module, name, expr);
        }
        if (owner instanceof StdModules.StdModule module) {
            return stdModules.attribute(module, name)
                    .orElseThrow(() -> error(expr, StdModules.refusal(module, name)));
        }
        if (owner instanceof ModelObject && name.equals("findings")) {
            throw error(expr, "reading 'findings' in the script is not supported: tmj finds the threats after the "
                    + "script has run and writes the findings itself (--json, --report, ...)");
        }
        if (owner instanceof PytmSymbol symbol && symbol.kind() == PytmSymbol.Kind.ENUM) {
            return symbol.member(name).orElseThrow(() -> error(expr, symbol.name() + " has no member '" + name + "'"
                    + didYouMean(name, symbol.memberNames())));
        }
        if (owner instanceof ModelObject object) {
            if (object.schema().find(name).isEmpty() && object.extraValue(name) != ModelObject.MISSING) {
                return object.extraValue(name);
            }
            try {
                return object.get(name);
            } catch (TmjException e) {
                throw error(expr, e.getMessage());
            }
        }
        throw error(expr, unsupported("reading attribute '" + name + "' of " + ScriptValues.describe(owner)
                + " is not supported"));
    }

    /** {@code pytm.Server} after {@code import pytm}, a submodule such as {@code pytm.flows}, or its names. */
    Object moduleAttribute(PytmSymbol.Module module, Expr.Attribute expr) {
        return moduleAttribute(module, expr.attr(), expr);
    }

    private Object moduleAttribute(PytmSymbol.Module module, String attr, Expr expr) {
        String name = module.name();
        return PytmModules.submodule(name, attr).<Object>map(PytmSymbol.Module::new)
                .or(() -> PytmModules.find(name, attr))
                .orElseThrow(() -> error(expr, "module '" + name + "' has no attribute '" + attr + "'"
                        + didYouMean(attr, PytmModules.names(name).keySet())));
    }

    /** Python's internals ({@code __class__}, {@code __dict__} ...) stay out of a script's reach. */
    void refuseDunder(String name, int line, int column) {
        if (name.startsWith("__") && name.endsWith("__")) {
            throw error(line, column, "the attribute '" + name + "' is not supported: a model script cannot reach "
                    + "Python's internals");
        }
    }

    StdModules stdModules() {
        return stdModules;
    }

    /**
     * "; did you mean 'x'?" when a candidate is close, else "". Stricter than {@link Suggestions#closest} alone,
     * so that short builtins such as {@code id} or {@code sum} are not taken for {@code TM}.
     */
    static String didYouMean(String wrong, java.util.Collection<String> candidates) {
        Optional<String> closest = Suggestions.closest(wrong, candidates);
        if (closest.isEmpty()) {
            return "";
        }
        String best = closest.get();
        boolean plausible = best.equalsIgnoreCase(wrong) || wrong.length() >= 3
                && (wrong.length() >= 5 || best.substring(0, 1).equalsIgnoreCase(wrong.substring(0, 1)));
        return plausible ? "; did you mean '" + best + "'?" : "";
    }

    SourceLocation location(int line, int column) {
        return new SourceLocation(file, line, column);
    }

    SourceException error(Expr at, String reason) {
        return error(at.line(), at.column(), reason);
    }

    SourceException error(int line, int column, String reason) {
        return new SourceException(file, line, column, reason);
    }

    /** The dotted text of a name or attribute chain, for messages. */
    static String dotted(Expr expr) {
        if (expr instanceof Expr.Name name) {
            return name.id();
        }
        if (expr instanceof Expr.Attribute attribute) {
            return dotted(attribute.value()) + "." + attribute.attr();
        }
        return "(...)";
    }
}
