package dev.tmj.format.script;

import static dev.tmj.format.script.ScriptParser.COMMA_SEPARATED;
import static dev.tmj.format.script.ScriptParser.AUGMENTED;
import static dev.tmj.format.script.ScriptParser.AUGMENTED_SUPPORTED;
import static dev.tmj.format.script.ScriptParser.unsupported;
import static dev.tmj.format.script.ScriptParser.isComma;

import dev.tmj.python.Expr;
import dev.tmj.python.ExpressionParser;
import dev.tmj.python.PythonSyntaxException;
import dev.tmj.python.Token;
import dev.tmj.python.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Assignments (plain, unpacking and augmented), expression statements and {@code del} for {@link ScriptParser},
 * with the checks of what may be assigned to.
 */
final class AssignmentParser {
    private final ScriptParser script;
    private final ExpressionParser parser;

    AssignmentParser(ScriptParser script) {
        this.script = script;
        this.parser = script.parser;
    }

    Stmt assignmentOrExpression(Token start) {
        List<Expr> targets = new ArrayList<>();
        Expr value = parser.expression();
        // Names separated by commas may only be the targets of an unpacking assignment whose value is one
        // expression: request, response = req_reply(client, api, "Fetch").
        Token firstComma = null;
        if (isComma(parser.peek())) {
            firstComma = parser.peek();
            value = tupleRest(value, start);
        }
        while (true) {
            Token token = parser.peek();
            if (token.kind() != Kind.OP) {
                break;
            }
            if (token.is(",")) {
                throw parser.error(COMMA_SEPARATED, firstComma == null ? token : firstComma);
            }
            if (AUGMENTED.contains(token.text())) {
                if (!targets.isEmpty() || firstComma != null || !AUGMENTED_SUPPORTED.contains(token.text())) {
                    throw parser.error(unsupported("augmented assignment ('" + token.text() + "') is not "
                            + "supported here"), token);
                }
                if (!(value instanceof Expr.Name || value instanceof Expr.Attribute
                        || value instanceof Expr.Subscript)) {
                    throw parser.error("'" + token.text() + "' needs a name, an attribute or a subscript on its "
                            + "left", token);
                }
                parser.next();
                Expr operand = parser.expression();
                if (isComma(parser.peek())) {
                    operand = tupleRest(operand, start);
                }
                return new Stmt.AugAssign(value, token.text().substring(0, token.text().length() - 1), operand,
                        start.line(), start.column());
            }
            if (token.is(":")) {
                throw parser.error(unsupported("annotated assignments ('name: type = value') are not supported"),
                        token);
            }
            if (token.is(":=")) {
                throw parser.error(unsupported("the ':=' operator is not supported"), token);
            }
            if (!token.is("=")) {
                break;
            }
            parser.next();
            checkTarget(value);
            targets.add(value);
            value = parser.expression();
        }
        if (targets.isEmpty()) {
            if (firstComma != null) {
                throw parser.error(COMMA_SEPARATED, firstComma);
            }
            return new Stmt.ExprStmt(value, start.line(), start.column());
        }
        return new Stmt.Assign(List.copyOf(targets), value, start.line(), start.column());
    }

    /** {@code del a, b[k]}: names and items; attributes and slices stay refused. */
    Stmt delStatement() {
        Token del = parser.next();
        List<Expr> targets = new ArrayList<>();
        do {
            Expr target = parser.expression();
            boolean item = target instanceof Expr.Subscript subscript && !(subscript.index() instanceof Expr.Slice);
            if (!(target instanceof Expr.Name) && !item) {
                throw new PythonSyntaxException(unsupported("'del' of anything but a name or an item ('x[k]') is "
                        + "not supported"), target.line(), target.column());
            }
            targets.add(target);
        } while (parser.accept(","));
        return new Stmt.Del(List.copyOf(targets), del.line(), del.column());
    }

    /** The other items of a tuple written without parentheses, after its first; a trailing comma is allowed. */
    Expr tupleRest(Expr first, Token start) {
        List<Expr> items = new ArrayList<>(List.of(first));
        while (isComma(parser.peek())) {
            parser.next();
            Token next = parser.peek();
            if (next.kind() == Kind.NEWLINE || next.kind() == Kind.END || next.kind() == Kind.DEDENT
                    || next.kind() == Kind.OP && (next.is("=") || next.is(";"))) {
                break;
            }
            items.add(parser.expression());
        }
        return new Expr.TupleExpr(List.copyOf(items), start.line(), start.column());
    }

    private static void checkTarget(Expr target) {
        if (target instanceof Expr.Name || target instanceof Expr.Attribute) {
            return;
        }
        if (target instanceof Expr.TupleExpr || target instanceof Expr.ListExpr) {
            List<Expr> items = target instanceof Expr.TupleExpr tuple ? tuple.elements()
                    : ((Expr.ListExpr) target).elements();
            if (items.isEmpty()) {
                throw new PythonSyntaxException("cannot assign to an empty tuple or list", target.line(),
                        target.column());
            }
            items.forEach(AssignmentParser::checkTarget);
            return;
        }
        String reason;
        if (target instanceof Expr.Subscript subscript && !(subscript.index() instanceof Expr.Slice)) {
            return;
        }
        if (target instanceof Expr.Subscript) {
            reason = unsupported("assignment to a slice ('x[a:b] = ...') is not supported");
        } else if (target instanceof Expr.Call) {
            reason = "cannot assign to a function call: assign to a name or an attribute";
        } else if (target instanceof Expr.Constant) {
            reason = "cannot assign to a literal: assign to a name or an attribute";
        } else {
            reason = "cannot assign to this expression: assign to a name or an attribute";
        }
        throw new PythonSyntaxException(reason, target.line(), target.column());
    }
}
