package dev.tmj.format.script;

import static dev.tmj.format.script.ScriptParser.unsupported;

import dev.tmj.model.Attribute;
import dev.tmj.python.Expr;
import dev.tmj.python.value.Py;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the statements of a script: assignments (also unpacking and augmented), {@code if}, loops with their
 * {@code else}, {@code def}, {@code return}, {@code break}, {@code continue}, {@code assert}, {@code del},
 * {@code global}, imports ({@link Imports}) and expression statements; each counts one step of the budget.
 */
final class Statements {
    private final ScriptInterpreter script;
    private final Imports imports;

    Statements(ScriptInterpreter script) {
        this.script = script;
        this.imports = new Imports(script);
    }

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

    /** Leaves a function with its value. */
    static final class ReturnSignal extends RuntimeException {
        final Object value;

        ReturnSignal(Object value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    void run(Stmt statement) {
        script.step(statement.line(), statement.column());
        if (statement instanceof Stmt.If branch) {
            script.execute(script.truthy(script.evaluate(branch.test())) ? branch.body() : branch.orElse());
        } else if (statement instanceof Stmt.For loop) {
            forLoop(loop);
        } else if (statement instanceof Stmt.While loop) {
            whileLoop(loop);
        } else if (statement instanceof Stmt.Def def) {
            script.bind(def.name(), new ScriptFunction(def.name(), def.params(),
                    script.evaluateAll(def.defaults()), def.varargs(), def.kwargs(), def.body(), script.locals()));
        } else if (statement instanceof Stmt.Assert check) {
            if (!script.truthy(script.evaluate(check.test()))) {
                throw script.error(check.line(), check.column(), "AssertionError" + (check.message() == null ? ""
                        : ": " + Py.str(script.evaluate(check.message()))));
            }
        } else if (statement instanceof Stmt.Del del) {
            del.targets().forEach(this::delete);
        } else if (statement instanceof Stmt.Global global) {
            script.declareGlobal(global.names());
        } else if (statement instanceof Stmt.Return ret) {
            throw new ReturnSignal(ret.value() == null ? null : script.evaluate(ret.value()));
        } else if (statement instanceof Stmt.Break) {
            throw BREAK;
        } else if (statement instanceof Stmt.Continue) {
            throw CONTINUE;
        } else if (statement instanceof Stmt.AugAssign aug) {
            Object current = script.evaluate(aug.target());
            Object operand = script.evaluate(aug.value());
            assignTo(aug.target(), script.builtins().binary(aug.op(), current, operand, aug.value()));
        } else if (statement instanceof Stmt.Import imp) {
            imports.importModule(imp);
        } else if (statement instanceof Stmt.FromImport from) {
            imports.importNames(from);
        } else if (statement instanceof Stmt.Assign assign) {
            assign(assign);
        } else if (statement instanceof Stmt.ExprStmt expression) {
            expressionStatement(expression);
        } else if (statement instanceof Stmt.MainBlock block) {
            script.execute(block.body());
        }
        // pass: nothing to do
    }

    private void forLoop(Stmt.For loop) {
        Iterable<?> items = script.builtins().iterate(script.evaluate(loop.iterable()), loop.iterable());
        for (Object item : items) {
            script.step(loop.line(), loop.column());
            if (loop.targets().size() == 1) {
                script.bind(loop.targets().get(0), item);
            } else {
                Expr at = loop.iterable();
                List<?> values = script.builtins().unpack(item, loop.targets().size(), at);
                for (int i = 0; i < values.size(); i++) {
                    script.bind(loop.targets().get(i), values.get(i));
                }
            }
            if (broke(loop.body())) {
                return;
            }
        }
        script.execute(loop.orElse());
    }

    private void whileLoop(Stmt.While loop) {
        while (script.truthy(script.evaluate(loop.test()))) {
            script.step(loop.line(), loop.column());
            if (broke(loop.body())) {
                return;
            }
        }
        script.execute(loop.orElse());
    }

    /** Runs a loop's body once; true when it ended with {@code break}. */
    private boolean broke(List<Stmt> body) {
        try {
            script.execute(body);
            return false;
        } catch (LoopSignal signal) {
            return signal.isBreak;
        }
    }

    /** {@code del name} or {@code del container[key]}. */
    private void delete(Expr target) {
        if (target instanceof Expr.Name name) {
            script.unbind(name);
            return;
        }
        Expr.Subscript item = (Expr.Subscript) target;
        script.builtins().deleteItem(script.evaluate(item.value()), script.evaluate(item.index()), item);
    }

    private void assign(Stmt.Assign assign) {
        Object value = script.evaluate(assign.value());
        for (Expr target : assign.targets()) {
            assignTo(target, value);
        }
    }

    private void assignTo(Expr target, Object value) {
        if (target instanceof Expr.Name name) {
            script.bind(name.id(), value);
        } else if (target instanceof Expr.Attribute attribute) {
            Object owner = script.evaluate(attribute.value());
            script.setAttribute(owner, attribute.attr(), value, target.line(), target.column());
        } else if (target instanceof Expr.Subscript subscript) {
            script.builtins().setItem(script.evaluate(subscript.value()), script.evaluate(subscript.index()), value, subscript);
        } else {
            List<Expr> targets = target instanceof Expr.TupleExpr tuple ? tuple.elements()
                    : ((Expr.ListExpr) target).elements();
            List<?> values = script.builtins().unpack(value, targets.size(), target);
            for (int i = 0; i < targets.size(); i++) {
                assignTo(targets.get(i), values.get(i));
            }
        }
    }

    private void expressionStatement(Stmt.ExprStmt statement) {
        Expr expr = statement.expr();
        if (expr instanceof Expr.Call call && script.constructors().isFinding(call)) {
            script.constructors().ignoredFinding(call);
        } else if (expr instanceof Expr.Call call) {
            script.constructors().call(call);
        } else if (!(expr instanceof Expr.Constant constant && constant.value() instanceof String)) {
            // A string on its own is a docstring; anything else would be computed and thrown away.
            throw script.error(expr, unsupported("expression statements other than pytm constructor calls and "
                    + "tm.process() are not supported"));
        }
    }
}
