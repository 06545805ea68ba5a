package dev.tmj.iac.hcl;

import dev.tmj.iac.hcl.Expression.Binary;
import dev.tmj.iac.hcl.Expression.Call;
import dev.tmj.iac.hcl.Expression.Conditional;
import dev.tmj.iac.hcl.Expression.For;
import dev.tmj.iac.hcl.Expression.GetAttr;
import dev.tmj.iac.hcl.Expression.Index;
import dev.tmj.iac.hcl.Expression.Literal;
import dev.tmj.iac.hcl.Expression.ObjectCons;
import dev.tmj.iac.hcl.Expression.Operator;
import dev.tmj.iac.hcl.Expression.Parens;
import dev.tmj.iac.hcl.Expression.Splat;
import dev.tmj.iac.hcl.Expression.SplatItem;
import dev.tmj.iac.hcl.Expression.Template;
import dev.tmj.iac.hcl.Expression.Tuple;
import dev.tmj.iac.hcl.Expression.Unary;
import dev.tmj.iac.hcl.Expression.Variable;
import dev.tmj.iac.hcl.HclToken.Kind;
import dev.tmj.model.SourcePosition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Recursive descent over HCL's expressions, with the operator precedence of {@code hclsyntax/spec.md}. */
final class HclExpressionParser {
    /** Binary operators from the loosest to the tightest; each level is left-associative. */
    private static final List<Map<Kind, Operator>> LEVELS = List.of(
            Map.of(Kind.OR, Operator.OR),
            Map.of(Kind.AND, Operator.AND),
            Map.of(Kind.EQ, Operator.EQUAL, Kind.NE, Operator.NOT_EQUAL),
            Map.of(Kind.GT, Operator.GREATER, Kind.GE, Operator.GREATER_OR_EQUAL, Kind.LT, Operator.LESS,
                    Kind.LE, Operator.LESS_OR_EQUAL),
            Map.of(Kind.PLUS, Operator.ADD, Kind.MINUS, Operator.SUBTRACT),
            Map.of(Kind.STAR, Operator.MULTIPLY, Kind.SLASH, Operator.DIVIDE, Kind.PERCENT, Operator.MODULO));

    private final TokenStream tokens;
    private final TemplateParser templates;

    HclExpressionParser(TokenStream tokens) {
        this.tokens = tokens;
        this.templates = new TemplateParser(tokens, this);
    }

    TemplateParser templates() {
        return templates;
    }

    Expression parseExpression() {
        tokens.enter();
        try {
            Expression condition = parseBinary(0);
            if (!tokens.at(Kind.QUESTION)) {
                return condition;
            }
            tokens.next();
            Expression then = parseExpression();
            tokens.expect(Kind.COLON, "\":\" of the conditional expression");
            Expression otherwise = parseExpression();
            return new Conditional(condition, then, otherwise, condition.position());
        } finally {
            tokens.leave();
        }
    }

    private Expression parseBinary(int level) {
        if (level == LEVELS.size()) {
            return parseUnary();
        }
        Expression left = parseBinary(level + 1);
        while (true) {
            Operator operator = LEVELS.get(level).get(tokens.peek().kind());
            if (operator == null) {
                return left;
            }
            tokens.next();
            Expression right = parseBinary(level + 1);
            left = new Binary(operator, left, right, left.position());
        }
    }

    private Expression parseUnary() {
        HclToken token = tokens.peek();
        if (token.is(Kind.BANG) || token.is(Kind.MINUS)) {
            tokens.next();
            tokens.enter();
            try {
                Operator operator = token.is(Kind.BANG) ? Operator.NOT : Operator.NEGATE;
                return new Unary(operator, parseUnary(), position(token));
            } finally {
                tokens.leave();
            }
        }
        return parsePostfix(parseTerm());
    }

    private Expression parseTerm() {
        HclToken token = tokens.peek();
        SourcePosition at = position(token);
        switch (token.kind()) {
            case NUMBER:
                tokens.next();
                try {
                    return new Literal(new BigDecimal(token.text()), at);
                } catch (NumberFormatException e) {
                    throw tokens.error(token, "the number " + token.text() + " is out of range");
                }
            case IDENT:
                tokens.next();
                switch (token.text()) {
                    case "true":
                        return new Literal(Boolean.TRUE, at);
                    case "false":
                        return new Literal(Boolean.FALSE, at);
                    case "null":
                        return new Literal(null, at);
                    default:
                        return tokens.at(Kind.LPAREN) ? parseCall(token) : new Variable(token.text(), at);
                }
            case QUOTE:
                tokens.next();
                return templates.parseQuoted(token);
            case HEREDOC:
                tokens.next();
                return templates.parseHeredoc(token);
            case LBRACK:
                return parseTuple();
            case LBRACE:
                return parseObject();
            case LPAREN:
                tokens.next();
                tokens.pushNewlines(false);
                Expression inner = parseExpression();
                tokens.expect(Kind.RPAREN, "\")\"");
                tokens.popNewlines();
                return new Parens(inner, at);
            default:
                throw tokens.unexpected("an expression");
        }
    }

    private Expression parseCall(HclToken name) {
        tokens.next();
        tokens.pushNewlines(false);
        List<Expression> args = new ArrayList<>();
        boolean expand = false;
        while (!tokens.at(Kind.RPAREN)) {
            args.add(parseExpression());
            if (tokens.accept(Kind.ELLIPSIS)) {
                expand = true;
                break;
            }
            if (!tokens.accept(Kind.COMMA)) {
                break;
            }
        }
        tokens.expect(Kind.RPAREN, "\",\" or \")\" in the arguments of " + name.text() + "()");
        tokens.popNewlines();
        return new Call(name.text(), args, expand, position(name));
    }

    private Expression parseTuple() {
        HclToken open = tokens.next();
        tokens.pushNewlines(false);
        Expression result;
        if (tokens.peek().isKeyword("for") && tokens.secondIs(Kind.IDENT)) {
            result = parseFor(open, false);
        } else {
            List<Expression> items = new ArrayList<>();
            while (!tokens.at(Kind.RBRACK)) {
                items.add(parseExpression());
                if (!tokens.accept(Kind.COMMA)) {
                    break;
                }
            }
            tokens.expect(Kind.RBRACK, "\",\" or \"]\" in the list");
            result = new Tuple(items, position(open));
        }
        tokens.popNewlines();
        return result;
    }

    private Expression parseObject() {
        HclToken open = tokens.next();
        tokens.pushNewlines(true);
        while (tokens.at(Kind.NEWLINE)) {
            tokens.next();
        }
        if (tokens.peek().isKeyword("for") && tokens.secondIs(Kind.IDENT)) {
            tokens.pushNewlines(false);
            Expression result = parseFor(open, true);
            tokens.popNewlines();
            tokens.popNewlines();
            return result;
        }
        List<ObjectCons.Item> items = new ArrayList<>();
        while (true) {
            while (tokens.accept(Kind.NEWLINE)) {
                // blank lines between items
            }
            if (tokens.at(Kind.RBRACE)) {
                break;
            }
            Expression key = parseExpression();
            if (key instanceof Variable variable) {
                key = new Template(List.of(new Template.Text(variable.name())), false, variable.position());
            }
            if (!tokens.accept(Kind.ASSIGN) && !tokens.accept(Kind.COLON)) {
                throw tokens.unexpected("\"=\" or \":\" after the object key");
            }
            items.add(new ObjectCons.Item(key, parseExpression()));
            if (!tokens.accept(Kind.COMMA) && !tokens.accept(Kind.NEWLINE) && !tokens.at(Kind.RBRACE)) {
                throw tokens.unexpected("\",\", a new line or \"}\" after the object item");
            }
        }
        tokens.next();
        tokens.popNewlines();
        return new ObjectCons(items, position(open));
    }

    /** After {@code [} or <code>{</code>, at {@code for}; reads up to and including the closing bracket. */
    private Expression parseFor(HclToken open, boolean object) {
        tokens.next();
        String first = tokens.expect(Kind.IDENT, "a variable name after \"for\"").text();
        String keyVar = null;
        String valueVar = first;
        if (tokens.accept(Kind.COMMA)) {
            keyVar = first;
            valueVar = tokens.expect(Kind.IDENT, "a variable name after \",\"").text();
        }
        if (!tokens.peek().isKeyword("in")) {
            throw tokens.unexpected("\"in\"");
        }
        tokens.next();
        Expression collection = parseExpression();
        tokens.expect(Kind.COLON, "\":\" after the collection of the for expression");
        Expression keyResult = null;
        if (object) {
            keyResult = parseExpression();
            tokens.expect(Kind.ARROW, "\"=>\" after the key of the for expression");
        }
        Expression value = parseExpression();
        boolean grouping = object && tokens.accept(Kind.ELLIPSIS);
        Expression condition = null;
        if (tokens.peek().isKeyword("if")) {
            tokens.next();
            condition = parseExpression();
        }
        if (object) {
            tokens.expect(Kind.RBRACE, "\"if\" or \"}\" to end the for expression");
        } else {
            tokens.expect(Kind.RBRACK, "\"if\" or \"]\" to end the for expression");
        }
        return new For(keyVar, valueVar, collection, keyResult, value, condition, grouping, position(open));
    }

    private Expression parsePostfix(Expression term) {
        Expression result = term;
        while (true) {
            HclToken token = tokens.peek();
            if (token.is(Kind.DOT)) {
                tokens.next();
                if (tokens.at(Kind.STAR)) {
                    tokens.next();
                    result = parseSplat(result, false, position(token));
                } else {
                    result = parseAttrStep(result, token);
                }
            } else if (token.is(Kind.LBRACK)) {
                tokens.next();
                tokens.pushNewlines(false);
                if (tokens.at(Kind.STAR) && tokens.secondIs(Kind.RBRACK)) {
                    tokens.next();
                    tokens.next();
                    tokens.popNewlines();
                    result = parseSplat(result, true, position(token));
                } else {
                    Expression key = parseExpression();
                    tokens.expect(Kind.RBRACK, "\"]\" after the index");
                    tokens.popNewlines();
                    result = new Index(result, key, position(token));
                }
            } else {
                return result;
            }
        }
    }

    /** After a {@code .}: a name, or a legacy numeric index ({@code list.0}). */
    private Expression parseAttrStep(Expression source, HclToken dot) {
        HclToken step = tokens.peek();
        if (step.is(Kind.IDENT)) {
            tokens.next();
            return new GetAttr(source, step.text(), position(step));
        }
        if (step.is(Kind.NUMBER) && step.text().chars().allMatch(Character::isDigit)) {
            tokens.next();
            return new Index(source, new Literal(new BigDecimal(step.text()), position(step)), position(step));
        }
        throw tokens.error(step, "expected an attribute name after \".\", found " + step.describe());
    }

    /** The steps after {@code [*]} or {@code .*}, applied to each element. */
    private Expression parseSplat(Expression source, boolean full, SourcePosition at) {
        Expression each = new SplatItem(at);
        while (true) {
            HclToken token = tokens.peek();
            if (token.is(Kind.DOT) && !tokens.secondIs(Kind.STAR)) {
                tokens.next();
                each = parseAttrStep(each, token);
            } else if (full && token.is(Kind.LBRACK) && !tokens.secondIs(Kind.STAR)) {
                tokens.next();
                tokens.pushNewlines(false);
                Expression key = parseExpression();
                tokens.expect(Kind.RBRACK, "\"]\" after the index");
                tokens.popNewlines();
                each = new Index(each, key, position(token));
            } else {
                return new Splat(source, each, full, at);
            }
        }
    }

    SourcePosition position(HclToken token) {
        return tokens.lexer().position(token.line(), token.column());
    }
}
