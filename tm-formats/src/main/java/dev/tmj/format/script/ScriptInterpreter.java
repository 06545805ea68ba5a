package dev.tmj.format.script;

import dev.tmj.model.Attribute;
import dev.tmj.model.Model;
import dev.tmj.model.PositionedException;
import dev.tmj.model.SourceException;
import dev.tmj.model.SourceLocation;
import dev.tmj.model.TmjException;
import dev.tmj.python.Expr;
import dev.tmj.python.value.Py;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the statements of a pytm script against a tmj {@link Model}: literals, names, pytm enum members,
 * attribute reads and pytm constructor calls, and the plain Python around them ({@link Builtins}), within a
 * budget of steps and sizes ({@link Budget}). Nothing of the script is
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
    private final Statements statements = new Statements(this);
    private final Expressions expressions = new Expressions(this);
    private final Attributes attributes = new Attributes(this);
    private final ExtraAttributes extras;
    private Model model;
    private SourceLocation tmLocation;

    /** @param strict refuse attributes pytm does not define instead of storing them with a warning */
    ScriptInterpreter(String file, boolean strict) {
        this.file = file;
        this.extras = new ExtraAttributes(this, strict);
        scope.put("__name__", "__main__");
        scope.put("__file__", StdModules.absolute(file));
    }

    ExtraAttributes extras() {
        return extras;
    }

    /**
     * Runs the script. An error in a top-level statement is recorded and the run goes on with the next one, so
     * that one run reports the script's errors together; the names the statement failed to bind are marked
     * {@link #FAILED}, and a later statement that uses one is skipped without an error of its own (its error
     * would only repeat the first). A budget error stops the run at once, and so does a
     * {@link PositionedException#MAX_ERRORS}+1st error.
     *
     * @throws SourceException the first error, carrying every one ({@link SourceException#errors()}) and what the
     *     script printed before ({@link SourceException#printed()})
     */
    Model run(List<Stmt> statements) {
        try {
            for (Stmt statement : statements) {
                Map<String, Object> before = snapshot(statement);
                try {
                    execute(List.of(statement));
                } catch (UsesFailedName skipped) {
                    markFailed(before);
                } catch (SourceException e) {
                    report(e);
                    if (budget.exceeded()) {
                        break;
                    }
                    markFailed(before);
                }
            }
        } catch (TooManyErrors stop) {
            stoppedEarly = true;
        }
        if (tmLocation == null && errors.isEmpty()) {
            report(error(1, 1, "the script never creates its model: a pytm model script must call TM(\"name\")"));
        }
        if (!errors.isEmpty()) {
            throw PositionedException.collect(errors, stoppedEarly).withPrinted(model == null ? "" : model.printed());
        }
        return model;
    }

    /** The value of a name whose binding statement failed: using it skips the statement ({@link #run}). */
    static final Object FAILED = new Object() {
        @Override
        public String toString() {
            return "<failed>";
        }
    };

    /** A statement uses a name whose binding failed; not an error of its own. */
    private static final class UsesFailedName extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsesFailedName() {
            super(null, null, false, false);
        }
    }

    /** More errors than a run reports. */
    private static final class TooManyErrors extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyErrors() {
            super(null, null, false, false);
        }
    }

    private final List<SourceException> errors = new ArrayList<>();
    private boolean stoppedEarly;

    /**
     * Records an error and goes on; the same message twice (a function that fails the same way for two callers)
     * is reported once.
     *
     * @throws TooManyErrors past {@link PositionedException#MAX_ERRORS}
     */
    void report(SourceException error) {
        if (errors.stream().anyMatch(e -> e.getMessage().equals(error.getMessage()))) {
            return;
        }
        if (errors.size() == PositionedException.MAX_ERRORS) {
            throw new TooManyErrors();
        }
        errors.add(error);
    }

    /** The current values of the names a top-level statement binds, {@link #FAILED} for those not bound. */
    private Map<String, Object> snapshot(Stmt statement) {
        Map<String, Object> values = new HashMap<>();
        for (String name : BoundNames.of(statement)) {
            values.put(name, scope.getOrDefault(name, FAILED));
        }
        return values;
    }

    /** Marks the names that a failed statement did not bind: those whose value it left as it was. */
    private void markFailed(Map<String, Object> before) {
        for (Map.Entry<String, Object> name : before.entrySet()) {
            if (scope.getOrDefault(name.getKey(), FAILED) == name.getValue()) {
                scope.put(name.getKey(), FAILED);
            }
        }
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

    /** Runs statements in order; an error of the model layer gets the statement's position. */
    void execute(List<Stmt> body) {
        for (Stmt statement : body) {
            try {
                statements.run(statement);
            } catch (SourceException e) {
                throw e;
            } catch (TmjException e) {
                throw error(statement.line(), statement.column(), e.getMessage());
            }
        }
    }

    /** The most nested calls of the script's own functions. */
    static final int MAX_CALL_DEPTH = 100;

    /** The frame of the function running, or null at the module level. */
    private CallFrame locals;
    private int callDepth;

    private final Builtins builtins = new Builtins(this);
    private final StdModules stdModules = new StdModules(this);
    private final Budget budget = new Budget(this);

    Builtins builtins() {
        return builtins;
    }

    /** Counts a statement or loop iteration ({@link Budget#step}). */
    void step(int line, int column) {
        budget.step(line, column);
    }

    /** Counts a value the script built ({@link Budget#charge}). */
    void charge(long size, Expr at) {
        budget.charge(size, at);
    }

    /** Refuses a value too large to build ({@link Budget#checkSize}). */
    void checkSize(long size, Expr at) {
        budget.checkSize(size, at);
    }

    /** Where assignments go: the function's locals, or the module's names. */
    Map<String, Object> frame() {
        return locals != null ? locals.names : scope;
    }

    /** Assigns a name where Python would: a local, or a module name at the top level or after {@code global}. */
    void bind(String name, Object value) {
        if (locals != null && locals.globals.contains(name)) {
            scope.put(name, value);
        } else {
            frame().put(name, value);
        }
    }

    /** Calls a function the script defined, binding positional and keyword arguments as Python does. */
    Object call(ScriptFunction function, Args args, Expr at) {
        CallFrame frame = new CallFrame(function.closure());
        frame.names.putAll(Calls.bind(this, function, args, at));
        if (callDepth >= MAX_CALL_DEPTH) {
            throw error(at, "maximum recursion depth exceeded (" + MAX_CALL_DEPTH + " nested calls)");
        }
        CallFrame outer = locals;
        locals = frame;
        callDepth++;
        try {
            execute(function.body());
            return null;
        } catch (Statements.ReturnSignal signal) {
            return signal.value;
        } finally {
            callDepth--;
            locals = outer;
        }
    }

    /** Calls a function value: the script's own function or lambda, or a builtin. */
    Object callValue(Object callee, Args args, Expr at) {
        if (callee instanceof ScriptFunction function) {
            return call(function, args, at);
        }
        if (callee instanceof BuiltinFunction builtin) {
            return builtins.function(builtin.name(), args, at);
        }
        throw error(at, "'" + Py.typeName(callee) + "' object is not callable");
    }

    boolean truthy(Object value) {
        return Py.truthy(value);
    }

    /** The names map that binds {@code name}: the running function's, an enclosing one's, or the module's. */
    Map<String, Object> binding(String name) {
        if (locals != null && !locals.globals.contains(name)) {
            for (CallFrame frame = locals; frame != null; frame = frame.enclosing) {
                if (frame.names.containsKey(name)) {
                    return frame.names;
                }
            }
        }
        return scope.containsKey(name) ? scope : null;
    }

    Object lookup(Expr.Name name) {
        if (binding(name.id()) != null) {
            return bound(name.id());
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
        throw error(name, "name '" + name.id() + "' is not defined" + ScriptValues.didYouMean(name.id(), candidates));
    }

    boolean isBound(String name) {
        return binding(name) != null;
    }

    /** The value of a bound name; a name whose binding failed skips the statement ({@link #run}). */
    Object bound(String name) {
        Map<String, Object> names = binding(name);
        Object value = names == null ? null : names.get(name);
        if (value == FAILED) {
            throw new UsesFailedName();
        }
        return value;
    }

    StdModules stdModules() {
        return stdModules;
    }

    /** The module's names. */
    Map<String, Object> scope() {
        return scope;
    }

    /** The frame of the function running, or null at the module level. */
    CallFrame locals() {
        return locals;
    }

    Constructors constructors() {
        return constructors;
    }

    /** {@code global names} in a function; nothing at the module level, where every name is global. */
    void declareGlobal(List<String> names) {
        if (locals != null) {
            locals.globals.addAll(names);
        }
    }

    /** {@code del name}: the name where an assignment would have bound it. */
    void unbind(Expr.Name name) {
        Map<String, Object> names = locals == null || locals.globals.contains(name.id()) ? scope : locals.names;
        if (!names.containsKey(name.id())) {
            throw error(name, "name '" + name.id() + "' is not defined");
        }
        names.remove(name.id());
    }

    Object evaluate(Expr expr) {
        return expressions.evaluate(expr);
    }

    List<Object> evaluateAll(List<Expr> elements) {
        return expressions.evaluateAll(elements);
    }

    /** {@code owner.name}, reported at {@code expr}; also for getattr(). */
    Object attribute(Object owner, String name, Expr expr) {
        return attributes.attribute(owner, name, expr);
    }

    Object getAttribute(Object owner, Expr.Attribute expr) {
        return attributes.getAttribute(owner, expr);
    }

    /** {@code pytm.Server} after {@code import pytm}, a submodule such as {@code pytm.flows}, or its names. */
    Object moduleAttribute(PytmSymbol.Module module, Expr.Attribute expr) {
        return attributes.moduleAttribute(module, expr);
    }

    /** Python's internals ({@code __class__}, {@code __dict__} ...) stay out of a script's reach. */
    void refuseDunder(String name, int line, int column) {
        attributes.refuseDunder(name, line, column);
    }

    /**
     * Sets an attribute of a model object, converting the value by the attribute's type; errors name the
     * object and are reported at {@code line:column}.
     */
    void setAttribute(Object owner, String name, Object value, int line, int column) {
        attributes.setAttribute(owner, name, value, line, column);
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

}
