package dev.tmj.iac.hcl;

import dev.tmj.iac.hcl.Body.Attribute;
import dev.tmj.iac.hcl.Body.Block;
import dev.tmj.iac.hcl.Expression.Template;
import dev.tmj.iac.hcl.HclToken.Kind;
import dev.tmj.model.PositionedException;
import dev.tmj.model.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A file's body: attributes, blocks (labels quoted or bare) and one-line blocks. An error inside a top-level item
 * is kept and reading goes on at the next line that starts with a name in its first column (where the next
 * top-level block usually starts), so one run reports up to {@link PositionedException#MAX_ERRORS} errors.
 */
final class BodyParser {
    private final TokenStream tokens;
    private final HclExpressionParser expressions;
    private final List<HclException> errors = new ArrayList<>();
    private boolean stoppedEarly;

    BodyParser(HclLexer lexer) {
        this.tokens = new TokenStream(lexer);
        this.expressions = new HclExpressionParser(tokens);
    }

    /** The file's body, or the errors found in it. */
    Body parseFile() {
        Body body = parseBody(null);
        if (!errors.isEmpty()) {
            throw PositionedException.collect(errors, stoppedEarly);
        }
        return body;
    }

    /** A body up to the end of the file ({@code open} null) or up to the "}" of the block opened at {@code open}. */
    private Body parseBody(HclToken open) {
        SourcePosition start = tokens.lexer().position();
        List<Attribute> attributes = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        Map<String, Attribute> seen = new HashMap<>();
        while (true) {
            HclToken token = tokens.peek();
            if (token.is(Kind.NEWLINE)) {
                tokens.next();
            } else if (token.is(Kind.EOF) && open == null || token.is(Kind.RBRACE) && open != null) {
                break;
            } else if (token.is(Kind.EOF)) {
                throw tokens.error(open, "expected \"}\" to close this block, found the end of the file");
            } else if (open == null) {
                try {
                    parseItem(attributes, blocks, seen);
                } catch (HclException e) {
                    if (errors.size() == PositionedException.MAX_ERRORS) {
                        stoppedEarly = true;
                        break;
                    }
                    errors.add(e);
                    if (e.reason().startsWith("nesting deeper")) {
                        break;
                    }
                    skipToNextTopLevelLine();
                }
            } else {
                parseItem(attributes, blocks, seen);
            }
        }
        return new Body(attributes, blocks, start);
    }

    private void parseItem(List<Attribute> attributes, List<Block> blocks, Map<String, Attribute> seen) {
        HclToken name = tokens.expect(Kind.IDENT, "an attribute name or a block type");
        SourcePosition at = expressions.position(name);
        if (tokens.accept(Kind.ASSIGN)) {
            Attribute attribute = new Attribute(name.text(), expressions.parseExpression(), at);
            endOfLine("after the attribute " + name.text());
            addAttribute(attribute, attributes, seen, name);
            return;
        }
        List<String> labels = new ArrayList<>();
        while (true) {
            HclToken label = tokens.peek();
            if (label.is(Kind.IDENT)) {
                labels.add(tokens.next().text());
            } else if (label.is(Kind.QUOTE)) {
                tokens.next();
                labels.add(literalLabel(label));
            } else {
                break;
            }
        }
        HclToken open = tokens.expect(Kind.LBRACE,
                labels.isEmpty() ? "\"=\", a block label or \"{\" after " + name.text() : "a block label or \"{\"");
        tokens.enter(name);
        try {
            Body body;
            if (tokens.at(Kind.NEWLINE)) {
                body = parseBody(open);
            } else {
                body = oneLineBody();
            }
            tokens.expect(Kind.RBRACE, "\"}\" to close the block " + name.text());
            endOfLine("after the block " + name.text());
            blocks.add(new Block(name.text(), labels, body, at));
        } finally {
            tokens.leave();
        }
    }

    /** <code>{ name = value }</code> or <code>{}</code> on one line; the closing brace is left to read. */
    private Body oneLineBody() {
        SourcePosition start = tokens.lexer().position();
        if (tokens.at(Kind.RBRACE)) {
            return new Body(List.of(), List.of(), start);
        }
        HclToken name = tokens.expect(Kind.IDENT, "an attribute name, a new line or \"}\" in the one-line block");
        tokens.expect(Kind.ASSIGN, "\"=\" (a one-line block holds one attribute and no block)");
        Attribute attribute = new Attribute(name.text(), expressions.parseExpression(), expressions.position(name));
        if (!tokens.at(Kind.RBRACE)) {
            throw tokens.unexpected("\"}\" (a one-line block holds at most one attribute)");
        }
        return new Body(List.of(attribute), List.of(), start);
    }

    private String literalLabel(HclToken quote) {
        Template template = expressions.templates().parseQuoted(quote);
        if (template.parts().isEmpty()) {
            return "";
        }
        if (template.parts().size() == 1 && template.parts().get(0) instanceof Template.Text text) {
            return text.text();
        }
        throw tokens.error(quote, "a block label must be a literal string, without ${ } or %{ }");
    }

    private void addAttribute(Attribute attribute, List<Attribute> attributes, Map<String, Attribute> seen, HclToken name) {
        Attribute first = seen.putIfAbsent(attribute.name(), attribute);
        if (first != null) {
            throw tokens.error(name, "the attribute " + attribute.name() + " is already set at line "
                    + first.position().line());
        }
        attributes.add(attribute);
    }

    private void endOfLine(String where) {
        if (!tokens.at(Kind.EOF) && !tokens.accept(Kind.NEWLINE)) {
            throw tokens.unexpected("a new line " + where);
        }
    }

    /** Error recovery: on to the next line that starts with a name (or the end of the file). */
    private void skipToNextTopLevelLine() {
        tokens.resetAfterError();
        HclLexer lexer = tokens.lexer();
        while (!lexer.atEnd()) {
            char c = lexer.advance();
            if (c == '\n' && HclLexer.isIdentifierStart(lexer.peekChar(0))) {
                return;
            }
        }
    }
}
