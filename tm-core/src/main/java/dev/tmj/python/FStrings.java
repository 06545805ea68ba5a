package dev.tmj.python;

import dev.tmj.python.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the decoded text of an f-string into its text and its {@code {expression!conversion:spec}} fields, as
 * Python 3.11 does. Every token of an embedded expression is reported at the f-string's own position.
 */
final class FStrings {
    private FStrings() {
    }

    /** Text parts as string {@link Expr.Constant}s and fields as {@link Expr.FormattedValue}s. */
    static List<Expr> split(String body, Token at) {
        List<Expr> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '{' && i + 1 < body.length() && body.charAt(i + 1) == '{') {
                text.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < body.length() && body.charAt(i + 1) == '}') {
                text.append('}');
                i += 2;
            } else if (c == '}') {
                throw error("f-string: single '}' is not allowed", at);
            } else if (c == '{') {
                if (!text.isEmpty()) {
                    parts.add(new Expr.Constant(text.toString(), at.line(), at.column()));
                    text.setLength(0);
                }
                i = field(body, i + 1, at, parts);
            } else {
                text.append(c);
                i++;
            }
        }
        if (!text.isEmpty()) {
            parts.add(new Expr.Constant(text.toString(), at.line(), at.column()));
        }
        return parts;
    }

    /** One field after its '{'; returns the index after its '}'. */
    private static int field(String body, int start, Token at, List<Expr> parts) {
        int depth = 0;
        char quote = 0;
        int i = start;
        for (; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '}' || c == ':'
                    || c == '!' && (i + 1 >= body.length() || body.charAt(i + 1) != '='))) {
                break;
            }
        }
        if (i >= body.length()) {
            throw error("f-string: expecting '}'", at);
        }
        String source = body.substring(start, i);
        if (source.isBlank()) {
            throw error("f-string: empty expression not allowed", at);
        }
        Expr value = expression(source, at);
        char conversion = 0;
        if (body.charAt(i) == '!') {
            if (i + 2 >= body.length() || "sra".indexOf(body.charAt(i + 1)) < 0
                    || body.charAt(i + 2) != '}' && body.charAt(i + 2) != ':') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'", at);
            }
            conversion = body.charAt(i + 1);
            i += 2;
        }
        Expr spec = null;
        if (body.charAt(i) == ':') {
            int specStart = i + 1;
            int nested = 0;
            for (i = specStart; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == '{') {
                    nested++;
                } else if (c == '}') {
                    if (nested == 0) {
                        break;
                    }
                    nested--;
                }
            }
            if (i >= body.length()) {
                throw error("f-string: expecting '}'", at);
            }
            spec = new Expr.JoinedStr(List.copyOf(split(body.substring(specStart, i), at)), at.line(), at.column());
        }
        parts.add(new Expr.FormattedValue(value, conversion, spec, at.line(), at.column()));
        return i + 1;
    }

    /** The expression of a field, its tokens placed at the f-string; wrapped in parentheses as Python does. */
    private static Expr expression(String source, Token at) {
        List<Token> tokens = new ArrayList<>();
        List<Token> lexed;
        try {
            lexed = Lexer.tokenize("(" + source + ")", false);
        } catch (PythonSyntaxException e) {
            throw error("f-string: " + e.reason(), at);
        }
        for (Token token : lexed) {
            tokens.add(new Token(token.kind(), token.text(), token.value(), at.line(), at.column()));
        }
        ExpressionParser parser = new ExpressionParser(tokens);
        parser.skipNewlines();
        Expr expr = parser.expression();
        parser.skipNewlines();
        if (parser.peek().kind() != Kind.END) {
            throw error("f-string: expecting '}'", at);
        }
        return expr;
    }

    private static PythonSyntaxException error(String message, Token at) {
        return new PythonSyntaxException(message, at.line(), at.column());
    }
}
