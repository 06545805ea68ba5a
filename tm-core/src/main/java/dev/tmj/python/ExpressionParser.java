package dev.tmj.python;

import dev.tmj.python.Expr.Attribute;
import dev.tmj.python.Expr.BinOp;
import dev.tmj.python.Expr.BoolOp;
import dev.tmj.python.Expr.Call;
import dev.tmj.python.Expr.Compare;
import dev.tmj.python.Expr.Comprehension;
import dev.tmj.python.Expr.Constant;
import dev.tmj.python.Expr.DictComprehension;
import dev.tmj.python.Expr.DictExpr;
import dev.tmj.python.Expr.For;
import dev.tmj.python.Expr.IfExp;
import dev.tmj.python.Expr.Keyword;
import dev.tmj.python.Expr.ListExpr;
import dev.tmj.python.Expr.Name;
import dev.tmj.python.Expr.SetExpr;
import dev.tmj.python.Expr.Slice;
import dev.tmj.python.Expr.Subscript;
import dev.tmj.python.Expr.TupleExpr;
import dev.tmj.python.Expr.UnaryOp;
import dev.tmj.python.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A recursive-descent parser for Python expressions with Python's precedence rules. Conditions use
 * {@link #parseExpression(String)}; the pytm script reader drives it token by token through
 * {@link #ExpressionParser(List)} and {@link #expression()}.
 */
public final class ExpressionParser {
    /** Deeper nesting than this is refused, so hostile input cannot exhaust the stack. */
    static final int MAX_DEPTH = 100;

    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");
    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=");

    private final List<Token> tokens;
    private final boolean scriptForms;
    private int index;
    private int depth;

    public ExpressionParser(List<Token> tokens) {
        this(tokens, false);
    }

    /**
     * @param scriptForms also read {@code lambda} and argument unpacking ({@code f(*xs, **d)}), which the pytm
     *     script interpreter runs and a threat condition never needs
     */
    public ExpressionParser(List<Token> tokens, boolean scriptForms) {
        this.tokens = tokens;
        this.scriptForms = scriptForms;
    }

    /**
     * Parses one whole expression, as Python's {@code eval} mode does.
     *
     * @throws PythonSyntaxException with the position and what was expected
     */
    public static Expr parseExpression(String source) {
        ExpressionParser parser = new ExpressionParser(Lexer.tokenize(source));
        parser.skipNewlines();
        if (parser.peek().kind() == Kind.END) {
            throw parser.error("expected an expression", parser.peek());
        }
        Expr expr = parser.expression();
        parser.skipNewlines();
        if (parser.peek().kind() != Kind.END) {
            throw parser.error("expected end of expression, found " + parser.peek().describe(), parser.peek());
        }
        return expr;
    }

    /** The next token, not consumed. */
    public Token peek() {
        return tokens.get(index);
    }

    /** Consumes and returns the next token. */
    public Token next() {
        Token token = tokens.get(index);
        if (token.kind() != Kind.END) {
            index++;
        }
        return token;
    }

    /** Consumes the operator or keyword {@code op} or fails saying it was expected. */
    public Token expect(String op) {
        Token token = peek();
        if (!token.is(op) || token.kind() == Kind.STRING) {
            throw error("expected '" + op + "', found " + token.describe(), token);
        }
        return next();
    }

    /** Consumes {@code op} if it comes next. */
    public boolean accept(String op) {
        if (peek().is(op) && peek().kind() != Kind.STRING) {
            next();
            return true;
        }
        return false;
    }

    public void skipNewlines() {
        while (peek().kind() == Kind.NEWLINE) {
            next();
        }
    }

    /** expression: disjunction ['if' disjunction 'else' expression]. */
    public Expr expression() {
        enter();
        try {
            Token start = peek();
            if (start.is("lambda") && start.kind() == Kind.NAME) {
                if (!scriptForms) {
                    throw error("lambda expressions are not supported", start);
                }
                return lambda();
            }
            Expr body = disjunction();
            if (peek().is("if") && peek().kind() == Kind.NAME) {
                next();
                Expr test = disjunction();
                expect("else");
                Expr orElse = expression();
                return new IfExp(test, body, orElse, body.line(), body.column());
            }
            return body;
        } finally {
            depth--;
        }
    }

    private Expr disjunction() {
        Expr first = conjunction();
        if (!isKeyword("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (isKeyword("or")) {
            next();
            values.add(conjunction());
        }
        return new BoolOp(false, values, first.line(), first.column());
    }

    private Expr conjunction() {
        Expr first = inversion();
        if (!isKeyword("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (isKeyword("and")) {
            next();
            values.add(inversion());
        }
        return new BoolOp(true, values, first.line(), first.column());
    }

    private Expr inversion() {
        if (isKeyword("not")) {
            Token not = next();
            enter();
            try {
                return new UnaryOp("not", inversion(), not.line(), not.column());
            } finally {
                depth--;
            }
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = bitOr();
        List<String> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (true) {
            Token token = peek();
            String op;
            if (token.kind() == Kind.OP && COMPARISONS.contains(token.text())) {
                next();
                op = token.text();
            } else if (isKeyword("in")) {
                next();
                op = "in";
            } else if (isKeyword("not") && tokens.get(index + 1).is("in")
                    && tokens.get(index + 1).kind() == Kind.NAME) {
                next();
                next();
                op = "not in";
            } else if (isKeyword("is")) {
                next();
                op = "is";
                if (isKeyword("not")) {
                    next();
                    op = "is not";
                }
            } else {
                break;
            }
            ops.add(op);
            comparators.add(bitOr());
        }
        return ops.isEmpty() ? left : new Compare(left, ops, comparators, left.line(), left.column());
    }

    private Expr bitOr() {
        return binary(0);
    }

    private static final List<Set<String>> BINARY_LEVELS = List.of(
            Set.of("|"), Set.of("^"), Set.of("&"), Set.of("<<", ">>"), Set.of("+", "-"),
            Set.of("*", "/", "//", "%", "@"));

    private Expr binary(int level) {
        if (level == BINARY_LEVELS.size()) {
            return factor();
        }
        Expr left = binary(level + 1);
        int entered = 0;
        while (peek().kind() == Kind.OP && BINARY_LEVELS.get(level).contains(peek().text())) {
            enter();
            entered++;
            Token op = next();
            if (op.text().equals("@")) {
                throw error("the matrix operator '@' is not supported", op);
            }
            Expr right = binary(level + 1);
            left = new BinOp(left, op.text(), right, left.line(), left.column());
        }
        depth -= entered;
        return left;
    }

    private Expr factor() {
        Token token = peek();
        if (token.kind() == Kind.OP && (token.is("-") || token.is("+") || token.is("~"))) {
            next();
            enter();
            try {
                return new UnaryOp(token.text(), factor(), token.line(), token.column());
            } finally {
                depth--;
            }
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        if (peek().kind() == Kind.OP && peek().is("**")) {
            next();
            enter();
            Expr exponent = factor();
            depth--;
            return new BinOp(base, "**", exponent, base.line(), base.column());
        }
        return base;
    }

    private Expr primary() {
        Expr expr = atom();
        int entered = 0;
        while (true) {
            Token token = peek();
            if (token.kind() != Kind.OP || !(token.is(".") || token.is("(") || token.is("["))) {
                depth -= entered;
                return expr;
            }
            enter();
            entered++;
            if (token.is(".")) {
                next();
                Token name = next();
                if (name.kind() != Kind.NAME || KEYWORDS.contains(name.text())) {
                    throw error("expected an attribute name after '.', found " + name.describe(), name);
                }
                expr = new Attribute(expr, name.text(), expr.line(), expr.column(), name.line(), name.column());
            } else if (token.is("(")) {
                next();
                expr = call(expr);
            } else if (token.is("[")) {
                next();
                Expr index = subscript();
                expect("]");
                expr = new Subscript(expr, index, expr.line(), expr.column());
            }
        }
    }

    private Expr call(Expr func) {
        enter();
        try {
            List<Expr> args = new ArrayList<>();
            List<Keyword> keywords = new ArrayList<>();
            while (!peek().is(")") || peek().kind() != Kind.OP) {
                Token start = peek();
                if (start.kind() == Kind.OP && (start.is("*") || start.is("**"))) {
                    if (!scriptForms) {
                        throw error("argument unpacking (*args, **kwargs) is not supported", start);
                    }
                    next();
                    Expr value = expression();
                    if (start.is("**")) {
                        keywords.add(new Keyword(null, value, start.line(), start.column()));
                    } else if (!keywords.isEmpty()) {
                        throw error("iterable argument unpacking follows keyword argument unpacking", start);
                    } else {
                        args.add(new Expr.Starred(value, start.line(), start.column()));
                    }
                } else if (start.kind() == Kind.NAME && tokens.get(index + 1).is("=")
                        && tokens.get(index + 1).kind() == Kind.OP) {
                    next();
                    next();
                    keywords.add(new Keyword(start.text(), expression(), start.line(), start.column()));
                } else {
                    if (!keywords.isEmpty()) {
                        throw error("positional argument follows keyword argument", start);
                    }
                    Expr arg = expression();
                    if (isKeyword("for")) {
                        arg = comprehension(arg, false, start);
                        if (!args.isEmpty() || !peek().is(")")) {
                            throw error("a generator expression must be the only argument unless parenthesized",
                                    start);
                        }
                    }
                    args.add(arg);
                }
                if (!accept(",")) {
                    break;
                }
            }
            expect(")");
            return new Call(func, List.copyOf(args), List.copyOf(keywords), func.line(), func.column());
        } finally {
            depth--;
        }
    }

    /** lambda [name ['=' default], ...]: expression; no star parameters. */
    private Expr lambda() {
        Token start = next();
        List<String> params = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        while (!(peek().kind() == Kind.OP && peek().is(":"))) {
            Token param = next();
            if (param.kind() == Kind.OP && (param.is("*") || param.is("**") || param.is("/"))) {
                throw error("'" + param.text() + "' parameters of a lambda are not supported", param);
            }
            if (param.kind() != Kind.NAME || KEYWORDS.contains(param.text())) {
                throw error("expected a parameter name, found " + param.describe(), param);
            }
            if (params.contains(param.text())) {
                throw error("duplicate argument '" + param.text() + "' in lambda", param);
            }
            params.add(param.text());
            if (accept("=")) {
                defaults.add(disjunction());
            } else if (!defaults.isEmpty()) {
                throw error("non-default argument follows default argument", param);
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(":");
        Expr body = expression();
        return new Expr.Lambda(List.copyOf(params), List.copyOf(defaults), body, start.line(), start.column());
    }

    private Expr subscript() {
        Token start = peek();
        Expr lower = null;
        if (!start.is(":")) {
            lower = expression();
            if (!peek().is(":")) {
                return lower;
            }
        }
        expect(":");
        Expr upper = peek().is("]") || peek().is(":") ? null : expression();
        Expr step = null;
        if (accept(":") && !peek().is("]")) {
            step = expression();
        }
        return new Slice(lower, upper, step, start.line(), start.column());
    }

    /** Adjacent string literals, joined; with an f-string among them, a {@link Expr.JoinedStr}. */
    private Expr strings(Token first) {
        List<Expr> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean formatted = false;
        Token token = first;
        while (true) {
            if (token.kind() == Kind.FSTRING) {
                formatted = true;
                for (Expr part : FStrings.split((String) token.value(), token)) {
                    if (part instanceof Constant constant) {
                        text.append((String) constant.value());
                    } else {
                        if (!text.isEmpty()) {
                            parts.add(new Constant(text.toString(), first.line(), first.column()));
                            text.setLength(0);
                        }
                        parts.add(part);
                    }
                }
            } else {
                text.append((String) token.value());
            }
            if (peek().kind() != Kind.STRING && peek().kind() != Kind.FSTRING) {
                break;
            }
            token = next();
        }
        if (!formatted) {
            return new Constant(text.toString(), first.line(), first.column());
        }
        if (!text.isEmpty()) {
            parts.add(new Constant(text.toString(), first.line(), first.column()));
        }
        return new Expr.JoinedStr(List.copyOf(parts), first.line(), first.column());
    }

    private Expr atom() {
        Token token = next();
        switch (token.kind()) {
            case NUMBER:
                return new Constant(token.value(), token.line(), token.column());
            case STRING, FSTRING: {
                return strings(token);
            }
            case NAME:
                return nameAtom(token);
            case OP:
                if (token.is("(")) {
                    return parenthesized(token);
                }
                if (token.is("[")) {
                    return listDisplay(token);
                }
                if (token.is("{")) {
                    return braceDisplay(token);
                }
                if (token.is("...")) {
                    throw error("the Ellipsis literal is not supported", token);
                }
                throw error("expected an expression, found " + token.describe(), token);
            default:
                throw error("expected an expression, found " + token.describe(), token);
        }
    }

    private Expr nameAtom(Token token) {
        switch (token.text()) {
            case "True":
                return new Constant(Boolean.TRUE, token.line(), token.column());
            case "False":
                return new Constant(Boolean.FALSE, token.line(), token.column());
            case "None":
                return new Constant(null, token.line(), token.column());
            default:
                if (KEYWORDS.contains(token.text())) {
                    throw error("expected an expression, found keyword '" + token.text() + "'", token);
                }
                return new Name(token.text(), token.line(), token.column());
        }
    }

    private Expr parenthesized(Token open) {
        enter();
        try {
            if (accept(")")) {
                return new TupleExpr(List.of(), open.line(), open.column());
            }
            Expr first = expression();
            if (isKeyword("for")) {
                Expr generator = comprehension(first, false, open);
                expect(")");
                return generator;
            }
            if (accept(")")) {
                return first;
            }
            List<Expr> items = new ArrayList<>(List.of(first));
            if (!accept(",")) {
                // "(a" or "(a b": the bracket is what is missing, not a tuple's comma
                throw error("expected ')', found " + peek().describe(), peek());
            }
            while (!peek().is(")")) {
                items.add(expression());
                if (!accept(",")) {
                    break;
                }
            }
            expect(")");
            return new TupleExpr(List.copyOf(items), open.line(), open.column());
        } finally {
            depth--;
        }
    }

    private Expr listDisplay(Token open) {
        enter();
        try {
            List<Expr> items = new ArrayList<>();
            if (!peek().is("]")) {
                Expr first = expression();
                if (isKeyword("for")) {
                    Expr comprehension = comprehension(first, true, open);
                    expect("]");
                    return comprehension;
                }
                items.add(first);
                while (accept(",") && !peek().is("]")) {
                    items.add(expression());
                }
            }
            expect("]");
            return new ListExpr(List.copyOf(items), open.line(), open.column());
        } finally {
            depth--;
        }
    }

    private Expr braceDisplay(Token open) {
        enter();
        try {
            if (accept("}")) {
                return new DictExpr(List.of(), List.of(), open.line(), open.column());
            }
            Expr first = expression();
            if (isKeyword("for")) {
                throw error("set comprehensions are not supported", peek());
            }
            if (accept(":")) {
                List<Expr> keys = new ArrayList<>(List.of(first));
                List<Expr> values = new ArrayList<>(List.of(expression()));
                if (isKeyword("for")) {
                    if (!scriptForms) {
                        throw error("dict comprehensions are not supported", peek());
                    }
                    List<For> generators = generators();
                    expect("}");
                    return new DictComprehension(first, values.get(0), generators, open.line(), open.column());
                }
                while (accept(",") && !peek().is("}")) {
                    keys.add(expression());
                    expect(":");
                    values.add(expression());
                }
                expect("}");
                return new DictExpr(List.copyOf(keys), List.copyOf(values), open.line(), open.column());
            }
            List<Expr> items = new ArrayList<>(List.of(first));
            while (accept(",") && !peek().is("}")) {
                items.add(expression());
            }
            expect("}");
            return new SetExpr(List.copyOf(items), open.line(), open.column());
        } finally {
            depth--;
        }
    }

    private Expr comprehension(Expr element, boolean list, Token start) {
        return new Comprehension(element, generators(), list, start.line(), start.column());
    }

    private List<For> generators() {
        List<For> generators = new ArrayList<>();
        while (isKeyword("for")) {
            Token forToken = next();
            boolean parenthesised = scriptForms && accept("(");
            List<String> targets = new ArrayList<>(List.of(loopVariable()));
            boolean unpack = parenthesised;
            while (peek().is(",")) {
                if (!scriptForms) {
                    throw error("tuple loop variables are not supported; use one name", peek());
                }
                next();
                unpack = true;
                if (peek().is(")") || isKeyword("in")) {
                    break;
                }
                targets.add(loopVariable());
            }
            if (parenthesised) {
                expect(")");
            }
            expect("in");
            Expr iterable = disjunction();
            List<Expr> conditions = new ArrayList<>();
            while (isKeyword("if")) {
                next();
                conditions.add(disjunction());
            }
            generators.add(new For(List.copyOf(targets), unpack, iterable, List.copyOf(conditions), forToken.line(),
                    forToken.column()));
        }
        return List.copyOf(generators);
    }

    private String loopVariable() {
        Token variable = next();
        if (variable.kind() != Kind.NAME || KEYWORDS.contains(variable.text())) {
            throw error("expected a loop variable name after 'for', found " + variable.describe(), variable);
        }
        return variable.text();
    }

    private boolean isKeyword(String word) {
        Token token = peek();
        return token.kind() == Kind.NAME && token.text().equals(word);
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            Token token = peek();
            depth = 0;
            throw error("expression nested too deeply (more than " + MAX_DEPTH + " levels)", token);
        }
    }

    /** An error at this token. */
    public PythonSyntaxException error(String message, Token at) {
        return new PythonSyntaxException(message, at.line(), at.column());
    }
}
