package dev.tmj.report.pytm;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The methods without arguments of Python's str that a template may call: {@code {name.upper:call:}}. */
final class StringMethods {
    static final List<String> NAMES = List.of("upper", "lower", "title", "capitalize", "strip", "lstrip", "rstrip",
            "swapcase");

    private StringMethods() {
    }

    /** The bound method, or {@link ObjectView#MISSING} for a name that is not one of {@link #NAMES}. */
    static Object find(String s, String name) {
        Supplier<Object> body = switch (name) {
            case "upper" -> () -> s.toUpperCase(Locale.ROOT);
            case "lower" -> () -> s.toLowerCase(Locale.ROOT);
            case "swapcase" -> () -> swapcase(s);
            case "title" -> () -> title(s);
            case "capitalize" -> () -> s.isEmpty() ? s
                    : s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                            + s.substring(s.offsetByCodePoints(0, 1)).toLowerCase(Locale.ROOT);
            case "strip" -> s::strip;
            case "lstrip" -> s::stripLeading;
            case "rstrip" -> s::stripTrailing;
            default -> null;
        };
        return body == null ? ObjectView.MISSING : new Method("str", name, s, body);
    }

    private static String swapcase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(Character.isUpperCase(cp) ? Character.toLowerCase(cp)
                : Character.isLowerCase(cp) ? Character.toUpperCase(cp) : cp));
        return out.toString();
    }

    private static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean previousCased = false;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean cased = Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
            out.appendCodePoint(!cased ? cp : previousCased ? Character.toLowerCase(cp) : Character.toTitleCase(cp));
            previousCased = cased;
        }
        return out.toString();
    }
}
