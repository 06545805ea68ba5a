package dev.tmj.iac.hcl;

import dev.tmj.iac.hcl.HclToken.Kind;
import dev.tmj.model.SourcePosition;

/**
 * Splits HCL's native syntax into tokens, one at a time as the parser asks: outside templates with {@link #next()},
 * inside a quoted string or heredoc character by character ({@link TemplateScanner} reads those, since what a
 * character means there depends on the template). Each character is looked at a bounded number of times, so
 * scanning is linear. Newlines are tokens; comments are skipped ({@code #} and {@code //} up to the newline, which
 * stays a token; a block comment counts as a space).
 */
final class HclLexer {
    private final String text;
    private final String file;
    private int pos;
    private int line = 1;
    private int column = 1;

    /** Where the lexer is, to come back to after looking ahead. */
    record State(int pos, int line, int column) {
    }

    HclLexer(String text, String file) {
        this.text = text;
        this.file = file;
    }

    State mark() {
        return new State(pos, line, column);
    }

    void reset(State state) {
        pos = state.pos();
        line = state.line();
        column = state.column();
    }

    String file() {
        return file;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    /** The character {@code ahead} characters on, or 0 past the end. */
    char peekChar(int ahead) {
        int at = pos + ahead;
        return at < text.length() ? text.charAt(at) : 0;
    }

    boolean lookingAt(String s) {
        return text.startsWith(s, pos);
    }

    /** Consumes one character, keeping line and column. */
    char advance() {
        char c = text.charAt(pos++);
        if (c == '\n') {
            line++;
            column = 1;
        } else if (!Character.isLowSurrogate(c)) {
            column++;
        }
        return c;
    }

    SourcePosition position() {
        return SourcePosition.of(file, line, column);
    }

    SourcePosition position(int atLine, int atColumn) {
        return SourcePosition.of(file, atLine, atColumn);
    }

    HclException error(int atLine, int atColumn, String reason) {
        return new HclException(position(atLine, atColumn), reason);
    }

    /** The next token outside templates. */
    HclToken next() {
        skipSpaceAndComments();
        int startPos = pos;
        int startLine = line;
        int startColumn = column;
        if (atEnd()) {
            return new HclToken(Kind.EOF, "", startPos, startLine, startColumn);
        }
        char c = peekChar(0);
        if (c == '\n' || (c == '\r' && peekChar(1) == '\n')) {
            if (c == '\r') {
                advance();
            }
            advance();
            return new HclToken(Kind.NEWLINE, "\n", startPos, startLine, startColumn);
        }
        if (isIdentifierStart(c)) {
            while (!atEnd() && isIdentifierPart(peekChar(0))) {
                advance();
            }
            return token(Kind.IDENT, startPos, startLine, startColumn);
        }
        if (c >= '0' && c <= '9') {
            return number(startPos, startLine, startColumn);
        }
        if (c == '<' && peekChar(1) == '<' && (isIdentifierStart(peekChar(2))
                || (peekChar(2) == '-' && isIdentifierStart(peekChar(3))))) {
            return heredoc(startPos, startLine, startColumn);
        }
        Kind kind = punctuation(c);
        if (kind == null) {
            throw error(startLine, startColumn, "unexpected character " + describeChar(text.codePointAt(pos)));
        }
        int length = switch (kind) {
            case ELLIPSIS -> 3;
            case EQ, NE, LE, GE, AND, OR, ARROW -> 2;
            default -> 1;
        };
        for (int i = 0; i < length; i++) {
            advance();
        }
        return token(kind, startPos, startLine, startColumn);
    }

    private Kind punctuation(char c) {
        char d = peekChar(1);
        return switch (c) {
            case '"' -> Kind.QUOTE;
            case '{' -> Kind.LBRACE;
            case '}' -> Kind.RBRACE;
            case '[' -> Kind.LBRACK;
            case ']' -> Kind.RBRACK;
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case ',' -> Kind.COMMA;
            case '.' -> d == '.' && peekChar(2) == '.' ? Kind.ELLIPSIS : Kind.DOT;
            case '*' -> Kind.STAR;
            case '/' -> Kind.SLASH;
            case '%' -> Kind.PERCENT;
            case '+' -> Kind.PLUS;
            case '-' -> Kind.MINUS;
            case '=' -> d == '=' ? Kind.EQ : d == '>' ? Kind.ARROW : Kind.ASSIGN;
            case '!' -> d == '=' ? Kind.NE : Kind.BANG;
            case '<' -> d == '=' ? Kind.LE : Kind.LT;
            case '>' -> d == '=' ? Kind.GE : Kind.GT;
            case '&' -> d == '&' ? Kind.AND : null;
            case '|' -> d == '|' ? Kind.OR : null;
            case '?' -> Kind.QUESTION;
            case ':' -> Kind.COLON;
            case '~' -> Kind.TILDE;
            default -> null;
        };
    }

    private HclToken number(int startPos, int startLine, int startColumn) {
        digits();
        if (peekChar(0) == '.' && isDigit(peekChar(1))) {
            advance();
            digits();
        }
        char e = peekChar(0);
        if ((e == 'e' || e == 'E') && (isDigit(peekChar(1))
                || ((peekChar(1) == '+' || peekChar(1) == '-') && isDigit(peekChar(2))))) {
            advance();
            if (!isDigit(peekChar(0))) {
                advance();
            }
            digits();
        }
        return token(Kind.NUMBER, startPos, startLine, startColumn);
    }

    private void digits() {
        while (isDigit(peekChar(0))) {
            advance();
        }
    }

    /** {@code <<EOF} or {@code <<-EOF} and the rest of its line; the token's text is the marker, "-" first if any. */
    private HclToken heredoc(int startPos, int startLine, int startColumn) {
        advance();
        advance();
        int markerStart = pos;
        if (peekChar(0) == '-') {
            advance();
        }
        while (!atEnd() && isIdentifierPart(peekChar(0))) {
            advance();
        }
        String marker = text.substring(markerStart, pos);
        if (peekChar(0) == '\r') {
            advance();
        }
        if (peekChar(0) != '\n') {
            throw error(line, column, "expected a new line after the heredoc marker <<" + marker);
        }
        advance();
        return new HclToken(Kind.HEREDOC, marker, startPos, startLine, startColumn);
    }

    private HclToken token(Kind kind, int startPos, int startLine, int startColumn) {
        return new HclToken(kind, text.substring(startPos, pos), startPos, startLine, startColumn);
    }

    private void skipSpaceAndComments() {
        while (!atEnd()) {
            char c = peekChar(0);
            if (c == ' ' || c == '\t' || (c == '\r' && peekChar(1) != '\n')) {
                advance();
            } else if (c == '#' || (c == '/' && peekChar(1) == '/')) {
                while (!atEnd() && peekChar(0) != '\n' && !(peekChar(0) == '\r' && peekChar(1) == '\n')) {
                    advance();
                }
            } else if (c == '/' && peekChar(1) == '*') {
                int startLine = line;
                int startColumn = column;
                int end = text.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw error(startLine, startColumn, "unterminated comment: \"*/\" expected");
                }
                while (pos < end + 2) {
                    advance();
                }
            } else {
                return;
            }
        }
    }

    static boolean isIdentifierStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    static boolean isIdentifierPart(char c) {
        return c == '-' || c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A character for an error message: itself when printable, else its code point. */
    static String describeChar(int codePoint) {
        if (codePoint < 0x20 || codePoint == 0x7f || !Character.isDefined(codePoint) || Character.isISOControl(codePoint)
                || Character.getType(codePoint) == Character.FORMAT || Character.isWhitespace(codePoint)) {
            return String.format("U+%04X", codePoint);
        }
        return "'" + new String(Character.toChars(codePoint)) + "'";
    }
}
