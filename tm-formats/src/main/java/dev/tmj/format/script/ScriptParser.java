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
    static final String COMMA_SEPARATED =
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

    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");

    static final Set<String> AUGMENTED = Set.of("+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=",
            "&=", "|=", "^=", "@=");

    static final Set<String> AUGMENTED_SUPPORTED = Set.of("+=", "-=", "*=", "/=", "//=", "%=");

    final ExpressionParser parser;
    private final List<PythonSyntaxException> errors = new ArrayList<>();
    private boolean stoppedEarly;
    /** Blocks the statement that failed had opened when it failed, for {@link #recover}. */
    private int openedBlocks;
    int blockDepth;
    int loopDepth;
    int functionDepth;

    private final List<Token> tokens;
    private final CompoundParser compound;
    final AssignmentParser assignments;
    private final ImportParser imports;

    private ScriptParser(List<Token> tokens) {
        this.tokens = tokens;
        this.parser = new ExpressionParser(tokens, true);
        this.compound = new CompoundParser(this);
        this.assignments = new AssignmentParser(this);
        this.imports = new ImportParser(this);
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
            out.add(compound.ifStatement());
        } else if (isKeyword(token, "for")) {
            out.add(compound.forStatement());
        } else if (isKeyword(token, "while")) {
            out.add(compound.whileStatement());
        } else if (isKeyword(token, "def")) {
            out.add(compound.defStatement());
        } else if (isKeyword(token, "elif") || isKeyword(token, "else")) {
            throw parser.error("'" + token.text() + "' without an 'if' before it", token);
        } else {
            simpleStatements(out);
        }
    }

    /** simple (';' simple)* [';'] NEWLINE. */
    void simpleStatements(List<Stmt> out) {
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
                    imports.importStatement(out);
                    return;
                }
                case "from" -> {
                    out.add(imports.fromImport());
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
                            value = assignments.tupleRest(value, next);
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
                    out.add(assignments.delStatement());
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
        out.add(assignments.assignmentOrExpression(token));
    }

    static boolean isComma(Token token) {
        return token.kind() == Kind.OP && token.is(",");
    }

    /** The block after a ':' of {@code what}: statements on the same line, or an indented block. */
    List<Stmt> block(Token header, String what) {
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

    String name(String what) {
        Token token = parser.peek();
        if (token.kind() != Kind.NAME || KEYWORDS.contains(token.text())) {
            throw parser.error("expected " + what + ", found " + token.describe(), token);
        }
        parser.next();
        return token.text();
    }

    static boolean isKeyword(Token token, String word) {
        return token.kind() == Kind.NAME && token.text().equals(word);
    }
}
