package dev.tmj.iac.hcl;

import dev.tmj.iac.hcl.HclToken.Kind;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The tokens the parsers read, one looked ahead, and the two rules the lexer cannot apply alone: whether a newline
 * counts (it ends an attribute and separates object items, but not inside parentheses and brackets), and how deep
 * the input nests ({@link #MAX_DEPTH}).
 */
final class TokenStream {
    /** The deepest nesting of blocks and expressions read: deeper input is refused, not a stack overflow. */
    static final int MAX_DEPTH = 100;

    private final HclLexer lexer;
    private final Deque<Boolean> newlines = new ArrayDeque<>();
    private HclToken peeked;
    private HclLexer.State beforePeeked;
    private int depth;

    TokenStream(HclLexer lexer) {
        this.lexer = lexer;
        newlines.push(true);
    }

    HclLexer lexer() {
        return lexer;
    }

    HclToken peek() {
        if (peeked == null) {
            while (true) {
                HclLexer.State state = lexer.mark();
                HclToken token = lexer.next();
                if (token.is(Kind.NEWLINE) && !newlines.peek()) {
                    continue;
                }
                peeked = token;
                beforePeeked = state;
                break;
            }
        }
        return peeked;
    }

    HclToken next() {
        HclToken token = peek();
        peeked = null;
        return token;
    }

    boolean at(Kind kind) {
        return peek().is(kind);
    }

    /** Consumes the next token if it is of that kind. */
    boolean accept(Kind kind) {
        if (at(kind)) {
            next();
            return true;
        }
        return false;
    }

    /** The next token, which must be of that kind; {@code what} says what was expected. */
    HclToken expect(Kind kind, String what) {
        HclToken token = peek();
        if (!token.is(kind)) {
            throw unexpected(what);
        }
        return next();
    }

    HclException unexpected(String expected) {
        HclToken token = peek();
        return error(token, "expected " + expected + ", found " + token.describe());
    }

    HclException error(HclToken at, String reason) {
        return lexer.error(at.line(), at.column(), reason);
    }

    /** Whether the token after the next one is of that kind (the next one must have been peeked). */
    boolean secondIs(Kind kind) {
        peek();
        HclLexer.State state = lexer.mark();
        try {
            HclToken second;
            do {
                second = lexer.next();
            } while (second.is(Kind.NEWLINE) && !newlines.peek());
            return second.is(kind);
        } finally {
            lexer.reset(state);
        }
    }

    /** From here on newlines count (true) or not, until {@link #popNewlines()}. */
    void pushNewlines(boolean significant) {
        unpeek();
        newlines.push(significant);
    }

    void popNewlines() {
        unpeek();
        newlines.pop();
    }

    /** Forgets the token looked ahead, so that it is read again under the rule now in force. */
    void unpeek() {
        if (peeked != null) {
            lexer.reset(beforePeeked);
            peeked = null;
        }
    }

    /** After an error: no token looked ahead, newlines count, nesting back at the top. */
    void resetAfterError() {
        unpeek();
        newlines.clear();
        newlines.push(true);
        depth = 0;
    }

    /** One level deeper; refused past {@link #MAX_DEPTH}. Pair with {@link #leave()}. */
    void enter() {
        enter(null);
    }

    /** {@link #enter()}, an error reported at {@code at} (or the next token when null). */
    void enter(HclToken at) {
        if (++depth > MAX_DEPTH) {
            depth--;
            throw error(at == null ? peek() : at, "nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    void leave() {
        depth--;
    }
}
