package dev.tmj.python;

import java.util.List;

/**
 * A Python expression as tmj's parser reads it: the subset that threat conditions and pytm model scripts use.
 * Every node knows the line and column where it starts.
 */
public sealed interface Expr {
    int line();

    int column();

    /** A name such as {@code target} or {@code Lifetime}. */
    record Name(String id, int line, int column) implements Expr {
    }

    /** A literal: Boolean, Long, Double, String, or null for {@code None}. */
    record Constant(Object value, int line, int column) implements Expr {
    }

    /** {@code value.attr}; the position is the expression's start, {@code nameLine/nameColumn} the name's. */
    record Attribute(Expr value, String attr, int line, int column, int nameLine, int nameColumn) implements Expr {
    }

    /** {@code func(args, name=value)}. */
    record Call(Expr func, List<Expr> args, List<Keyword> keywords, int line, int column) implements Expr {
    }

    /** {@code *value} as an argument of a call (script forms only). */
    record Starred(Expr value, int line, int column) implements Expr {
    }

    /** {@code lambda params: body} (script forms only); defaults belong to the last parameters. */
    record Lambda(List<String> params, List<Expr> defaults, Expr body, int line, int column) implements Expr {
    }

    /** A keyword argument of a call; a null name is {@code **value} (script forms only). */
    record Keyword(String name, Expr value, int line, int column) {
    }

    /** {@code value[index]}; the index may be a {@link Slice}. */
    record Subscript(Expr value, Expr index, int line, int column) implements Expr {
    }

    /** {@code lower:upper:step} inside a subscript; parts may be null. */
    record Slice(Expr lower, Expr upper, Expr step, int line, int column) implements Expr {
    }

    /** {@code a and b and c} or {@code a or b}. */
    record BoolOp(boolean isAnd, List<Expr> values, int line, int column) implements Expr {
    }

    /** {@code not x}, {@code -x}, {@code +x}, {@code ~x}; op is the operator text. */
    record UnaryOp(String op, Expr operand, int line, int column) implements Expr {
    }

    /** Arithmetic and bitwise operators; op is the operator text. */
    record BinOp(Expr left, String op, Expr right, int line, int column) implements Expr {
    }

    /** {@code a < b <= c}; ops are "==", "!=", "<", "<=", ">", ">=", "in", "not in", "is", "is not". */
    record Compare(Expr left, List<String> ops, List<Expr> comparators, int line, int column) implements Expr {
    }

    /** {@code body if test else orElse}. */
    record IfExp(Expr test, Expr body, Expr orElse, int line, int column) implements Expr {
    }

    /** An f-string: its text parts ({@link Constant} strings) and {@link FormattedValue}s, in order. */
    record JoinedStr(List<Expr> values, int line, int column) implements Expr {
    }

    /**
     * {@code {value!conversion:spec}} inside an f-string; {@code conversion} is 0 or one of {@code s r a}, the spec
     * a {@link JoinedStr} or null.
     */
    record FormattedValue(Expr value, char conversion, Expr formatSpec, int line, int column) implements Expr {
    }

    record ListExpr(List<Expr> elements, int line, int column) implements Expr {
    }

    record TupleExpr(List<Expr> elements, int line, int column) implements Expr {
    }

    record SetExpr(List<Expr> elements, int line, int column) implements Expr {
    }

    record DictExpr(List<Expr> keys, List<Expr> values, int line, int column) implements Expr {
    }

    /** {@code (elt for x in iter if cond)}; {@code list} is true for {@code [elt for ...]}. */
    record Comprehension(Expr element, List<For> generators, boolean list, int line, int column) implements Expr {
    }

    /** {@code {key: value for x in iter if cond}}, read only in a pytm script. */
    record DictComprehension(Expr key, Expr value, List<For> generators, int line, int column) implements Expr {
    }

    /**
     * One {@code for name in iter if cond...} clause; {@code targets} holds the one loop variable, or the names a
     * script unpacks each item into ({@code for k, v in d.items()}, {@code unpack} true).
     */
    record For(List<String> targets, boolean unpack, Expr iterable, List<Expr> conditions, int line, int column) {
        /** The loop variable of a clause that does not unpack. */
        public String variable() {
            return targets.get(0);
        }
    }
}
