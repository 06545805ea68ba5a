package dev.tmj.iac.hcl;

/** One token of HCL's native syntax: its kind, its text as written, and where it starts (offset, line, column). */
record HclToken(Kind kind, String text, int offset, int line, int column) {

    enum Kind {
        IDENT, NUMBER, QUOTE, HEREDOC, LBRACE, RBRACE, LBRACK, RBRACK, LPAREN, RPAREN, COMMA, DOT, ELLIPSIS, STAR,
        SLASH, PERCENT, PLUS, MINUS, ASSIGN, EQ, NE, LT, LE, GT, GE, AND, OR, BANG, QUESTION, COLON, ARROW, TILDE,
        NEWLINE, EOF
    }

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isKeyword(String word) {
        return kind == Kind.IDENT && text.equals(word);
    }

    /** The token as an error message names it. */
    String describe() {
        return switch (kind) {
            case NEWLINE -> "end of line";
            case EOF -> "end of file";
            case QUOTE -> "a string";
            case HEREDOC -> "a heredoc";
            case IDENT -> "\"" + text + "\"";
            case NUMBER -> "number " + text;
            default -> "\"" + text + "\"";
        };
    }
}
