package dev.tmj.iac.terraform;

import dev.tmj.iac.hcl.Body;
import dev.tmj.iac.hcl.HclException;
import dev.tmj.iac.hcl.Value;
import dev.tmj.iac.terraform.Declarations.Note;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The instances of a resource or module block: one per {@code count} index or {@code for_each} key when that value
 * is known statically, else (and without either) one without a key, with a note saying why.
 */
final class Instances {
    /** The most instances one block may make. */
    static final int MAX_PER_BLOCK = 10_000;

    /** One instance: its key (a number for count, a string for for_each, null for none) and {@code each.value}. */
    record Instance(Value key, Value eachValue, boolean countIndex) {
        /** The address suffix: {@code [0]}, {@code ["x"]} or nothing. */
        String suffix() {
            return key == null ? "" : "[" + key.show() + "]";
        }

        ModuleScope scope(ModuleScope scope) {
            return scope.forInstance(key, eachValue, countIndex);
        }
    }

    private Instances() {
    }

    static List<Instance> of(Body body, ModuleScope scope, String address, Consumer<Note> notes) {
        Body.Attribute count = body.attribute("count").orElse(null);
        Body.Attribute forEach = body.attribute("for_each").orElse(null);
        List<Instance> instances = new ArrayList<>();
        if (count != null) {
            Value value = scope.evaluate(count.expression());
            if (value instanceof Value.Num num && isCount(num.value())) {
                int n = num.value().intValueExact();
                checkSize(n, count, address);
                for (int i = 0; i < n; i++) {
                    instances.add(new Instance(Value.of(i), null, true));
                }
                return instances;
            }
            notes.accept(new Note(count.position(), "the count of " + address + " is not known statically ("
                    + why(value) + "); read as one instance without an index"));
        } else if (forEach != null) {
            Value value = scope.evaluate(forEach.expression());
            if (value instanceof Value.ObjectValue object) {
                checkSize(object.entries().size(), forEach, address);
                object.entries().forEach((key, each) -> instances.add(new Instance(Value.of(key), each, false)));
                return instances;
            }
            if (value instanceof Value.ListValue list && list.items().stream().allMatch(v -> v instanceof Value.Str)) {
                TreeSet<String> keys = new TreeSet<>();
                list.items().forEach(v -> keys.add(((Value.Str) v).value()));
                checkSize(keys.size(), forEach, address);
                keys.forEach(key -> instances.add(new Instance(Value.of(key), Value.of(key), false)));
                return instances;
            }
            notes.accept(new Note(forEach.position(), "the for_each of " + address + " is not a known map or set of "
                    + "strings (" + why(value) + "); read as one instance without a key"));
        }
        instances.add(new Instance(null, null, false));
        return instances;
    }

    private static boolean isCount(BigDecimal value) {
        return value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0
                && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
    }

    private static void checkSize(int n, Body.Attribute at, String address) {
        if (n > MAX_PER_BLOCK) {
            throw new HclException(at.position(), address + " would make " + n + " instances; tmj expands at most "
                    + MAX_PER_BLOCK);
        }
    }

    private static String why(Value value) {
        return value instanceof Value.Unknown unknown ? unknown.reason() : "it is a " + value.typeName();
    }
}
