package dev.tmj.format.script;

import dev.tmj.python.Expr;
import java.util.List;

/** A statement of the pytm script subset, as {@link ScriptParser} reads it; nothing here is evaluated yet. */
sealed interface Stmt {
    int line();

    int column();

    /** {@code import module [as alias]}; one per module of an {@code import a, b} statement. */
    record Import(String module, String alias, int line, int column) implements Stmt {
    }

    /** {@code from module import names} or, with no names, {@code from module import *}. */
    record FromImport(String module, List<ImportedName> names, int line, int column, int moduleLine,
            int moduleColumn) implements Stmt {
        boolean star() {
            return names.isEmpty();
        }
    }

    /** One name of a {@code from ... import} statement. */
    record ImportedName(String name, String alias, int line, int column) {
    }

    /** {@code target = value}, or {@code a = b = value} with several targets (names or attributes). */
    record Assign(List<Expr> targets, Expr value, int line, int column) implements Stmt {
    }

    /** An expression on its own: a constructor call, {@code tm.process()} or a docstring. */
    record ExprStmt(Expr expr, int line, int column) implements Stmt {
    }

    /** {@code if __name__ == "__main__":} and its block. */
    record MainBlock(List<Stmt> body, int line, int column) implements Stmt {
    }

    record Pass(int line, int column) implements Stmt {
    }

    /** {@code if test: body}, its {@code elif}s as a nested If in {@code orElse}, and {@code else: orElse}. */
    record If(Expr test, List<Stmt> body, List<Stmt> orElse, int line, int column) implements Stmt {
    }

    /** {@code for targets in iterable: body else: orElse}; several targets unpack each item. */
    record For(List<String> targets, Expr iterable, List<Stmt> body, List<Stmt> orElse, int line, int column)
            implements Stmt {
    }

    /** {@code while test: body else: orElse}; the else block runs when the loop ends without break. */
    record While(Expr test, List<Stmt> body, List<Stmt> orElse, int line, int column) implements Stmt {
    }

    /** {@code assert test[, message]}. */
    record Assert(Expr test, Expr message, int line, int column) implements Stmt {
    }

    /** {@code del a, b[k]}: names and items. */
    record Del(List<Expr> targets, int line, int column) implements Stmt {
    }

    /** {@code global a, b} inside a def: assignments to these names go to the module's names. */
    record Global(List<String> names, int line, int column) implements Stmt {
    }

    /** {@code target op= value}, for a name or an attribute. */
    record AugAssign(Expr target, String op, Expr value, int line, int column) implements Stmt {
    }

    /**
     * {@code def name(a, b=default, *args, **kwargs): body}; a default is an expression, evaluated when the def
     * runs; {@code varargs} and {@code kwargs} are null when absent.
     */
    record Def(String name, List<String> params, List<Expr> defaults, String varargs, String kwargs,
            List<Stmt> body, int line, int column) implements Stmt {
    }

    /** {@code return [value]} inside a def. */
    record Return(Expr value, int line, int column) implements Stmt {
    }

    record Break(int line, int column) implements Stmt {
    }

    record Continue(int line, int column) implements Stmt {
    }
}
