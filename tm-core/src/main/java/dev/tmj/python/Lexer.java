package dev.tmj.python;

import dev.tmj.python.Token.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Splits Python source into tokens, as CPython's tokenizer does for the subset tmj reads: names,
 * int and float literals, single, double and triple-quoted strings with escapes and raw prefixes,
 * operators, comments, line continuations, and NEWLINE/INDENT/DEDENT outside brackets.
 */
public final class Lexer {
    private static final List<String> OPERATORS = List.of(
            "**=", "//=", ">>=", "<<=", "...", "->", ":=",
            "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
            "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}",
            ",", ":", ".", ";", "=");
    private static final Set<String> OPENERS = Set.of("(", "[", "{");
    private static final Set<String> CLOSERS = Set.of(")", "]", "}");

    private final String source;
    private final boolean fStrings;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    /** The same indentation levels measured with a tab as one column, to detect CPython's TabError. */
    private final Deque<Integer> altIndents = new ArrayDeque<>();
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;
    private boolean atLineStart = true;

    private Lexer(String source, boolean fStrings) {
        this.source = source;
        this.fStrings = fStrings;
        indents.push(0);
        altIndents.push(0);
    }

    /**
     * Tokenizes source text.
     *
     * @throws PythonSyntaxException with the line and column of the first bad character
     */
    public static List<Token> tokenize(String source) {
        return tokenize(source, false);
    }

    /**
     * Tokenizes source text; with {@code fStrings}, an f-string is a {@link Token.Kind#FSTRING} token whose value is
     * its text with the escapes decoded, for {@link ExpressionParser} to split into text and expressions. Without,
     * an f-string is a syntax error.
     *
     * @throws PythonSyntaxException with the line and column of the first bad character
     */
    public static List<Token> tokenize(String source, boolean fStrings) {
        Lexer lexer = new Lexer(source, fStrings);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (pos < source.length()) {
            if (atLineStart && depth == 0) {
                if (indentation()) {
                    continue;
                }
            }
            char c = source.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                skipComment();
            } else if (c == '\\' && (peekIs(1, '\n') || peekIs(1, '\r'))) {
                pos++;
                newline();
            } else if (c == '\n' || c == '\r') {
                if (depth == 0 && !lastIs(Kind.NEWLINE) && !tokens.isEmpty()) {
                    add(Kind.NEWLINE, "\n", null, column());
                }
                newline();
                // Inside brackets a line break is only whitespace: no NEWLINE and no indentation to measure.
                atLineStart = depth == 0;
            } else if (isNameStart(c)) {
                nameOrString();
            } else if (isDigit(c) || c == '.' && pos + 1 < source.length() && isDigit(source.charAt(pos + 1))) {
                number();
            } else if (c == '"' || c == '\'') {
                string(pos, false);
            } else {
                operator();
            }
        }
        if (!tokens.isEmpty() && !lastIs(Kind.NEWLINE) && depth == 0) {
            add(Kind.NEWLINE, "\n", null, column());
        }
        while (indents.size() > 1) {
            indents.pop();
            add(Kind.DEDENT, "", null, column());
        }
        add(Kind.END, "", null, column());
    }

    /** Measures the indentation of a logical line; returns true if the line was blank or a comment. */
    private boolean indentation() {
        int width = 0;
        int altWidth = 0;
        int p = pos;
        while (p < source.length() && (source.charAt(p) == ' ' || source.charAt(p) == '\t')) {
            width += source.charAt(p) == '\t' ? 8 - width % 8 : 1;
            altWidth++;
            p++;
        }
        if (p >= source.length()) {
            pos = p;
            return true;
        }
        char c = source.charAt(p);
        if (c == '\n' || c == '\r' || c == '#') {
            pos = p;
            if (c == '#') {
                skipComment();
            }
            if (pos < source.length()) {
                newline();
            }
            return true;
        }
        pos = p;
        atLineStart = false;
        if (width > indents.peek()) {
            if (altWidth <= altIndents.peek()) {
                throw inconsistentTabs();
            }
            indents.push(width);
            altIndents.push(altWidth);
            add(Kind.INDENT, "", null, 1);
        } else {
            while (width < indents.peek()) {
                indents.pop();
                altIndents.pop();
                add(Kind.DEDENT, "", null, 1);
            }
            if (width != indents.peek()) {
                throw error("unindent does not match any outer indentation level", column());
            }
            if (altWidth != altIndents.peek()) {
                throw inconsistentTabs();
            }
        }
        return false;
    }

    /**
     * CPython's TabError: the line's indentation compares differently with its outer levels when a tab counts as
     * one column instead of eight, so its block would depend on the reader's tab width.
     */
    private PythonSyntaxException inconsistentTabs() {
        return error("inconsistent use of tabs and spaces in indentation", column());
    }

    private void skipComment() {
        while (pos < source.length() && source.charAt(pos) != '\n' && source.charAt(pos) != '\r') {
            pos++;
        }
    }

    private void newline() {
        if (source.charAt(pos) == '\r' && peekIs(1, '\n')) {
            pos++;
        }
        pos++;
        line++;
        lineStart = pos;
    }

    private void nameOrString() {
        int start = pos;
        while (pos < source.length() && isNamePart(source.charAt(pos))) {
            pos++;
        }
        String word = source.substring(start, pos);
        if (pos < source.length() && (source.charAt(pos) == '"' || source.charAt(pos) == '\'')
                && word.length() <= 2 && word.chars().allMatch(ch -> "rRbBuUfF".indexOf(ch) >= 0)) {
            String prefix = word.toLowerCase(java.util.Locale.ROOT);
            if (prefix.contains("f") && !fStrings) {
                throw error("f-strings are not supported; use a plain string", start - lineStart + 1);
            }
            if (prefix.contains("b")) {
                throw error("bytes literals are not supported; use a plain string", start - lineStart + 1);
            }
            string(start, prefix.contains("r"));
            if (prefix.contains("f")) {
                Token last = tokens.remove(tokens.size() - 1);
                tokens.add(new Token(Kind.FSTRING, last.text(), last.value(), last.line(), last.column()));
            }
            return;
        }
        add(Kind.NAME, word, null, start - lineStart + 1);
    }

    private void number() {
        int start = pos;
        int column = column();
        String text;
        Object value;
        if (source.startsWith("0x", pos) || source.startsWith("0X", pos) || source.startsWith("0o", pos)
                || source.startsWith("0O", pos) || source.startsWith("0b", pos) || source.startsWith("0B", pos)) {
            char base = Character.toLowerCase(source.charAt(pos + 1));
            pos += 2;
            while (pos < source.length() && (Character.isLetterOrDigit(source.charAt(pos)) || source.charAt(pos) == '_')) {
                pos++;
            }
            text = source.substring(start, pos);
            int radix = base == 'x' ? 16 : base == 'o' ? 8 : 2;
            value = parseInt(text.substring(2).replace("_", ""), radix, column);
        } else {
            boolean isFloat = false;
            boolean exponent = false;
            while (pos < source.length()) {
                char c = source.charAt(pos);
                if (isDigit(c) || c == '_') {
                    pos++;
                } else if (c == '.' && !isFloat) {
                    isFloat = true;
                    pos++;
                } else if ((c == 'e' || c == 'E') && !exponent && pos + 1 < source.length()) {
                    isFloat = true;
                    exponent = true;
                    pos++;
                    if (source.charAt(pos) == '+' || source.charAt(pos) == '-') {
                        pos++;
                    }
                    if (pos >= source.length() || !isDigit(source.charAt(pos))) {
                        throw error("malformed number", column);
                    }
                } else {
                    break;
                }
            }
            text = source.substring(start, pos);
            String digits = text.replace("_", "");
            if (text.endsWith("_") || text.contains("__")) {
                throw error("malformed number '" + text + "'", column);
            }
            if (isFloat) {
                value = Double.parseDouble(digits);
            } else {
                if (digits.length() > 1 && digits.startsWith("0") && !digits.chars().allMatch(ch -> ch == '0')) {
                    throw error("leading zeros in a decimal integer are not permitted", column);
                }
                value = parseInt(digits, 10, column);
            }
        }
        if (pos < source.length() && (isNameStart(source.charAt(pos)))) {
            throw error("invalid character '" + source.charAt(pos) + "' in number", column());
        }
        add(Kind.NUMBER, text, value, column);
    }

    private Long parseInt(String digits, int radix, int column) {
        try {
            return Long.parseLong(digits, radix);
        } catch (NumberFormatException e) {
            throw error(digits.isEmpty() ? "malformed number" : "integer literal out of range or malformed", column);
        }
    }

    private void string(int start, boolean raw) {
        int column = start - lineStart + 1;
        int startLine = line;
        char quote = source.charAt(pos);
        boolean triple = source.startsWith(String.valueOf(quote).repeat(3), pos);
        pos += triple ? 3 : 1;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= source.length()) {
                throw new PythonSyntaxException(triple ? "unterminated triple-quoted string"
                        : "unterminated string literal", startLine, column);
            }
            char c = source.charAt(pos);
            if (triple ? source.startsWith(String.valueOf(quote).repeat(3), pos) : c == quote) {
                pos += triple ? 3 : 1;
                break;
            }
            if (c == '\n' || c == '\r') {
                if (!triple) {
                    throw new PythonSyntaxException("unterminated string literal", startLine, column);
                }
                value.append('\n');
                newline();
                continue;
            }
            if (c == '\\') {
                pos = escape(value, raw, triple);
                continue;
            }
            value.append(c);
            pos++;
        }
        add(Kind.STRING, source.substring(start, pos), value.toString(), column);
        fixLine(startLine);
    }

    /** Multi-line strings are reported at the line they start on. */
    private void fixLine(int startLine) {
        Token last = tokens.remove(tokens.size() - 1);
        tokens.add(new Token(last.kind(), last.text(), last.value(), startLine, last.column()));
    }

    private int escape(StringBuilder value, boolean raw, boolean triple) {
        if (pos + 1 >= source.length()) {
            throw error("unterminated string literal", column());
        }
        char next = source.charAt(pos + 1);
        // A backslash before a line break (\n, \r or \r\n) continues the string on the next line.
        if (raw) {
            if (next == '\n' || next == '\r') {
                value.append('\\').append('\n');
                pos++;
                newline();
                return pos;
            }
            value.append('\\').append(next);
            return pos + 2;
        }
        switch (next) {
            case '\n', '\r' -> {
                pos++;
                newline();
                return pos;
            }
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int end = pos + 1;
                while (end < source.length() && end < pos + 4 && source.charAt(end) >= '0' && source.charAt(end) <= '7') {
                    end++;
                }
                value.append((char) Integer.parseInt(source.substring(pos + 1, end), 8));
                return end;
            }
            case 'x' -> {
                return hexEscape(value, 2);
            }
            case 'u' -> {
                return hexEscape(value, 4);
            }
            case 'U' -> {
                return hexEscape(value, 8);
            }
            case 'a' -> value.append('\u0007');
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'v' -> value.append('\u000b');
            case '\\', '\'', '"' -> value.append(next);
            default -> value.append('\\').append(next);
        }
        return pos + 2;
    }

    private int hexEscape(StringBuilder value, int digits) {
        int start = pos + 2;
        int end = start + digits;
        if (end > source.length() || !source.substring(start, end).chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
            throw error("truncated \\" + source.charAt(pos + 1) + " escape", column());
        }
        int code = (int) Long.parseLong(source.substring(start, end), 16);
        if (!Character.isValidCodePoint(code)) {
            throw error("illegal Unicode character in escape", column());
        }
        value.appendCodePoint(code);
        return end;
    }

    private void operator() {
        for (String op : OPERATORS) {
            if (source.startsWith(op, pos)) {
                int column = column();
                if (OPENERS.contains(op)) {
                    depth++;
                } else if (CLOSERS.contains(op)) {
                    if (depth == 0) {
                        throw error("unmatched '" + op + "'", column);
                    }
                    depth--;
                }
                pos += op.length();
                add(Kind.OP, op, null, column);
                return;
            }
        }
        int cp = source.codePointAt(pos);
        throw error("invalid character '" + new String(Character.toChars(cp)) + "' (U+"
                + String.format("%04X", cp) + ")", column());
    }

    private void add(Kind kind, String text, Object value, int column) {
        tokens.add(new Token(kind, text, value, line, column));
    }

    private boolean lastIs(Kind kind) {
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() == kind;
    }

    private boolean peekIs(int offset, char c) {
        return pos + offset < source.length() && source.charAt(pos + offset) == c;
    }

    private int column() {
        return pos - lineStart + 1;
    }

    private PythonSyntaxException error(String message, int column) {
        return new PythonSyntaxException(message, line, column);
    }

    /** Python's number literals use ASCII digits only; other Unicode digits are invalid characters there. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    private static boolean isNamePart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
