package dev.tmj.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short, escaped piece of input for an error message. Input is untrusted: an error that quoted it whole could
 * copy a secret from a file a model pointed at into a CI log, or carry a newline, an ANSI escape or a
 * {@code ::workflow-command} into the terminal. So an excerpt keeps at most {@link #MAX_LENGTH} characters (more
 * are cut, with an ellipsis) and writes control characters as escapes, the way a Java or JSON string literal would
 * ({@code \n}, {@code \u001b}), so that an excerpt is always one line of printable text.
 */
public final class Excerpt {
    /** The most characters of input an error message quotes. */
    public static final int MAX_LENGTH = 40;
    /** The most characters of a parser's own wording kept; its messages are shorter than this. */
    private static final int MAX_MESSAGE = 300;
    /** A token Jackson could not read; it collects identifier characters only, so the token holds no quote. */
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '[^']*'(.*)", Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    /** A quoted piece longer than a parser's fixed words ('null', 'true', one character): input. */
    private static final Pattern LONG_QUOTE = Pattern.compile("'[^']{8,}'");

    private Excerpt() {
    }

    /** {@code text}, cut to {@link #MAX_LENGTH} characters and escaped, without quotes around it. */
    public static String of(String text) {
        return of(text, MAX_LENGTH);
    }

    /** {@code text}, cut to {@code maxLength} characters (and an ellipsis) and escaped, without quotes. */
    public static String of(String text, int maxLength) {
        StringBuilder out = new StringBuilder();
        int end = Math.min(text.length(), maxLength);
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7f && c < 0xa0 || c == '\u2028' || c == '\u2029' || c == '\ufeff') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return end < text.length() ? out.append('…').toString() : out.toString();
    }

    /** {@link #of(String)} in double quotes: {@code "Web Servr"}. */
    public static String quoted(String text) {
        return '"' + of(text) + '"';
    }

    /**
     * A JSON parser's (Jackson's) message without the input it quotes. Jackson words an error as what it found,
     * quoting the input ({@code Unrecognized token 'SECRET_abc': was expecting ...}), then what it expected: a file
     * that is not JSON at all (a key file, a {@code .env}) would have its first word copied into the error, and so
     * into a CI log. What was expected is kept (the caller adds the position); a duplicate key is quoted as an
     * excerpt; any other long quoted piece is cut out; the whole is one escaped line.
     */
    public static String parserMessage(String message) {
        Matcher unrecognized = UNRECOGNIZED.matcher(message);
        if (unrecognized.matches()) {
            return of("unrecognized token" + unrecognized.group(1), MAX_MESSAGE);
        }
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.matches()) {
            return "duplicate key " + quoted(duplicate.group(1));
        }
        return of(LONG_QUOTE.matcher(message).replaceAll("'…'"), MAX_MESSAGE);
    }
}
