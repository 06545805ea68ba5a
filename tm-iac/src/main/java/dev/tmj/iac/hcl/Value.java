package dev.tmj.iac.hcl;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A value of an evaluated HCL expression: a string, number, bool, null, list (tuples, lists and sets alike), object
 * (objects and maps alike, keys in lexicographic order as Terraform iterates them), or {@link Unknown}: a value tmj
 * does not know statically (a resource attribute, a data source, a function it does not evaluate), never guessed.
 * Immutable.
 */
public sealed interface Value {

    /** A value as HCL would write it ({@code "a"}, {@code 1}, {@code [1, 2]}, <code>{ a = 1 }</code>, {@code (unknown)}). */
    String show();

    /** HCL's name of the value's type ({@code string}, {@code number}, ...). */
    String typeName();

    record Str(String value) implements Value {
        @Override
        public String show() {
            return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                    .replace("\t", "\\t").replace("${", "$${").replace("%{", "%%{") + '"';
        }

        @Override
        public String typeName() {
            return "string";
        }
    }

    /** A number, compared by value ({@code 1} equals {@code 1.0}). */
    record Num(BigDecimal value) implements Value {
        @Override
        public String show() {
            return plain(value);
        }

        @Override
        public String typeName() {
            return "number";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Num num && num.value.compareTo(value) == 0;
        }

        @Override
        public int hashCode() {
            return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
        }

        /** The number as Terraform writes it in a string: {@code 1}, {@code 1.5}, never {@code 1.0} or {@code 1E+3}. */
        public static String plain(BigDecimal value) {
            if (value.signum() == 0) {
                return "0";
            }
            BigDecimal stripped = value.stripTrailingZeros();
            // A number such as 1e999999 is written with its exponent, not as a million digits.
            return Math.abs(stripped.scale()) > 1000 ? stripped.toString() : stripped.toPlainString();
        }
    }

    record Bool(boolean value) implements Value {
        @Override
        public String show() {
            return Boolean.toString(value);
        }

        @Override
        public String typeName() {
            return "bool";
        }
    }

    /** HCL's {@code null}. */
    record Null() implements Value {
        @Override
        public String show() {
            return "null";
        }

        @Override
        public String typeName() {
            return "null";
        }
    }

    record ListValue(List<Value> items) implements Value {
        public ListValue {
            items = List.copyOf(items);
        }

        @Override
        public String show() {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < items.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(items.get(i).show());
            }
            return out.append(']').toString();
        }

        @Override
        public String typeName() {
            return "list";
        }
    }

    /** An object or map; its keys are kept in lexicographic order. */
    record ObjectValue(Map<String, Value> entries) implements Value {
        public ObjectValue {
            entries = Collections.unmodifiableMap(new TreeMap<>(entries));
        }

        @Override
        public String show() {
            StringBuilder out = new StringBuilder("{");
            String separator = " ";
            for (Map.Entry<String, Value> entry : entries.entrySet()) {
                out.append(separator).append(new Str(entry.getKey()).show()).append(" = ").append(entry.getValue().show());
                separator = ", ";
            }
            return out.append(entries.isEmpty() ? "}" : " }").toString();
        }

        @Override
        public String typeName() {
            return "object";
        }

        /** The entry of that key, or null. */
        public Value get(String key) {
            return entries.get(key);
        }
    }

    /** A value tmj does not know without running Terraform; {@code reason} says why, for notes and findings. */
    record Unknown(String reason) implements Value {
        @Override
        public String show() {
            return "(unknown)";
        }

        @Override
        public String typeName() {
            return "unknown";
        }
    }

    Null NULL = new Null();
    Bool TRUE = new Bool(true);
    Bool FALSE = new Bool(false);

    static Value of(String value) {
        return new Str(value);
    }

    static Value of(long value) {
        return new Num(BigDecimal.valueOf(value));
    }

    static Value of(boolean value) {
        return value ? TRUE : FALSE;
    }

    static Value list(List<Value> items) {
        return new ListValue(items);
    }

    static Value object(Map<String, Value> entries) {
        return new ObjectValue(entries);
    }

    /** An object from alternating keys and values: {@code Value.object("a", Value.of(1))}. */
    static Value object(Object... keysAndValues) {
        Map<String, Value> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.put((String) keysAndValues[i], (Value) keysAndValues[i + 1]);
        }
        return new ObjectValue(entries);
    }

    /** Whether the value is, or holds anywhere inside it, an {@link Unknown}. */
    default boolean containsUnknown() {
        if (this instanceof Unknown) {
            return true;
        }
        if (this instanceof ListValue list) {
            return list.items().stream().anyMatch(Value::containsUnknown);
        }
        return this instanceof ObjectValue object && object.entries().values().stream().anyMatch(Value::containsUnknown);
    }
}
