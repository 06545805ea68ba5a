package dev.tmj.format.script;

import dev.tmj.python.Expr;
import dev.tmj.python.value.Py;
import dev.tmj.python.value.PyError;
import dev.tmj.python.value.PyTuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The methods of a str that scripts use: {@code upper lower title capitalize strip lstrip rstrip split join
 * replace startswith endswith format}. Every string built is checked against the size budgets first.
 */
final class StrMethods {
    private final ScriptInterpreter script;
    private final Builtins builtins;

    StrMethods(ScriptInterpreter script, Builtins builtins) {
        this.script = script;
        this.builtins = builtins;
    }

    Object call(String text, Expr.Attribute attribute, Args args, Expr.Call call) {
        String name = attribute.attr();
        args.onlyKeywords(script, name, switch (name) {
            case "split" -> List.of("sep", "maxsplit");
            case "format" -> List.copyOf(args.keywords().keySet());
            default -> List.of();
        }, call);
        switch (name) {
            case "upper": args.arity(script, name, 0, 0, call); return text.toUpperCase(Locale.ROOT);
            case "lower": args.arity(script, name, 0, 0, call); return text.toLowerCase(Locale.ROOT);
            case "title": args.arity(script, name, 0, 0, call); return title(text);
            case "capitalize":
                args.arity(script, name, 0, 0, call);
                return text.isEmpty() ? text : text.substring(0, text.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                        + text.substring(text.offsetByCodePoints(0, 1)).toLowerCase(Locale.ROOT);
            case "strip", "lstrip", "rstrip": return strip(text, name, args, call);
            case "split": return split(text, args, call);
            case "join": return join(text, args, call);
            case "replace": return replace(text, args, call);
            case "startswith", "endswith": {
                args.arity(script, name, 1, 1, call);
                List<Object> prefixes = args.get(0) instanceof PyTuple tuple ? new ArrayList<>(tuple.items())
                        : List.of(args.get(0));
                for (Object prefix : prefixes) {
                    String p = string(prefix, call);
                    if (name.equals("startswith") ? text.startsWith(p) : text.endsWith(p)) {
                        return true;
                    }
                }
                return false;
            }
            case "format":
                return format(text, args, call);
            default:
                throw script.error(attribute, ScriptParser.unsupported("the str method '" + name
                        + "' is not supported"));
        }
    }

    /** Python's str.title(): a letter after a non-letter starts a word. */
    private static String title(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean previousLetter = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            out.appendCodePoint(previousLetter ? Character.toLowerCase(c) : Character.toTitleCase(c));
            previousLetter = Character.isLetter(c);
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private String strip(String text, String name, Args args, Expr.Call call) {
        args.arity(script, name, 0, 1, call);
        Object chars = args.size() == 0 ? null : args.get(0);
        String set = chars == null ? null : string(chars, call);
        int start = 0;
        int end = text.length();
        if (!name.equals("rstrip")) {
            while (start < end && stripped(text.charAt(start), set)) {
                start++;
            }
        }
        if (!name.equals("lstrip")) {
            while (end > start && stripped(text.charAt(end - 1), set)) {
                end--;
            }
        }
        return text.substring(start, end);
    }

    private static boolean stripped(char c, String set) {
        return set == null ? Character.isWhitespace(c) || Character.isSpaceChar(c) : set.indexOf(c) >= 0;
    }

    private Object split(String text, Args args, Expr.Call call) {
        args.arity(script, "split", 0, 2, call);
        Object sep = args.size() > 0 ? args.get(0) : args.keyword("sep", null);
        Object max = args.size() > 1 ? args.get(1) : args.keyword("maxsplit", -1L);
        if (!(max instanceof Long maxsplit)) {
            throw script.error(call, "'" + Py.typeName(max) + "' object cannot be interpreted as an integer");
        }
        int limit = maxsplit < 0 ? 0 : (int) Math.min(Integer.MAX_VALUE - 1, maxsplit) + 1;
        List<Object> parts = new ArrayList<>();
        if (sep == null) {
            String rest = text.stripLeading();
            if (!rest.isEmpty()) {
                String[] pieces = rest.split("\\s+", limit);
                for (int i = 0; i < pieces.length; i++) {
                    // Python keeps the rest after the last split as it is, but drops trailing whitespace otherwise.
                    String piece = i == pieces.length - 1 && (limit == 0 || pieces.length < limit)
                            ? pieces[i].stripTrailing() : pieces[i];
                    if (!piece.isEmpty()) {
                        parts.add(piece);
                    }
                }
            }
        } else {
            String separator = string(sep, call);
            if (separator.isEmpty()) {
                throw script.error(call, "empty separator");
            }
            parts.addAll(List.of(text.split(Pattern.quote(separator), limit == 0 ? -1 : limit)));
        }
        script.charge(parts.size(), call);
        return ScriptValues.list(parts);
    }

    private Object join(String text, Args args, Expr.Call call) {
        args.arity(script, "join", 1, 1, call);
        List<String> parts = new ArrayList<>();
        long size = 0;
        for (Object item : builtins.iterate(args.get(0), call)) {
            if (!(item instanceof String part)) {
                throw script.error(call, "sequence item " + parts.size() + ": expected str instance, "
                        + Py.typeName(item) + " found");
            }
            size += part.length() + text.length();
            script.checkSize(size, call);
            parts.add(part);
        }
        script.charge(size, call);
        return String.join(text, parts);
    }

    private Object replace(String text, Args args, Expr.Call call) {
        args.arity(script, "replace", 2, 2, call);
        String old = string(args.get(0), call);
        String replacement = string(args.get(1), call);
        if (!old.isEmpty()) {
            int count = (text.length() - text.replace(old, "").length()) / old.length();
            script.checkSize(text.length() + (long) count * replacement.length(), call);
        } else {
            script.checkSize(text.length() + (text.length() + 1L) * replacement.length(), call);
        }
        String replaced = text.replace(old, replacement);
        script.charge(replaced.length(), call);
        return replaced;
    }

    /** {@code "{} has {0:>5} {name}".format(a, b, name=c)}: automatic, numbered and named fields, with specs. */
    private String format(String template, Args args, Expr.Call call) {
        StringBuilder out = new StringBuilder();
        int auto = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
                out.append(c);
                i += 2;
                continue;
            }
            if (c == '}') {
                throw script.error(call, "Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int end = template.indexOf('}', i);
            if (end < 0) {
                throw script.error(call, "Single '{' encountered in format string");
            }
            String field = template.substring(i + 1, end);
            int colon = field.indexOf(':');
            String key = colon < 0 ? field : field.substring(0, colon);
            String spec = colon < 0 ? "" : field.substring(colon + 1);
            Object value;
            if (key.isEmpty() || key.chars().allMatch(Character::isDigit) && key.length() < 6) {
                int index = key.isEmpty() ? auto++ : Integer.parseInt(key);
                if (index >= args.size()) {
                    throw script.error(call, "Replacement index " + index + " out of range for positional args tuple");
                }
                value = args.get(index);
            } else if (key.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                if (!args.keywords().containsKey(key)) {
                    throw script.error(call, "KeyError: " + Py.repr(key));
                }
                value = args.keywords().get(key);
            } else {
                throw script.error(call, ScriptParser.unsupported("str.format() fields other than {}, {0} and "
                        + "{name} are not supported"));
            }
            try {
                out.append(Py.format(value, spec));
            } catch (PyError e) {
                throw script.error(call, e.getMessage());
            }
            script.checkSize(out.length(), call);
            i = end + 1;
        }
        script.charge(out.length(), call);
        return out.toString();
    }

    private String string(Object value, Expr.Call call) {
        if (!(value instanceof String text)) {
            throw script.error(call, "must be str, not " + Py.typeName(value));
        }
        return text;
    }
}
