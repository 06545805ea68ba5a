package dev.tmj.iac.hcl;

import dev.tmj.iac.hcl.Value.Bool;
import dev.tmj.iac.hcl.Value.ListValue;
import dev.tmj.iac.hcl.Value.Null;
import dev.tmj.iac.hcl.Value.Num;
import dev.tmj.iac.hcl.Value.ObjectValue;
import dev.tmj.iac.hcl.Value.Str;
import dev.tmj.iac.hcl.Value.Unknown;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * HCL's automatic conversions (a number or bool where a string is wanted and back), as the evaluator and the
 * functions apply them. A value that cannot be converted, or is unknown, ends the evaluation of the expression that
 * needs it with a {@link NotKnown}, which the evaluator turns into an {@link Unknown} with its reason.
 */
final class Conversions {
    private Conversions() {
    }

    /** Why a value could not be computed; caught where it becomes an {@link Unknown}. */
    static final class NotKnown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotKnown(String reason) {
            super(reason, null, false, false);
        }
    }

    static NotKnown notKnown(Value value, String wanted) {
        if (value instanceof Unknown unknown) {
            return new NotKnown(unknown.reason());
        }
        return new NotKnown("a " + value.typeName() + " where " + wanted + " was expected");
    }

    static String string(Value value) {
        if (value instanceof Str s) {
            return s.value();
        }
        if (value instanceof Num n) {
            return Num.plain(n.value());
        }
        if (value instanceof Bool b) {
            return Boolean.toString(b.value());
        }
        throw notKnown(value, "a string");
    }

    /** The largest exponent (either way) of a number computed with, so that no operation grows without bound. */
    static final int MAX_EXPONENT = 1000;

    static BigDecimal number(Value value) {
        BigDecimal number;
        if (value instanceof Num n) {
            number = n.value();
        } else if (value instanceof Str s && s.value().length() <= MAX_EXPONENT) {
            try {
                number = new BigDecimal(s.value());
            } catch (NumberFormatException e) {
                throw new NotKnown("\"" + s.value() + "\" is not a number");
            }
        } else {
            throw notKnown(value, "a number");
        }
        if (number.signum() != 0 && Math.abs((long) number.precision() - number.scale()) > MAX_EXPONENT
                || Math.abs(number.scale()) > MAX_EXPONENT) {
            throw new NotKnown("the number is too large or too small to compute with");
        }
        return number;
    }

    static int integer(Value value) {
        BigDecimal number = number(value);
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw new NotKnown(Num.plain(number) + " is not a whole number in range");
        }
    }

    static boolean bool(Value value) {
        if (value instanceof Bool b) {
            return b.value();
        }
        if (value instanceof Str s && (s.value().equals("true") || s.value().equals("false"))) {
            return s.value().equals("true");
        }
        throw notKnown(value, "a bool");
    }

    static List<Value> list(Value value) {
        if (value instanceof ListValue l) {
            return l.items();
        }
        throw notKnown(value, "a list");
    }

    static Map<String, Value> object(Value value) {
        if (value instanceof ObjectValue o) {
            return o.entries();
        }
        throw notKnown(value, "an object or map");
    }

    /** The value itself, unless it is unknown. */
    static Value known(Value value) {
        if (value instanceof Unknown unknown) {
            throw new NotKnown(unknown.reason());
        }
        return value;
    }

    /** HCL's {@code ==}: same type and value, all the way down; unknown when either side holds an unknown. */
    static boolean equal(Value a, Value b, Evaluator.Budget budget) {
        budget.charge(1);
        known(a);
        known(b);
        if (a instanceof ListValue la && b instanceof ListValue lb) {
            if (la.items().size() != lb.items().size()) {
                return false;
            }
            for (int i = 0; i < la.items().size(); i++) {
                if (!equal(la.items().get(i), lb.items().get(i), budget)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof ObjectValue oa && b instanceof ObjectValue ob) {
            if (!oa.entries().keySet().equals(ob.entries().keySet())) {
                return false;
            }
            for (Map.Entry<String, Value> entry : oa.entries().entrySet()) {
                if (!equal(entry.getValue(), ob.get(entry.getKey()), budget)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Null || b instanceof Null) {
            return a instanceof Null && b instanceof Null;
        }
        return a.equals(b);
    }
}
