package dev.tmj.format.script;

import dev.tmj.python.Expr;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The module-level names a statement may bind, read from its text: assignment and loop targets at any depth of
 * its blocks, a {@code def}'s name, imported names. When the statement fails, those it left unbound are marked
 * failed, so that their later uses are not reported as errors of their own (see {@link ScriptInterpreter#run}).
 */
final class BoundNames {
    private BoundNames() {
    }

    static Set<String> of(Stmt statement) {
        Set<String> names = new LinkedHashSet<>();
        add(statement, names);
        return names;
    }

    private static void add(Stmt statement, Set<String> names) {
        if (statement instanceof Stmt.Assign assign) {
            assign.targets().forEach(target -> addTarget(target, names));
        } else if (statement instanceof Stmt.AugAssign aug) {
            addTarget(aug.target(), names);
        } else if (statement instanceof Stmt.For loop) {
            names.addAll(loop.targets());
            addAll(loop.body(), names);
            addAll(loop.orElse(), names);
        } else if (statement instanceof Stmt.While loop) {
            addAll(loop.body(), names);
            addAll(loop.orElse(), names);
        } else if (statement instanceof Stmt.If branch) {
            addAll(branch.body(), names);
            addAll(branch.orElse(), names);
        } else if (statement instanceof Stmt.MainBlock block) {
            addAll(block.body(), names);
        } else if (statement instanceof Stmt.Def def) {
            names.add(def.name());
        } else if (statement instanceof Stmt.Import imp) {
            names.add(imp.alias() != null ? imp.alias() : imp.module().split("\\.", 2)[0]);
        } else if (statement instanceof Stmt.FromImport from) {
            from.names().forEach(name -> names.add(name.alias() != null ? name.alias() : name.name()));
        }
    }

    private static void addAll(List<Stmt> statements, Set<String> names) {
        statements.forEach(statement -> add(statement, names));
    }

    private static void addTarget(Expr target, Set<String> names) {
        if (target instanceof Expr.Name name) {
            names.add(name.id());
        } else if (target instanceof Expr.TupleExpr tuple) {
            tuple.elements().forEach(element -> addTarget(element, names));
        } else if (target instanceof Expr.ListExpr list) {
            list.elements().forEach(element -> addTarget(element, names));
        }
    }
}
