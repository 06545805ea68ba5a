package dev.tmj.iac.hcl;

import dev.tmj.iac.hcl.Expression.Template;
import dev.tmj.iac.hcl.HclToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Quoted strings and heredocs: their text is read character by character from the lexer (escapes, {@code $${} and
 * {@code %%{}), their {@code ${…}} and {@code %{…}} parts as tokens by the expression parser. The parts are read
 * flat first ({@link RawPart}), then indentation and {@code ~} strip markers are applied and directives nested
 * ({@link TemplateNesting}).
 */
final class TemplateParser {
    private final TokenStream tokens;
    private final HclExpressionParser expressions;

    TemplateParser(TokenStream tokens, HclExpressionParser expressions) {
        this.tokens = tokens;
        this.expressions = expressions;
    }

    /** After the opening {@code "}: the template up to and including the closing quote. */
    Template parseQuoted(HclToken open) {
        HclLexer lexer = tokens.lexer();
        List<RawPart> parts = new ArrayList<>();
        RawPart.Text text = new RawPart.Text();
        parts.add(text);
        while (true) {
            if (lexer.atEnd()) {
                throw tokens.error(open, "unterminated string: '\"' expected");
            }
            char c = lexer.peekChar(0);
            if (c == '"') {
                lexer.advance();
                break;
            }
            if (c == '\n' || c == '\r') {
                throw tokens.error(open,
                        "unterminated string: '\"' expected before the end of the line (only a heredoc spans lines)");
            }
            int before = parts.size();
            if (c == '\\') {
                escape(lexer, text.text);
            } else if (!templateSyntax(lexer, parts, text)) {
                text.text.append(lexer.advance());
            } else if (parts.size() > before) {
                text = new RawPart.Text();
                parts.add(text);
            }
        }
        return new Template(TemplateNesting.build(parts, lexer), false, expressions.position(open));
    }

    /** After {@code <<EOF} and its newline: the lines up to the closing marker (which is consumed). */
    Template parseHeredoc(HclToken open) {
        HclLexer lexer = tokens.lexer();
        boolean strip = open.text().startsWith("-");
        String marker = strip ? open.text().substring(1) : open.text();
        List<RawPart> parts = new ArrayList<>();
        RawPart.Text text = new RawPart.Text();
        parts.add(text);
        boolean lineStart = true;
        while (true) {
            if (lineStart) {
                if (closesHeredoc(lexer, marker)) {
                    break;
                }
                text.lineStarts.add(text.text.length());
            }
            if (lexer.atEnd()) {
                throw tokens.error(open, "unterminated heredoc: expected a line holding only " + marker);
            }
            int before = parts.size();
            if (templateSyntax(lexer, parts, text)) {
                if (parts.size() > before) {
                    text = new RawPart.Text();
                    parts.add(text);
                }
                lineStart = false;
            } else {
                char c = lexer.advance();
                text.text.append(c);
                lineStart = c == '\n';
            }
        }
        if (strip) {
            RawPart.stripIndentation(parts);
        }
        return new Template(TemplateNesting.build(parts, lexer), true, expressions.position(open));
    }

    /** At a line start: whether the line holds only the marker (and blanks); if so consumes up to its end. */
    private static boolean closesHeredoc(HclLexer lexer, String marker) {
        int i = 0;
        while (lexer.peekChar(i) == ' ' || lexer.peekChar(i) == '\t') {
            i++;
        }
        for (int k = 0; k < marker.length(); k++) {
            if (lexer.peekChar(i + k) != marker.charAt(k)) {
                return false;
            }
        }
        int end = i + marker.length();
        int j = end;
        while (lexer.peekChar(j) == ' ' || lexer.peekChar(j) == '\t') {
            j++;
        }
        char after = lexer.peekChar(j);
        if (after != '\n' && after != 0 && !(after == '\r' && lexer.peekChar(j + 1) == '\n')) {
            return false;
        }
        for (int k = 0; k < j; k++) {
            lexer.advance();
        }
        return true;
    }

    /**
     * At {@code ${}, {@code %{}, {@code $${} or {@code %%{}: reads it (an interpolation or directive is added to
     * {@code parts}, an escape appended to {@code text}) and returns true; elsewhere returns false.
     */
    private boolean templateSyntax(HclLexer lexer, List<RawPart> parts, RawPart.Text text) {
        char c = lexer.peekChar(0);
        if ((c == '$' || c == '%') && lexer.peekChar(1) == c && lexer.peekChar(2) == '{') {
            lexer.advance();
            text.text.append(lexer.advance()).append(lexer.advance());
            return true;
        }
        if ((c != '$' && c != '%') || lexer.peekChar(1) != '{') {
            return false;
        }
        int line = lexer.position().line();
        int column = lexer.position().column();
        lexer.advance();
        lexer.advance();
        boolean stripBefore = lexer.peekChar(0) == '~';
        if (stripBefore) {
            lexer.advance();
        }
        tokens.pushNewlines(false);
        RawPart part = c == '$'
                ? new RawPart.Interpolation(expressions.parseExpression(), stripBefore, false)
                : directive(lexer, line, column, stripBefore);
        boolean stripAfter = tokens.accept(Kind.TILDE);
        tokens.expect(Kind.RBRACE, c == '$' ? "\"}\" to end the interpolation" : "\"}\" to end the directive");
        tokens.popNewlines();
        parts.add(stripAfter ? part.strippingAfter() : part);
        return true;
    }

    private RawPart directive(HclLexer lexer, int line, int column, boolean stripBefore) {
        HclToken word = tokens.peek();
        String keyword = word.is(Kind.IDENT) ? word.text() : "";
        switch (keyword) {
            case "if":
                tokens.next();
                return new RawPart.Directive(keyword, null, null, expressions.parseExpression(), line, column, stripBefore, false);
            case "else", "endif", "endfor":
                tokens.next();
                return new RawPart.Directive(keyword, null, null, null, line, column, stripBefore, false);
            case "for":
                tokens.next();
                String first = tokens.expect(Kind.IDENT, "a variable name after \"for\"").text();
                String key = null;
                String value = first;
                if (tokens.accept(Kind.COMMA)) {
                    key = first;
                    value = tokens.expect(Kind.IDENT, "a variable name after \",\"").text();
                }
                if (!tokens.peek().isKeyword("in")) {
                    throw tokens.unexpected("\"in\"");
                }
                tokens.next();
                return new RawPart.Directive(keyword, key, value, expressions.parseExpression(), line, column, stripBefore, false);
            default:
                throw tokens.unexpected("\"if\", \"else\", \"endif\", \"for\" or \"endfor\" in the template directive");
        }
    }

    private static void escape(HclLexer lexer, StringBuilder text) {
        int line = lexer.position().line();
        int column = lexer.position().column();
        lexer.advance();
        char c = lexer.atEnd() ? 0 : lexer.advance();
        switch (c) {
            case 'n' -> text.append('\n');
            case 'r' -> text.append('\r');
            case 't' -> text.append('\t');
            case '"' -> text.append('"');
            case '\\' -> text.append('\\');
            case 'u', 'U' -> {
                int digits = c == 'u' ? 4 : 8;
                int codePoint = 0;
                for (int i = 0; i < digits; i++) {
                    int digit = Character.digit(lexer.peekChar(0), 16);
                    if (digit < 0) {
                        throw lexer.error(line, column, "expected " + digits + " hexadecimal digits after \\" + c);
                    }
                    lexer.advance();
                    codePoint = codePoint * 16 + digit;
                }
                if (!Character.isValidCodePoint(codePoint) || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                    throw lexer.error(line, column, "\\" + c + " names no Unicode character");
                }
                text.appendCodePoint(codePoint);
            }
            default -> throw lexer.error(line, column,
                    "invalid escape; expected \\n, \\r, \\t, \\\", \\\\, \\uNNNN or \\UNNNNNNNN");
        }
    }
}
