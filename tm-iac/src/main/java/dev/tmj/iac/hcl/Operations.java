package dev.tmj.iac.hcl;

import dev.tmj.iac.hcl.Conversions.NotKnown;
import dev.tmj.iac.hcl.Expression.Operator;
import dev.tmj.iac.hcl.Value.ListValue;
import dev.tmj.iac.hcl.Value.Num;
import dev.tmj.iac.hcl.Value.ObjectValue;
import dev.tmj.iac.hcl.Value.Unknown;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.function.Supplier;

/** HCL's operators and indexing on values; an unknown operand makes an unknown result. */
final class Operations {
    /** Division keeps this many digits, as Terraform's arbitrary-precision numbers do for a fraction. */
    private static final MathContext DIVISION = MathContext.DECIMAL128;

    private Operations() {
    }

    static Value index(Value collection, Value key) {
        Conversions.known(collection);
        Conversions.known(key);
        if (collection instanceof ListValue list) {
            int i = Conversions.integer(key);
            List<Value> items = list.items();
            if (i < 0 || i >= items.size()) {
                throw new NotKnown("index " + i + " is out of range for a list of " + items.size());
            }
            return items.get(i);
        }
        if (collection instanceof ObjectValue object) {
            String name = Conversions.string(key);
            Value found = object.get(name);
            if (found == null) {
                throw new NotKnown("no key \"" + name + "\" in the map");
            }
            return found;
        }
        throw Conversions.notKnown(collection, "a list or map to index");
    }

    static Value unary(Operator operator, Value operand) {
        if (operator == Operator.NOT) {
            return Value.of(!Conversions.bool(operand));
        }
        return new Num(Conversions.number(operand).negate());
    }

    static Value binary(Operator operator, Value left, Supplier<Value> rightSide, Evaluator.Budget budget) {
        if (operator == Operator.AND || operator == Operator.OR) {
            boolean l = Conversions.bool(left);
            if (l == (operator == Operator.OR)) {
                return Value.of(l);
            }
            return Value.of(Conversions.bool(rightSide.get()));
        }
        Value right = rightSide.get();
        if (operator == Operator.EQUAL || operator == Operator.NOT_EQUAL) {
            if (left instanceof Unknown || right instanceof Unknown) {
                Conversions.known(left);
                Conversions.known(right);
            }
            return Value.of(Conversions.equal(left, right, budget) == (operator == Operator.EQUAL));
        }
        BigDecimal a = Conversions.number(left);
        BigDecimal b = Conversions.number(right);
        return switch (operator) {
            case ADD -> new Num(a.add(b, DIVISION));
            case SUBTRACT -> new Num(a.subtract(b, DIVISION));
            case MULTIPLY -> new Num(a.multiply(b, DIVISION));
            case DIVIDE -> {
                if (b.signum() == 0) {
                    throw new NotKnown("division by zero");
                }
                yield new Num(a.divide(b, DIVISION));
            }
            case MODULO -> {
                if (b.signum() == 0) {
                    throw new NotKnown("modulo by zero");
                }
                yield new Num(a.remainder(b, DIVISION));
            }
            case GREATER -> Value.of(a.compareTo(b) > 0);
            case GREATER_OR_EQUAL -> Value.of(a.compareTo(b) >= 0);
            case LESS -> Value.of(a.compareTo(b) < 0);
            case LESS_OR_EQUAL -> Value.of(a.compareTo(b) <= 0);
            default -> throw new IllegalStateException("not a binary operator: " + operator);
        };
    }
}
