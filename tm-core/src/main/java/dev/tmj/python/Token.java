package dev.tmj.python;

/**
 * A token of Python source.
 *
 * @param kind what sort of token
 * @param text the operator, keyword or name as written; for strings and numbers, the source text
 * @param value the decoded value of a string or number literal, otherwise null
 * @param line 1-based line
 * @param column 1-based column
 */
public record Token(Kind kind, String text, Object value, int line, int column) {
    public enum Kind {
        NAME, NUMBER, STRING, FSTRING, OP, NEWLINE, INDENT, DEDENT, END
    }

    public boolean is(String op) {
        return (kind == Kind.OP || kind == Kind.NAME) && text.equals(op);
    }

    /** How the token reads in an error message. */
    public String describe() {
        return switch (kind) {
            case END -> "end of input";
            case NEWLINE -> "end of line";
            case INDENT -> "indentation";
            case DEDENT -> "dedent";
            case STRING, FSTRING -> "string " + text;
            default -> "'" + text + "'";
        };
    }
}
