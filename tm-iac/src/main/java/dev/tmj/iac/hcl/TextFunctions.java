package dev.tmj.iac.hcl;

import static dev.tmj.iac.hcl.Conversions.integer;
import static dev.tmj.iac.hcl.Conversions.known;
import static dev.tmj.iac.hcl.Conversions.string;

import dev.tmj.iac.hcl.Conversions.NotKnown;
import dev.tmj.iac.hcl.Value.Bool;
import dev.tmj.iac.hcl.Value.ListValue;
import dev.tmj.iac.hcl.Value.Null;
import dev.tmj.iac.hcl.Value.Num;
import dev.tmj.iac.hcl.Value.ObjectValue;
import dev.tmj.iac.hcl.Value.Str;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The functions that build text: {@code format}, {@code jsonencode}, {@code base64encode}, {@code cidrsubnet}. */
final class TextFunctions {
    private TextFunctions() {
    }

    static Value apply(String name, List<Value> args, Evaluator.Budget budget) {
        return switch (name) {
            case "format" -> Value.of(format(string(args.get(0)), args.subList(1, args.size()), budget));
            case "jsonencode" -> Value.of(json(args.get(0), new StringBuilder(), budget).toString());
            case "base64encode" -> Value.of(budget.checkString(
                    Base64.getEncoder().encodeToString(string(args.get(0)).getBytes(StandardCharsets.UTF_8))));
            case "cidrsubnet" -> Value.of(cidrSubnet(string(args.get(0)), integer(args.get(1)), integer(args.get(2))));
            default -> throw new IllegalStateException("no function " + name);
        };
    }

    /** {@code format} with the verbs {@code %s %d %v %q %t %%}; other verbs and flags are not evaluated. */
    private static String format(String spec, List<Value> args, Evaluator.Budget budget) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (++i >= spec.length()) {
                throw new NotKnown("format() ends with a lone %");
            }
            char verb = spec.charAt(i);
            if (verb == '%') {
                out.append('%');
                continue;
            }
            if (next >= args.size()) {
                throw new NotKnown("format() has more verbs than arguments");
            }
            Value arg = known(args.get(next++));
            switch (verb) {
                case 's', 'v' -> out.append(arg instanceof Str || arg instanceof Num || arg instanceof Bool
                        ? string(arg) : json(arg, new StringBuilder(), budget));
                case 'd' -> out.append(Num.plain(Conversions.number(arg).setScale(0, java.math.RoundingMode.DOWN)));
                case 't' -> out.append(Conversions.bool(arg));
                case 'q' -> json(Value.of(string(arg)), out, budget);
                default -> throw new NotKnown("format() verb %" + verb + " is not evaluated by tmj");
            }
            budget.checkString(out);
        }
        return out.toString();
    }

    /** JSON as Terraform's {@code jsonencode} writes it (compact, keys sorted). */
    static StringBuilder json(Value value, StringBuilder out, Evaluator.Budget budget) {
        budget.charge(1);
        budget.checkString(out);
        Value v = known(value);
        if (v instanceof Null) {
            out.append("null");
        } else if (v instanceof Bool b) {
            out.append(b.value());
        } else if (v instanceof Num n) {
            out.append(Num.plain(n.value()));
        } else if (v instanceof Str s) {
            quote(s.value(), out);
        } else if (v instanceof ListValue list) {
            out.append('[');
            for (int i = 0; i < list.items().size(); i++) {
                json(list.items().get(i), out.append(i == 0 ? "" : ","), budget);
            }
            out.append(']');
        } else {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Value> entry : ((ObjectValue) v).entries().entrySet()) {
                quote(entry.getKey(), out.append(first ? "" : ","));
                json(entry.getValue(), out.append(':'), budget);
                first = false;
            }
            out.append('}');
        }
        return out;
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<', '>', '&' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** IPv4 only: the {@code netnum}th subnet of {@code prefix} with {@code newbits} more prefix bits. */
    private static String cidrSubnet(String prefix, int newBits, int netNum) {
        String[] parts = prefix.split("/", -1);
        String[] octets = parts[0].split("\\.", -1);
        if (parts.length != 2 || octets.length != 4) {
            throw new NotKnown("cidrsubnet() understands IPv4 prefixes only, not \"" + prefix + "\"");
        }
        long address = 0;
        try {
            for (String octet : octets) {
                int value = Integer.parseInt(octet);
                if (value < 0 || value > 255) {
                    throw new NumberFormatException(octet);
                }
                address = address << 8 | value;
            }
            int length = Integer.parseInt(parts[1]);
            int newLength = length + newBits;
            if (length < 0 || newBits < 0 || newLength > 32 || netNum < 0 || (long) netNum >= 1L << newBits) {
                throw new NotKnown("cidrsubnet(\"" + prefix + "\", " + newBits + ", " + netNum + ") is out of range");
            }
            long network = address & (0xFFFFFFFFL << (32 - length)) & 0xFFFFFFFFL;
            long subnet = network | ((long) netNum << (32 - newLength));
            return (subnet >> 24 & 255) + "." + (subnet >> 16 & 255) + "." + (subnet >> 8 & 255) + "." + (subnet & 255)
                    + "/" + newLength;
        } catch (NumberFormatException e) {
            throw new NotKnown("cidrsubnet() cannot read the prefix \"" + prefix + "\"");
        }
    }
}
