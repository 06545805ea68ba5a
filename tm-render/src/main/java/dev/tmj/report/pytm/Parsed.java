package dev.tmj.report.pytm;

import java.util.ArrayList;
import java.util.List;

/**
 * A template split the way Python's {@code string.Formatter.parse} splits it (CPython 3.11's
 * {@code MarkupIterator} and {@code parse_field}): literal runs, replacement fields and, where the text is
 * malformed, an error that is raised when rendering reaches it (Python parses lazily, so what comes before a
 * syntax error is evaluated first).
 */
final class Parsed {
    final Source source;
    final List<Node> nodes;

    private Parsed(Source source, List<Node> nodes) {
        this.source = source;
        this.nodes = nodes;
    }

    sealed interface Node permits Literal, Field, Broken {
    }

    /** Characters {@code [start, end)} of the source, output as they are. */
    record Literal(int start, int end) implements Node {
    }

    /** A syntax error at {@code position} of the source. */
    record Broken(int position, String message) implements Node {
    }

    /** A replacement field {@code {name!conversion:spec}}. */
    static final class Field implements Node {
        final int open;
        final String first;
        final int firstPosition;
        final List<Step> steps;
        final boolean positional;
        final char conversion;
        final int conversionPosition;
        final int specStart;
        final int specEnd;
        /**
         * The spec's source and, when it holds fields, its parse; built on first use. One immutable holder, so that
         * threads rendering the same template at once see either nothing or both.
         */
        Spec spec;

        Field(int open, String first, int firstPosition, List<Step> steps, boolean positional, char conversion,
                int conversionPosition, int specStart, int specEnd) {
            this.open = open;
            this.first = first;
            this.firstPosition = firstPosition;
            this.steps = steps;
            this.positional = positional;
            this.conversion = conversion;
            this.conversionPosition = conversionPosition;
            this.specStart = specStart;
            this.specEnd = specEnd;
        }
    }

    /** A field's raw format spec and its parse (null when the spec holds no braces). */
    record Spec(Source source, Parsed parsed) {
    }

    /** One {@code .attr} or {@code [key]} of a field name, or the error Python raises on reaching it. */
    sealed interface Step permits Attr, Item, BadStep {
        int position();
    }

    record Attr(String name, int position) implements Step {
    }

    /** {@code key} is a Long (Python's int) for all-digit keys (Python's get_integer), otherwise the String. */
    record Item(Object key, int position) implements Step {
    }

    record BadStep(String message, int position) implements Step {
    }

    /** Splits a template. Never throws: syntax errors become {@link Broken} nodes. */
    static Parsed parse(Source source) {
        String t = source.text;
        int n = t.length();
        List<Node> nodes = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int start = i;
            char c = 0;
            boolean markup = false;
            while (i < n) {
                c = t.charAt(i++);
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = i >= n;
            int len = i - start;
            if (markup && c == '}' && (atEnd || t.charAt(i) != '}')) {
                nodes.add(new Broken(i - 1, "Single '}' encountered in format string"
                        + " (write '}}' for a literal brace)"));
                break;
            }
            if (markup && atEnd && c == '{') {
                nodes.add(new Broken(i - 1, "Single '{' encountered in format string"
                        + " (write '{{' for a literal brace)"));
                break;
            }
            if (markup) {
                if (t.charAt(i) == c) {
                    i++;
                    markup = false; // an escaped brace: the literal keeps the first one
                } else {
                    len--;
                }
            }
            if (len > 0) {
                nodes.add(new Literal(start, start + len));
            }
            if (!markup) {
                continue;
            }
            int[] end = new int[1];
            Node field = field(t, i - 1, end);
            nodes.add(field);
            if (field instanceof Broken) {
                break;
            }
            i = end[0];
        }
        return new Parsed(source, nodes);
    }

    /** CPython 3.11's parse_field, from the character after {@code open}; {@code end[0]} gets the next index. */
    private static Node field(String t, int open, int[] end) {
        int n = t.length();
        int i = open + 1;
        int nameStart = i;
        char c = 0;
        boolean stopped = false;
        while (i < n) {
            c = t.charAt(i++);
            if (c == '{') {
                return new Broken(i - 1, "unexpected '{' in field name");
            }
            if (c == '[') {
                while (i < n && t.charAt(i) != ']') {
                    i++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                stopped = true;
                break;
            }
        }
        if (!stopped) {
            return new Broken(open, "expected '}' before end of string (this field is never closed)");
        }
        int nameEnd = i - 1;
        char conversion = 0;
        int conversionPosition = -1;
        int specStart = i;
        int specEnd = i;
        if (c == '!') {
            if (i >= n) {
                return new Broken(i - 1, "end of string while looking for conversion specifier");
            }
            conversionPosition = i;
            conversion = t.charAt(i++);
            if (i < n) {
                c = t.charAt(i++);
                if (c == '}') {
                    end[0] = i;
                    return name(t, open, nameStart, nameEnd, conversion, conversionPosition, i - 1, i - 1);
                }
                if (c != ':') {
                    return new Broken(i - 1, "expected ':' after conversion specifier");
                }
            } else {
                return new Broken(open, "unmatched '{' in format spec");
            }
        }
        if (c == ':') {
            specStart = i;
            int count = 1;
            while (i < n) {
                char s = t.charAt(i++);
                if (s == '{') {
                    count++;
                } else if (s == '}' && --count == 0) {
                    end[0] = i;
                    return name(t, open, nameStart, nameEnd, conversion, conversionPosition, specStart, i - 1);
                }
            }
            return new Broken(open, "unmatched '{' in format spec (this field is never closed)");
        }
        end[0] = i;
        return name(t, open, nameStart, nameEnd, conversion, conversionPosition, specStart, specEnd);
    }

    /** Python's formatter_field_name_split: the first name, then {@code .attr} and {@code [key]} steps. */
    private static Field name(String t, int open, int start, int end, char conversion, int conversionPosition,
            int specStart, int specEnd) {
        int i = start;
        while (i < end && t.charAt(i) != '.' && t.charAt(i) != '[') {
            i++;
        }
        String first = t.substring(start, i);
        String whole = t.substring(start, end);
        boolean positional = whole.isEmpty() || allDigits(whole) || !first.isEmpty() && allDigits(first);
        List<Step> steps = new ArrayList<>();
        while (i < end) {
            char c = t.charAt(i++);
            int at = i - 1;
            if (c == '.') {
                int s = i;
                while (i < end && t.charAt(i) != '.' && t.charAt(i) != '[') {
                    i++;
                }
                if (s == i) {
                    steps.add(new BadStep("Empty attribute in format string", at));
                    break;
                }
                steps.add(new Attr(t.substring(s, i), at));
            } else if (c == '[') {
                int s = i;
                while (i < end && t.charAt(i) != ']') {
                    i++;
                }
                if (i >= end) {
                    steps.add(new BadStep("Missing ']' in format string", at));
                    break;
                }
                String key = t.substring(s, i);
                i++;
                if (key.isEmpty()) {
                    steps.add(new BadStep("Empty attribute in format string", at));
                    break;
                }
                steps.add(new Item(itemKey(key), at));
            } else {
                steps.add(new BadStep("Only '.' or '[' may follow ']' in format field specifier", at));
                break;
            }
        }
        return new Field(open, first, start, List.copyOf(steps), positional, conversion, conversionPosition,
                specStart, specEnd);
    }

    private static Object itemKey(String key) {
        if (!allDigits(key)) {
            return key;
        }
        try {
            return Long.valueOf(Integer.parseInt(key));
        } catch (NumberFormatException e) {
            return key; // too many digits: used as a text key, which no value has
        }
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The first syntax error of the top level, if any. */
    Broken firstError() {
        for (Node node : nodes) {
            if (node instanceof Broken b) {
                return b;
            }
        }
        return null;
    }
}
