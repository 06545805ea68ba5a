package dev.tmj.iac.hcl;

import dev.tmj.iac.hcl.Expression.Operator;
import dev.tmj.iac.hcl.Expression.Template;
import dev.tmj.model.SourcePosition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random expression trees of every kind the parser builds, for the round-trip property. */
final class ExpressionGenerator {
    private static final SourcePosition AT = SourcePosition.of("g.tf", 1, 1);
    private static final String[] NAMES = {"a", "var", "local", "aws_vpc", "x_1", "my-name", "é"};
    private static final Operator[] BINARY = {Operator.MULTIPLY, Operator.DIVIDE, Operator.MODULO, Operator.ADD,
        Operator.SUBTRACT, Operator.GREATER, Operator.GREATER_OR_EQUAL, Operator.LESS, Operator.LESS_OR_EQUAL,
        Operator.EQUAL, Operator.NOT_EQUAL, Operator.AND, Operator.OR};
    /** No text ends with "$" or "%": before an interpolation that would read as the escape "$${" (as in HCL). */
    private static final String[] TEXTS = {"a", " ", "\\", "\"", "\n", "\t", "$x", "%x", "${", "%{", "}", "{", "é",
        "\u4e2d", "~", "\r"};

    private final Random random;

    ExpressionGenerator(long seed) {
        this.random = new Random(seed);
    }

    Expression expression(int depth) {
        int kind = depth <= 0 ? random.nextInt(4) : random.nextInt(17);
        return switch (kind) {
            case 0 -> new Expression.Literal(random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(1000))
                    : new BigDecimal(random.nextInt(100) + "." + random.nextInt(100)), AT);
            case 1 -> new Expression.Literal(random.nextInt(3) == 0 ? null : random.nextBoolean(), AT);
            case 2 -> new Expression.Variable(name(), AT);
            case 3 -> template(depth - 1);
            case 4 -> new Expression.GetAttr(traversable(depth - 1), name(), AT);
            case 5 -> new Expression.Index(traversable(depth - 1), expression(depth - 1), AT);
            case 6 -> splat(depth - 1);
            case 7 -> new Expression.Tuple(list(depth - 1), AT);
            case 8 -> object(depth - 1);
            case 9 -> call(depth - 1);
            case 10 -> new Expression.Unary(random.nextBoolean() ? Operator.NOT : Operator.NEGATE, expression(depth - 1), AT);
            case 11, 12 -> new Expression.Binary(BINARY[random.nextInt(BINARY.length)], expression(depth - 1),
                    expression(depth - 1), AT);
            case 13 -> new Expression.Conditional(expression(depth - 1), expression(depth - 1), expression(depth - 1), AT);
            case 14 -> forExpression(depth - 1);
            case 15 -> new Expression.Parens(expression(depth - 1), AT);
            default -> template(depth - 1);
        };
    }

    /** A call; "..." only after an argument. */
    private Expression call(int depth) {
        List<Expression> args = list(depth);
        return new Expression.Call(name(), args, !args.isEmpty() && random.nextInt(4) == 0, AT);
    }

    private String name() {
        return NAMES[random.nextInt(NAMES.length)];
    }

    /** A source of a traversal step: a name, a call or a collection (others print in parentheses anyway). */
    private Expression traversable(int depth) {
        return random.nextBoolean() ? new Expression.Variable(name(), AT) : expression(depth);
    }

    private Expression splat(int depth) {
        boolean full = random.nextBoolean();
        Expression each = new Expression.SplatItem(AT);
        for (int i = random.nextInt(3); i > 0; i--) {
            each = full && random.nextBoolean() ? new Expression.Index(each, expression(depth), AT)
                    : new Expression.GetAttr(each, name(), AT);
        }
        return new Expression.Splat(new Expression.Variable(name(), AT), each, full, AT);
    }

    private List<Expression> list(int depth) {
        List<Expression> items = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            items.add(expression(depth));
        }
        return items;
    }

    private Expression object(int depth) {
        List<Expression.ObjectCons.Item> items = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            Expression key = random.nextBoolean() ? new Template(List.of(new Template.Text(name())), false, AT)
                    : expression(depth);
            items.add(new Expression.ObjectCons.Item(key, expression(depth)));
        }
        return new Expression.ObjectCons(items, AT);
    }

    private Expression forExpression(int depth) {
        boolean object = random.nextBoolean();
        return new Expression.For(random.nextBoolean() ? "k" : null, "v", expression(depth),
                object ? expression(depth) : null, expression(depth), random.nextBoolean() ? expression(depth) : null,
                object && random.nextBoolean(), AT);
    }

    private Template template(int depth) {
        return new Template(parts(depth), false, AT);
    }

    private List<Template.Part> parts(int depth) {
        List<Template.Part> parts = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            int kind = depth <= 0 ? 0 : random.nextInt(5);
            switch (kind) {
                case 0, 1 -> parts.add(new Template.Text(TEXTS[random.nextInt(TEXTS.length)]));
                case 2 -> parts.add(new Template.Interpolation(expression(depth - 1)));
                case 3 -> parts.add(new Template.If(expression(depth - 1), parts(depth - 1), parts(depth - 1)));
                default -> parts.add(new Template.For(random.nextBoolean() ? "k" : null, "v", expression(depth - 1),
                        parts(depth - 1)));
            }
        }
        return parts;
    }
}
