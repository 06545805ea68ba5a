package dev.tmj.python.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's format-specification mini-language ({@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]})
 * for the two kinds of values a pytm model holds: text (str, and enumerations, which format their str) and
 * integers (int, and bool, which formats as 0 or 1 once a spec is given). Integers also take the float
 * presentation types ({@code e E f F g G %}), converted to a double first as Python does. Error messages are
 * CPython 3.11's, except for one limit of tmj's own: a width or precision above {@link #MAX_WIDTH} is refused before
 * anything is built, since a template or condition from an untrusted model could otherwise ask for gigabytes
 * ({@code {tm.name:>2000000000}}).
 */
final class FormatSpec {
    /** The largest width or precision tmj formats: far beyond any report column, far below a memory problem. */
    static final int MAX_WIDTH = 100_000;

    private char fill = ' ';
    private char align;
    private char sign;
    private boolean noNegZero;
    private boolean alternate;
    private int width = -1;
    private char grouping;
    private int precision = -1;
    private char type;

    private FormatSpec() {
    }

    private static FormatSpec parse(String spec, char defaultType, char defaultAlign, String typeName) {
        FormatSpec f = new FormatSpec();
        int n = spec.length();
        int pos = 0;
        boolean fillSpecified = false;
        boolean alignSpecified = false;
        if (n - pos >= 2 && isAlign(spec.charAt(pos + 1))) {
            f.align = spec.charAt(pos + 1);
            f.fill = spec.charAt(pos);
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (n - pos >= 1 && isAlign(spec.charAt(pos))) {
            f.align = spec.charAt(pos);
            alignSpecified = true;
            pos++;
        }
        if (pos < n && (spec.charAt(pos) == ' ' || spec.charAt(pos) == '+' || spec.charAt(pos) == '-')) {
            f.sign = spec.charAt(pos++);
        }
        if (pos < n && spec.charAt(pos) == 'z') {
            f.noNegZero = true;
            pos++;
        }
        if (pos < n && spec.charAt(pos) == '#') {
            f.alternate = true;
            pos++;
        }
        if (!fillSpecified && pos < n && spec.charAt(pos) == '0') {
            f.fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                f.align = '=';
            }
            pos++;
        }
        int start = pos;
        while (pos < n && spec.charAt(pos) >= '0' && spec.charAt(pos) <= '9') {
            pos++;
        }
        if (pos > start) {
            f.width = bounded(integer(spec.substring(start, pos)), "width");
        }
        if (pos < n && spec.charAt(pos) == ',') {
            f.grouping = ',';
            pos++;
        }
        if (pos < n && spec.charAt(pos) == '_') {
            if (f.grouping != 0) {
                throw PyError.value("Cannot specify both ',' and '_'.");
            }
            f.grouping = '_';
            pos++;
        }
        if (pos < n && spec.charAt(pos) == ',' && f.grouping == '_') {
            throw PyError.value("Cannot specify both ',' and '_'.");
        }
        if (pos < n && spec.charAt(pos) == '.') {
            pos++;
            start = pos;
            while (pos < n && spec.charAt(pos) >= '0' && spec.charAt(pos) <= '9') {
                pos++;
            }
            if (pos == start) {
                throw PyError.value("Format specifier missing precision");
            }
            f.precision = bounded(integer(spec.substring(start, pos)), "precision");
        }
        if (n - pos > 1) {
            throw PyError.value("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        f.type = pos < n ? spec.charAt(pos) : defaultType;
        if (f.align == 0) {
            f.align = defaultAlign;
        }
        if (f.grouping != 0) {
            switch (f.type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F':
                    break;
                case 'b', 'o', 'x', 'X':
                    if (f.grouping == '_') {
                        break;
                    }
                    throw PyError.value("Cannot specify '" + f.grouping + "' with '" + f.type + "'.");
                default:
                    throw PyError.value("Cannot specify '" + f.grouping + "' with '" + f.type + "'.");
            }
        }
        return f;
    }

    private static int integer(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw PyError.value("Too many decimal digits in format string");
        }
    }

    private static int bounded(int value, String what) {
        if (value > MAX_WIDTH) {
            throw PyError.value("format " + what + " " + value + " is larger than tmj's limit of " + MAX_WIDTH);
        }
        return value;
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** {@code format(str, spec)}. */
    static String formatString(String value, String spec, String typeName) {
        FormatSpec f = parse(spec, 's', '<', typeName);
        if (f.type != 's') {
            throw PyError.value("Unknown format code '" + f.type + "' for object of type '" + typeName + "'");
        }
        if (f.sign != 0) {
            throw PyError.value(f.sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (f.noNegZero) {
            throw PyError.value("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw PyError.value("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw PyError.value("'=' alignment not allowed in string format specifier");
        }
        String s = value;
        int length = s.codePointCount(0, s.length());
        if (f.precision >= 0 && length > f.precision) {
            s = s.substring(0, s.offsetByCodePoints(0, f.precision));
            length = f.precision;
        }
        return pad("", s, length, f);
    }

    /** {@code format(int, spec)}; {@code typeName} is "int" or "bool" for messages. */
    static String formatInt(long value, String spec, String typeName) {
        FormatSpec f = parse(spec, 'd', '>', typeName);
        switch (f.type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return f.formatFloat((double) value);
            case 'd', 'n', 'b', 'o', 'x', 'X', 'c':
                break;
            default:
                throw PyError.value("Unknown format code '" + f.type + "' for object of type '" + typeName + "'");
        }
        if (f.precision >= 0) {
            throw PyError.value("Precision not allowed in integer format specifier");
        }
        if (f.noNegZero) {
            throw PyError.value("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (f.type == 'c') {
            if (f.sign != 0) {
                throw PyError.value("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw PyError.value("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (value < 0 || value > 0x10FFFF) {
                throw new PyError("OverflowError", "%c arg not in range(0x110000)");
            }
            String c = new String(Character.toChars((int) value));
            return pad("", c, 1, f);
        }
        int radix = switch (f.type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = Long.toString(Math.abs(value), radix);
        if (value == Long.MIN_VALUE) {
            digits = digits.substring(1);
        }
        if (f.type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        String prefix = "";
        if (f.alternate) {
            prefix = switch (f.type) {
                case 'b' -> "0b";
                case 'o' -> "0o";
                case 'x' -> "0x";
                case 'X' -> "0X";
                default -> "";
            };
        }
        String signText = value < 0 ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
        return f.number(signText + prefix, digits, "", radix == 10 ? 3 : 4);
    }

    /** The float presentation types, on a double as Python converts an int to it. */
    private String formatFloat(double value) {
        boolean negative = value < 0;
        BigDecimal x = new BigDecimal(Math.abs(value));
        char t = type;
        String suffix = "";
        if (t == '%') {
            x = x.multiply(BigDecimal.valueOf(100));
            t = 'f';
            suffix = "%";
        }
        int p = precision < 0 ? 6 : precision;
        String body;
        switch (Character.toLowerCase(t)) {
            case 'f':
                body = fixed(x, p, alternate);
                break;
            case 'e':
                body = exponent(x, p, alternate);
                break;
            default: { // g
                int sig = p == 0 ? 1 : p;
                int exp;
                if (x.signum() == 0) {
                    exp = 0;
                } else {
                    BigDecimal rounded = x.round(new MathContext(sig, RoundingMode.HALF_EVEN));
                    exp = rounded.precision() - rounded.scale() - 1;
                }
                if (-4 <= exp && exp < sig) {
                    body = fixed(x, sig - 1 - exp, alternate);
                } else {
                    body = exponent(x, sig - 1, alternate);
                }
                if (!alternate) {
                    body = stripZeros(body);
                }
            }
        }
        if (Character.isUpperCase(t)) {
            body = body.toUpperCase(java.util.Locale.ROOT);
        }
        if (noNegZero && negative && isZero(body)) {
            negative = false;
        }
        String signText = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        int point = body.indexOf('.');
        int e = body.indexOf('e') >= 0 ? body.indexOf('e') : body.indexOf('E');
        int intEnd = point >= 0 ? point : e >= 0 ? e : body.length();
        return number(signText, body.substring(0, intEnd), body.substring(intEnd) + suffix, 3);
    }

    private static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    private static String fixed(BigDecimal x, int p, boolean alternate) {
        String s = x.setScale(p, RoundingMode.HALF_EVEN).toPlainString();
        return p == 0 && alternate ? s + "." : s;
    }

    private static String exponent(BigDecimal x, int p, boolean alternate) {
        String digits;
        int exp;
        if (x.signum() == 0) {
            digits = "0".repeat(p + 1);
            exp = 0;
        } else {
            BigDecimal r = x.round(new MathContext(p + 1, RoundingMode.HALF_EVEN));
            digits = r.unscaledValue().toString();
            exp = digits.length() - 1 - r.scale();
            if (digits.length() < p + 1) {
                digits = digits + "0".repeat(p + 1 - digits.length());
            } else if (digits.length() > p + 1) {
                digits = digits.substring(0, p + 1); // trailing zeros of the unscaled value
            }
        }
        StringBuilder out = new StringBuilder().append(digits.charAt(0));
        if (p > 0 || alternate) {
            out.append('.');
        }
        out.append(digits, 1, digits.length());
        out.append('e').append(exp < 0 ? '-' : '+');
        int abs = Math.abs(exp);
        if (abs < 10) {
            out.append('0');
        }
        return out.append(abs).toString();
    }

    /** 'g' without '#': drop trailing zeros of the fraction, and the point if nothing follows it. */
    private static String stripZeros(String body) {
        int e = body.indexOf('e');
        String mantissa = e >= 0 ? body.substring(0, e) : body;
        String rest = e >= 0 ? body.substring(e) : "";
        if (mantissa.indexOf('.') >= 0) {
            int end = mantissa.length();
            while (mantissa.charAt(end - 1) == '0') {
                end--;
            }
            if (mantissa.charAt(end - 1) == '.') {
                end--;
            }
            mantissa = mantissa.substring(0, end);
        }
        return mantissa + rest;
    }

    /**
     * Lays out a number: sign and prefix, the integer digits (grouped, and zero-padded through the grouping when
     * the fill is '0' with '=' alignment, as CPython does), then the rest (fraction, exponent, '%').
     */
    private String number(String lead, String intDigits, String rest, int groupSize) {
        String digits = intDigits;
        if (grouping != 0) {
            int minWidth = fill == '0' && align == '=' ? width - lead.length() - rest.length() : 0;
            digits = group(intDigits, minWidth, groupSize, grouping);
        }
        String body = digits + rest;
        int length = lead.length() + body.length();
        return pad(lead, body, length, this);
    }

    /** CPython's _PyUnicode_InsertThousandsGrouping with a fixed group size. */
    private static String group(String digits, int minWidth, int groupSize, char separator) {
        StringBuilder reversed = new StringBuilder();
        int remaining = digits.length();
        int min = Math.max(minWidth, 1);
        boolean useSeparator = false;
        while (true) {
            int l = Math.min(Math.max(Math.max(remaining, min), 1), groupSize);
            int zeros = Math.max(0, l - remaining);
            int chars = Math.max(0, Math.min(remaining, l));
            if (useSeparator) {
                reversed.append(separator);
            }
            for (int i = 0; i < chars; i++) {
                reversed.append(digits.charAt(remaining - 1 - i));
            }
            for (int i = 0; i < zeros; i++) {
                reversed.append('0');
            }
            useSeparator = true;
            remaining -= chars;
            min -= l;
            if (remaining <= 0 && min <= 0) {
                break;
            }
            min -= 1;
        }
        return reversed.reverse().toString();
    }

    /** Pads {@code lead + body} to the width; '=' puts the padding between them. */
    private static String pad(String lead, String body, int length, FormatSpec f) {
        if (f.width <= length) {
            return lead + body;
        }
        int padding = f.width - length;
        String fillText = String.valueOf(f.fill);
        switch (f.align) {
            case '<':
                return lead + body + fillText.repeat(padding);
            case '^': {
                int left = padding / 2;
                return fillText.repeat(left) + lead + body + fillText.repeat(padding - left);
            }
            case '=':
                return lead + fillText.repeat(padding) + body;
            default:
                return fillText.repeat(padding) + lead + body;
        }
    }
}
