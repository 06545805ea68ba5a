package dev.tmj.threat;

import dev.tmj.model.Excerpt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's syntax-error messages without the input they quote. Jackson words an error as what it found, quoting
 * the input ({@code Unrecognized token 'SECRET_abc': was expecting ...}), then what it expected; a file that is
 * not JSON at all (a key file, a {@code .env}) would have its first word copied into the error, and so into a CI
 * log. tmj keeps what was expected and the position (which the caller adds), and quotes at most a short excerpt.
 */
final class JsonProblems {
    /** The most characters of Jackson's own wording kept; its messages are shorter than this. */
    private static final int MAX_MESSAGE = 200;
    /** A token Jackson could not read; it collects identifier characters only, so the token holds no quote. */
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '[^']*'(.*)", Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    /** A quoted piece longer than Jackson's fixed words ('null', 'true', a single character): input. */
    private static final Pattern LONG_QUOTE = Pattern.compile("'[^']{8,}'");

    private JsonProblems() {
    }

    /** Jackson's message for a syntax error, with the input it quotes left out or cut to an excerpt. */
    static String describe(String jacksonMessage) {
        Matcher unrecognized = UNRECOGNIZED.matcher(jacksonMessage);
        if (unrecognized.matches()) {
            return Excerpt.of("unrecognized token" + unrecognized.group(1), MAX_MESSAGE);
        }
        Matcher duplicate = DUPLICATE.matcher(jacksonMessage);
        if (duplicate.matches()) {
            return "duplicate key " + Excerpt.quoted(duplicate.group(1));
        }
        return Excerpt.of(LONG_QUOTE.matcher(jacksonMessage).replaceAll("'…'"), MAX_MESSAGE);
    }
}
