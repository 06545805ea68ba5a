package dev.tmj.format.script;

import static dev.tmj.format.script.ScriptParser.KEYWORDS;
import static dev.tmj.format.script.ScriptParser.isKeyword;
import static dev.tmj.format.script.ScriptParser.unsupported;
import static dev.tmj.format.script.ScriptParser.isComma;

import dev.tmj.python.Expr;
import dev.tmj.python.ExpressionParser;
import dev.tmj.python.Token;
import dev.tmj.python.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The compound statements of a script for {@link ScriptParser}: {@code if}/{@code elif}/{@code else} (and the
 * {@code if __name__ == "__main__":} guard), {@code for} and {@code while} with their {@code else}, and {@code def}.
 */
final class CompoundParser {
    private final ScriptParser script;
    private final ExpressionParser parser;

    CompoundParser(ScriptParser script) {
        this.script = script;
        this.parser = script.parser;
    }

    /**
     * {@code if}, {@code elif} and {@code else}; {@code if __name__ == "__main__":} stays a {@link Stmt.MainBlock}
     * when it has no other branch.
     */
    Stmt ifStatement() {
        Token ifToken = parser.next();
        Expr test = parser.expression();
        parser.expect(":");
        List<Stmt> body = script.block(ifToken, "if");
        List<Stmt> orElse = List.of();
        parser.skipNewlines();
        Token next = parser.peek();
        if (isKeyword(next, "elif")) {
            orElse = List.of(ifStatement());
        } else if (isKeyword(next, "else")) {
            parser.next();
            parser.expect(":");
            orElse = script.block(next, "else");
        }
        if (orElse.isEmpty() && isMainGuard(test)) {
            return new Stmt.MainBlock(body, ifToken.line(), ifToken.column());
        }
        return new Stmt.If(test, body, orElse, ifToken.line(), ifToken.column());
    }

    /** {@code for a in items:} or {@code for a, b in pairs:}. */
    Stmt forStatement() {
        Token forToken = parser.next();
        List<String> targets = new ArrayList<>();
        boolean parenthesized = parser.accept("(");
        do {
            Token name = parser.next();
            if (name.kind() != Kind.NAME || KEYWORDS.contains(name.text())) {
                throw parser.error(unsupported("'for' targets other than names are not supported"), name);
            }
            if (parser.peek().kind() == Kind.OP && (parser.peek().is(".") || parser.peek().is("["))) {
                throw parser.error(unsupported("'for' targets other than names are not supported"), name);
            }
            targets.add(name.text());
        } while (parser.accept(",") && !(parser.peek().is("in") || parser.peek().is(")")));
        if (parenthesized) {
            parser.expect(")");
        }
        Token in = parser.peek();
        if (!isKeyword(in, "in")) {
            throw parser.error("expected 'in', found " + in.describe(), in);
        }
        parser.next();
        Expr iterable = parser.expression();
        if (isComma(parser.peek())) {
            iterable = script.assignments.tupleRest(iterable, in);
        }
        parser.expect(":");
        script.loopDepth++;
        List<Stmt> body = script.block(forToken, "for");
        script.loopDepth--;
        return new Stmt.For(List.copyOf(targets), iterable, body, loopElse(), forToken.line(), forToken.column());
    }

    /** {@code def name(a, b=1, *args, **kwargs):}; no keyword-only parameters, annotations or decorators. */
    Stmt defStatement() {
        Token defToken = parser.next();
        Token name = parser.next();
        if (name.kind() != Kind.NAME || KEYWORDS.contains(name.text())) {
            throw parser.error("expected a function name after 'def', found " + name.describe(), name);
        }
        parser.expect("(");
        List<String> params = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        String varargs = null;
        String kwargs = null;
        while (!(parser.peek().kind() == Kind.OP && parser.peek().is(")"))) {
            Token param = parser.next();
            if (kwargs != null) {
                throw parser.error("no parameter may follow '**" + kwargs + "'", param);
            }
            if (param.kind() == Kind.OP && (param.is("*") || param.is("**"))) {
                Token starred = parser.peek();
                if (starred.kind() != Kind.NAME || KEYWORDS.contains(starred.text())) {
                    throw parser.error(unsupported("keyword-only parameters (a bare '*') are not supported"), param);
                }
                parser.next();
                if (params.contains(starred.text()) || starred.text().equals(varargs)) {
                    throw parser.error("duplicate argument '" + starred.text() + "' in function definition", starred);
                }
                if (param.is("*")) {
                    if (varargs != null) {
                        throw parser.error("only one '*' parameter is allowed", param);
                    }
                    varargs = starred.text();
                } else {
                    kwargs = starred.text();
                }
                if (!parser.accept(",")) {
                    break;
                }
                continue;
            }
            if (varargs != null) {
                throw parser.error(unsupported("keyword-only parameters (after '*" + varargs + "') are not "
                        + "supported"), param);
            }
            if (param.kind() == Kind.OP && param.is("/")) {
                throw parser.error(unsupported("'/' parameters are not supported"), param);
            }
            if (param.kind() != Kind.NAME || KEYWORDS.contains(param.text())) {
                throw parser.error("expected a parameter name, found " + param.describe(), param);
            }
            if (params.contains(param.text())) {
                throw parser.error("duplicate argument '" + param.text() + "' in function definition", param);
            }
            if (parser.peek().kind() == Kind.OP && parser.peek().is(":")) {
                throw parser.error(unsupported("parameter annotations are not supported"), parser.peek());
            }
            params.add(param.text());
            if (parser.accept("=")) {
                defaults.add(parser.expression());
            } else if (!defaults.isEmpty()) {
                throw parser.error("non-default argument follows default argument", param);
            }
            if (!parser.accept(",")) {
                break;
            }
        }
        parser.expect(")");
        if (parser.peek().kind() == Kind.OP && parser.peek().is("->")) {
            throw parser.error(unsupported("return annotations are not supported"), parser.peek());
        }
        parser.expect(":");
        int outerLoops = script.loopDepth;
        script.loopDepth = 0;
        script.functionDepth++;
        List<Stmt> body = script.block(defToken, "def");
        script.functionDepth--;
        script.loopDepth = outerLoops;
        return new Stmt.Def(name.text(), List.copyOf(params), List.copyOf(defaults), varargs, kwargs, body,
                defToken.line(), defToken.column());
    }

    Stmt whileStatement() {
        Token whileToken = parser.next();
        Expr test = parser.expression();
        parser.expect(":");
        script.loopDepth++;
        List<Stmt> body = script.block(whileToken, "while");
        script.loopDepth--;
        return new Stmt.While(test, body, loopElse(), whileToken.line(), whileToken.column());
    }

    /** The {@code else:} block of a loop, run when the loop ends without {@code break}; empty when absent. */
    private List<Stmt> loopElse() {
        parser.skipNewlines();
        Token next = parser.peek();
        if (!isKeyword(next, "else")) {
            return List.of();
        }
        parser.next();
        parser.expect(":");
        return script.block(next, "else");
    }

    /** {@code __name__ == "__main__"}, either way round. */
    private static boolean isMainGuard(Expr test) {
        if (!(test instanceof Expr.Compare compare) || !compare.ops().equals(List.of("=="))) {
            return false;
        }
        Expr left = compare.left();
        Expr right = compare.comparators().get(0);
        return isName(left, "__name__") && isConstant(right, "__main__")
                || isName(right, "__name__") && isConstant(left, "__main__");
    }

    private static boolean isName(Expr e, String id) {
        return e instanceof Expr.Name name && name.id().equals(id);
    }

    private static boolean isConstant(Expr e, String value) {
        return e instanceof Expr.Constant constant && value.equals(constant.value());
    }
}
