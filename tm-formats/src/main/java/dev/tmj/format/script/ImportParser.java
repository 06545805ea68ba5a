package dev.tmj.format.script;

import static dev.tmj.format.script.ScriptParser.isKeyword;
import static dev.tmj.format.script.ScriptParser.unsupported;

import dev.tmj.python.ExpressionParser;
import dev.tmj.python.Token;
import dev.tmj.python.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code import} and {@code from ... import} statements for {@link ScriptParser}; which modules may be imported
 * is decided when they run ({@link Imports}).
 */
final class ImportParser {
    private final ScriptParser script;
    private final ExpressionParser parser;

    ImportParser(ScriptParser script) {
        this.script = script;
        this.parser = script.parser;
    }

    /** import a [as b], c ... : one statement per module. */
    void importStatement(List<Stmt> out) {
        parser.next();
        do {
            Token first = parser.peek();
            String module = dottedName();
            String alias = null;
            if (isKeyword(parser.peek(), "as")) {
                parser.next();
                alias = script.name("a name after 'as'");
            }
            out.add(new Stmt.Import(module, alias, first.line(), first.column()));
        } while (parser.accept(","));
    }

    /** from module import * | names | (names). */
    Stmt fromImport() {
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
                String name = script.name("a name to import");
                String alias = null;
                if (isKeyword(parser.peek(), "as")) {
                    parser.next();
                    alias = script.name("a name after 'as'");
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
        StringBuilder name = new StringBuilder(script.name("a module name"));
        while (parser.peek().kind() == Kind.OP && parser.peek().is(".")) {
            parser.next();
            name.append('.').append(script.name("a name after '.'"));
        }
        return name.toString();
    }
}
