package dev.tmj.iac.hcl;

import dev.tmj.model.SourcePosition;
import java.math.BigDecimal;
import java.util.List;

/**
 * An expression of HCL's native syntax, as written, with the position where it starts. The records below are the
 * whole expression language of {@code hclsyntax/spec.md}; {@link Template.Part} holds the parts of a template.
 */
public sealed interface Expression {

    /** Where the expression starts. */
    SourcePosition position();

    /** {@code 1.5}, {@code true}, {@code false} or {@code null} ({@code value} is a BigDecimal, a Boolean or null). */
    record Literal(Object value, SourcePosition position) implements Expression {
        public Literal {
            if (value != null && !(value instanceof BigDecimal) && !(value instanceof Boolean)) {
                throw new IllegalArgumentException("not a literal: " + value);
            }
        }
    }

    /** A quoted string or heredoc: literal text, interpolations and directives. */
    record Template(List<Part> parts, boolean heredoc, SourcePosition position) implements Expression {
        public Template {
            parts = List.copyOf(parts);
        }

        /** A part of a template. */
        public sealed interface Part {
        }

        /** Text as it reads after escapes are replaced (and, in a {@code <<-} heredoc, indentation stripped). */
        public record Text(String text) implements Part {
        }

        /** {@code ${ expression }}. */
        public record Interpolation(Expression expression) implements Part {
        }

        /** {@code %{ if condition }then%{ else }otherwise%{ endif }} ({@code otherwise} empty without else). */
        public record If(Expression condition, List<Part> then, List<Part> otherwise) implements Part {
            public If {
                then = List.copyOf(then);
                otherwise = List.copyOf(otherwise);
            }
        }

        /** {@code %{ for key, value in collection }body%{ endfor }} ({@code key} null when not named). */
        public record For(String key, String value, Expression collection, List<Part> body) implements Part {
            public For {
                body = List.copyOf(body);
            }
        }
    }

    /** {@code name}: the root of a traversal such as {@code var}, {@code local} or {@code aws_vpc}. */
    record Variable(String name, SourcePosition position) implements Expression {
    }

    /** {@code source.name}. */
    record GetAttr(Expression source, String name, SourcePosition position) implements Expression {
    }

    /** {@code source[key]}, or the legacy {@code source.0}. */
    record Index(Expression source, Expression key, SourcePosition position) implements Expression {
    }

    /**
     * {@code source[*].a[0]} (full) or {@code source.*.a} (attribute splat): {@code each} applied to every element of
     * {@code source}, where {@link SplatItem} stands for the element.
     */
    record Splat(Expression source, Expression each, boolean full, SourcePosition position) implements Expression {
    }

    /** The element a {@link Splat} applies its steps to. */
    record SplatItem(SourcePosition position) implements Expression {
    }

    /** {@code [a, b]}. */
    record Tuple(List<Expression> items, SourcePosition position) implements Expression {
        public Tuple {
            items = List.copyOf(items);
        }
    }

    /** {@code { key = value, ... }}; a bare identifier key is a {@link Literal}-like {@link Template} of its name. */
    record ObjectCons(List<Item> items, SourcePosition position) implements Expression {
        public ObjectCons {
            items = List.copyOf(items);
        }

        /** One {@code key = value} (or {@code key: value}). */
        public record Item(Expression key, Expression value) {
        }
    }

    /** {@code name(args)}; {@code expandFinal} when the last argument is followed by {@code ...}. */
    record Call(String name, List<Expression> args, boolean expandFinal, SourcePosition position) implements Expression {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code -x} or {@code !x}. */
    record Unary(Operator operator, Expression operand, SourcePosition position) implements Expression {
    }

    /** {@code left op right}. */
    record Binary(Operator operator, Expression left, Expression right, SourcePosition position) implements Expression {
    }

    /** {@code condition ? then : otherwise}. */
    record Conditional(Expression condition, Expression then, Expression otherwise, SourcePosition position)
            implements Expression {
    }

    /**
     * {@code [for k, v in coll : value if cond]} ({@code keyResult} null) or
     * {@code {for k, v in coll : keyResult => value... if cond}}; {@code keyVar} and {@code condition} may be null.
     */
    record For(String keyVar, String valueVar, Expression collection, Expression keyResult, Expression value,
            Expression condition, boolean grouping, SourcePosition position) implements Expression {
    }

    /** {@code (expression)}: kept so that a parenthesized object key stays an expression. */
    record Parens(Expression expression, SourcePosition position) implements Expression {
    }

    /** HCL's operators, with their text. */
    enum Operator {
        NOT("!"), NEGATE("-"), MULTIPLY("*"), DIVIDE("/"), MODULO("%"), ADD("+"), SUBTRACT("-"), GREATER(">"),
        GREATER_OR_EQUAL(">="), LESS("<"), LESS_OR_EQUAL("<="), EQUAL("=="), NOT_EQUAL("!="), AND("&&"), OR("||");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        /** The operator as written. */
        public String symbol() {
            return symbol;
        }
    }
}
