package dev.tmj.format.script;

import dev.tmj.model.PositionedException;
import dev.tmj.python.Expr;
import dev.tmj.python.ExpressionParser;
import dev.tmj.python.Lexer;
import dev.tmj.python.PythonSyntaxException;
import dev.tmj.python.Token;
import dev.tmj.python.Token.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the statements of a pytm script on top of tm-core's {@link ExpressionParser}, which it shares for
 * every expression (with lambdas and {@code *}/{@code **} arguments): imports, assignments (also augmented),
 * expression statements, {@code if}/{@code elif}/{@code else}, {@code for} and {@code while} (with {@code else}),
 * {@code break}, {@code continue}, {@code def} (with {@code *args}/{@code **kwargs}) and {@code return},
 * {@code global}, {@code assert}, {@code del}, {@code pass}. Every other statement is refused here, before
 * anything runs.
 * <p>
 * A syntax error does not end the parse: it is recorded, the parser skips to the next statement at the same or
 * a lower indentation (the rest of the line, the indented block a broken header opened, and its {@code elif}
 * and {@code else} clauses), and goes on, so that one run reports every syntax error of the script, up to
 * {@link PositionedException#MAX_ERRORS}. Errors of the lexer (a bad character, an unclosed string or bracket)
 * leave no statements to go on with and are reported alone, as is a block nested too deeply.
 */
final class ScriptParser {
    /** What a script may do; closes every "not supported" message. */
    static final String SUPPORTED = "a pytm model script may import only pytm and use only the plain Python tmj supports (docs/pytm-compatibility.md)";

    private static final int MAX_BLOCK_DEPTH = 50;

    /** Values separated by commas, other than the targets of an unpacking assignment. */
    private static final String COMMA_SEPARATED =
            unsupported("comma-separated values (tuple unpacking or a bare tuple) are not supported");

    private static final Map<String, String> UNSUPPORTED_STATEMENTS = Map.ofEntries(
            Map.entry("class", "class definitions are not supported"),
            Map.entry("with", "'with' statements are not supported"),
            Map.entry("try", "'try' statements are not supported"),
            Map.entry("except", "'except' clauses are not supported"),
            Map.entry("finally", "'finally' clauses are not supported"),
            Map.entry("async", "'async' statements are not supported"),
            Map.entry("await", "'await' is not supported"),
            Map.entry("yield", "'yield' is not supported"),
            Map.entry("raise", "'raise' statements are not supported"),
            Map.entry("nonlocal", "'nonlocal' statements are not supported"));

    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");

    private static final Set<String> AUGMENTED = Set.of("+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=",
            "&=", "|=", "^=", "@=");

    private static final Set<String> AUGMENTED_SUPPORTED = Set.of("+=", "-=", "*=", "/=", "//=", "%=");

    private final ExpressionParser parser;
    private final List<PythonSyntaxException> errors = new ArrayList<>();
    private boolean stoppedEarly;
    /** Blocks the statement that failed had opened when it failed, for {@link #recover}. */
    private int openedBlocks;
    private int blockDepth;
    private int loopDepth;
    private int functionDepth;

    private final List<Token> tokens;

    private ScriptParser(List<Token> tokens) {
        this.tokens = tokens;
        this.parser = new ExpressionParser(tokens, true);
    }

    /**
     * Parses a whole script.
     *
     * @throws PythonSyntaxException for a syntax error or a statement outside the subset: the first one, carrying
     *     every other one of the script ({@link PositionedException#errors()})
     */
    static List<Stmt> parse(String source) {
        List<Token> tokens = Lexer.tokenize(source, true);
        checkBrackets(tokens);
        ScriptParser script = new ScriptParser(tokens);
        List<Stmt> statements;
        try {
            statements = script.file();
        } catch (StopParsing stop) {
            statements = List.of();
        }
        if (!script.errors.isEmpty()) {
            throw PositionedException.collect(script.errors, script.stoppedEarly);
        }
        return statements;
    }

    /** Ends the parse after an error that leaves nothing sound to go on with, or after too many errors. */
    private static final class StopParsing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopParsing() {
            super(null, null, false, false);
        }
    }

    /** A statement, or on a syntax error: the error recorded and the parser past the statement. */
    private void statementOrSkip(List<Stmt> out) {
        int blocks = blockDepth;
        int loops = loopDepth;
        int functions = functionDepth;
        Token start = parser.peek();
        openedBlocks = 0;
        try {
            statement(out);
        } catch (PythonSyntaxException e) {
            record(e);
            int opened = openedBlocks;
            openedBlocks = 0;
            blockDepth = blocks;
            loopDepth = loops;
            functionDepth = functions;
            if (parser.peek() != start && opened == 0 && afterNewline(parser.peek())) {
                // The statement failed past the end of its line (at its end of line, or where its block was
                // expected): what comes next starts a statement, unless it is the block or clause of this one.
                if (parser.peek().kind() != Kind.INDENT && !isClause(parser.peek())) {
                    return;
                }
            }
            recover(opened);
            if (parser.peek() == start && start.kind() != Kind.END) {
                parser.next(); // a stray token that starts no statement: never fail on it twice
            }
        }
    }

    private void record(PythonSyntaxException error) {
        if (errors.size() == PositionedException.MAX_ERRORS) {
            stoppedEarly = true;
            throw new StopParsing();
        }
        errors.add(error);
    }

    /**
     * Skips to the start of the next statement at the indentation of the one that failed: the rest of its line,
     * then any block it opened (with {@code depth} blocks already entered) and its {@code elif}/{@code else}.
     */
    private void recover(int depth) {
        while (true) {
            Token token = parser.peek();
            switch (token.kind()) {
                case END -> {
                    return;
                }
                case INDENT -> {
                    parser.next();
                    depth++;
                }
                case DEDENT -> {
                    if (depth == 0) {
                        return;
                    }
                    parser.next();
                    depth--;
                    if (depth == 0 && !isClause(parser.peek())) {
                        return;
                    }
                }
                case NEWLINE -> {
                    parser.next();
                    if (depth == 0 && parser.peek().kind() != Kind.INDENT && !isClause(parser.peek())) {
                        return;
                    }
                }
                default -> parser.next();
            }
        }
    }

    /** Whether the token just before {@code token} ended a line. */
    private boolean afterNewline(Token token) {
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i) == token) {
                return tokens.get(i - 1).kind() == Kind.NEWLINE;
            }
        }
        return false;
    }

    private static boolean isClause(Token token) {
        return isKeyword(token, "elif") || isKeyword(token, "else");
    }

    /** "Never closed" at the bracket that opened it, rather than a confusing error at the end of the file. */
    private static void checkBrackets(List<Token> tokens) {
        Deque<Token> open = new ArrayDeque<>();
        for (Token token : tokens) {
            if (token.kind() != Kind.OP) {
                continue;
            }
            if (token.is("(") || token.is("[") || token.is("{")) {
                open.push(token);
            } else if ((token.is(")") || token.is("]") || token.is("}")) && !open.isEmpty()) {
                open.pop();
            }
        }
        if (!open.isEmpty()) {
            Token unclosed = open.peek();
            throw new PythonSyntaxException("'" + unclosed.text() + "' was never closed", unclosed.line(),
                    unclosed.column());
        }
    }

    static String unsupported(String what) {
        return what + ": " + SUPPORTED;
    }

    private List<Stmt> file() {
        List<Stmt> body = new ArrayList<>();
        while (true) {
            parser.skipNewlines();
            if (parser.peek().kind() == Kind.END) {
                return body;
            }
            statementOrSkip(body);
        }
    }

    private void statement(List<Stmt> out) {
        Token token = parser.peek();
        if (token.kind() == Kind.INDENT) {
            parser.next();
            openedBlocks = 1;
            throw parser.error("unexpected indent", parser.peek());
        }
        if (isKeyword(token, "if")) {
            out.add(ifStatement());
        } else if (isKeyword(token, "for")) {
            out.add(forStatement());
        } else if (isKeyword(token, "while")) {
            out.add(whileStatement());
        } else if (isKeyword(token, "def")) {
            out.add(defStatement());
        } else if (isKeyword(token, "elif") || isKeyword(token, "else")) {
            throw parser.error("'" + token.text() + "' without an 'if' before it", token);
        } else {
            simpleStatements(out);
        }
    }

    /** simple (';' simple)* [';'] NEWLINE. */
    private void simpleStatements(List<Stmt> out) {
        do {
            simple(out);
        } while (parser.accept(";") && parser.peek().kind() != Kind.NEWLINE && parser.peek().kind() != Kind.END);
        Token end = parser.peek();
        if (end.kind() == Kind.NEWLINE) {
            parser.next();
        } else if (end.kind() != Kind.END && end.kind() != Kind.DEDENT) {
            throw parser.error("expected the end of the statement, found " + end.describe(), end);
        }
    }

    private void simple(List<Stmt> out) {
        Token token = parser.peek();
        if (token.kind() == Kind.OP && token.is("@")) {
            throw parser.error(unsupported("decorators are not supported"), token);
        }
        if (token.kind() == Kind.NAME) {
            String unsupported = UNSUPPORTED_STATEMENTS.get(token.text());
            if (unsupported != null) {
                throw parser.error(unsupported(unsupported), token);
            }
            switch (token.text()) {
                case "import" -> {
                    importStatement(out);
                    return;
                }
                case "from" -> {
                    out.add(fromImport());
                    return;
                }
                case "pass" -> {
                    parser.next();
                    out.add(new Stmt.Pass(token.line(), token.column()));
                    return;
                }
                case "return" -> {
                    parser.next();
                    if (functionDepth == 0) {
                        throw parser.error("'return' outside function", token);
                    }
                    Expr value = null;
                    Token next = parser.peek();
                    if (next.kind() != Kind.NEWLINE && next.kind() != Kind.END && next.kind() != Kind.DEDENT
                            && !(next.kind() == Kind.OP && next.is(";"))) {
                        value = parser.expression();
                        if (isComma(parser.peek())) {
                            value = tupleRest(value, next);
                        }
                    }
                    out.add(new Stmt.Return(value, token.line(), token.column()));
                    return;
                }
                case "assert" -> {
                    parser.next();
                    Expr test = parser.expression();
                    Expr message = parser.accept(",") ? parser.expression() : null;
                    out.add(new Stmt.Assert(test, message, token.line(), token.column()));
                    return;
                }
                case "del" -> {
                    out.add(delStatement());
                    return;
                }
                case "global" -> {
                    parser.next();
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(name("a name after 'global'"));
                    } while (parser.accept(","));
                    out.add(new Stmt.Global(List.copyOf(names), token.line(), token.column()));
                    return;
                }
                case "def" -> throw parser.error("a 'def' statement must start its own line", token);
                case "if", "for", "while" -> throw parser.error("a '" + token.text()
                        + "' statement must start its own line", token);
                case "elif", "else" -> throw parser.error("'" + token.text() + "' without an 'if' before it", token);
                case "break", "continue" -> {
                    parser.next();
                    if (loopDepth == 0) {
                        throw parser.error("'" + token.text() + "' outside loop", token);
                    }
                    out.add(token.text().equals("break") ? new Stmt.Break(token.line(), token.column())
                            : new Stmt.Continue(token.line(), token.column()));
                    return;
                }
                default -> {
                    // an assignment or an expression statement
                }
            }
        }
        out.add(assignmentOrExpression(token));
    }

    private Stmt assignmentOrExpression(Token start) {
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
    private Stmt delStatement() {
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

    private static boolean isComma(Token token) {
        return token.kind() == Kind.OP && token.is(",");
    }

    /** The other items of a tuple written without parentheses, after its first; a trailing comma is allowed. */
    private Expr tupleRest(Expr first, Token start) {
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
            items.forEach(ScriptParser::checkTarget);
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

    /**
     * {@code if}, {@code elif} and {@code else}; {@code if __name__ == "__main__":} stays a {@link Stmt.MainBlock}
     * when it has no other branch.
     */
    private Stmt ifStatement() {
        Token ifToken = parser.next();
        Expr test = parser.expression();
        parser.expect(":");
        List<Stmt> body = block(ifToken, "if");
        List<Stmt> orElse = List.of();
        parser.skipNewlines();
        Token next = parser.peek();
        if (isKeyword(next, "elif")) {
            orElse = List.of(ifStatement());
        } else if (isKeyword(next, "else")) {
            parser.next();
            parser.expect(":");
            orElse = block(next, "else");
        }
        if (orElse.isEmpty() && isMainGuard(test)) {
            return new Stmt.MainBlock(body, ifToken.line(), ifToken.column());
        }
        return new Stmt.If(test, body, orElse, ifToken.line(), ifToken.column());
    }

    /** {@code for a in items:} or {@code for a, b in pairs:}. */
    private Stmt forStatement() {
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
            iterable = tupleRest(iterable, in);
        }
        parser.expect(":");
        loopDepth++;
        List<Stmt> body = block(forToken, "for");
        loopDepth--;
        return new Stmt.For(List.copyOf(targets), iterable, body, loopElse(), forToken.line(), forToken.column());
    }

    /** {@code def name(a, b=1, *args, **kwargs):}; no keyword-only parameters, annotations or decorators. */
    private Stmt defStatement() {
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
        int outerLoops = loopDepth;
        loopDepth = 0;
        functionDepth++;
        List<Stmt> body = block(defToken, "def");
        functionDepth--;
        loopDepth = outerLoops;
        return new Stmt.Def(name.text(), List.copyOf(params), List.copyOf(defaults), varargs, kwargs, body,
                defToken.line(), defToken.column());
    }

    private Stmt whileStatement() {
        Token whileToken = parser.next();
        Expr test = parser.expression();
        parser.expect(":");
        loopDepth++;
        List<Stmt> body = block(whileToken, "while");
        loopDepth--;
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
        return block(next, "else");
    }

    /** The block after a ':' of {@code what}: statements on the same line, or an indented block. */
    private List<Stmt> block(Token header, String what) {
        List<Stmt> body = new ArrayList<>();
        if (parser.peek().kind() != Kind.NEWLINE) {
            simpleStatements(body);
            return List.copyOf(body);
        }
        parser.next();
        if (parser.peek().kind() != Kind.INDENT) {
            throw parser.error("expected an indented block after the '" + what + "' statement on line "
                    + header.line(), parser.peek());
        }
        parser.next();
        if (++blockDepth > MAX_BLOCK_DEPTH) {
            record(parser.error("blocks nested too deeply (more than " + MAX_BLOCK_DEPTH + " levels)", header));
            throw new StopParsing();
        }
        while (true) {
            parser.skipNewlines();
            Kind kind = parser.peek().kind();
            if (kind == Kind.DEDENT || kind == Kind.END) {
                break;
            }
            statementOrSkip(body);
        }
        if (parser.peek().kind() == Kind.DEDENT) {
            parser.next();
        }
        blockDepth--;
        return List.copyOf(body);
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

    /** import a [as b], c ... : one statement per module. */
    private void importStatement(List<Stmt> out) {
        parser.next();
        do {
            Token first = parser.peek();
            String module = dottedName();
            String alias = null;
            if (isKeyword(parser.peek(), "as")) {
                parser.next();
                alias = name("a name after 'as'");
            }
            out.add(new Stmt.Import(module, alias, first.line(), first.column()));
        } while (parser.accept(","));
    }

    /** from module import * | names | (names). */
    private Stmt fromImport() {
        Token from = parser.next();
        Token moduleToken = parser.peek();
        if (moduleToken.kind() == Kind.OP && (moduleToken.is(".") || moduleToken.is("..."))) {
            throw parser.error(unsupported("relative imports are not supported"), moduleToken);
        }
        String module = dottedName();
        parser.expect("import");
        List<Stmt.ImportedName> names = new ArrayList<>();
        if (!parser.accept("*")) {
            boolean parenthesized = parser.accept("(");
            do {
                if (parenthesized && !names.isEmpty() && parser.peek().is(")")) {
                    break;
                }
                Token nameToken = parser.peek();
                String name = name("a name to import");
                String alias = null;
                if (isKeyword(parser.peek(), "as")) {
                    parser.next();
                    alias = name("a name after 'as'");
                }
                names.add(new Stmt.ImportedName(name, alias, nameToken.line(), nameToken.column()));
            } while (parser.accept(","));
            if (parenthesized) {
                parser.expect(")");
            }
        }
        return new Stmt.FromImport(module, List.copyOf(names), from.line(), from.column(), moduleToken.line(),
                moduleToken.column());
    }

    private String dottedName() {
        StringBuilder name = new StringBuilder(name("a module name"));
        while (parser.peek().kind() == Kind.OP && parser.peek().is(".")) {
            parser.next();
            name.append('.').append(name("a name after '.'"));
        }
        return name.toString();
    }

    private String name(String what) {
        Token token = parser.peek();
        if (token.kind() != Kind.NAME || KEYWORDS.contains(token.text())) {
            throw parser.error("expected " + what + ", found " + token.describe(), token);
        }
        parser.next();
        return token.text();
    }

    private static boolean isKeyword(Token token, String word) {
        return token.kind() == Kind.NAME && token.text().equals(word);
    }
}
