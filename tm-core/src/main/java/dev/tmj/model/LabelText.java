package dev.tmj.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a level written by a person is compared with a label: {@code "Very_High"}, {@code "very-high"} and
 * {@code " very  high "} all read as {@code very high}. One rule for severities, likelihoods and impacts.
 */
public final class LabelText {
    private static final Pattern BLANKS = Pattern.compile(" +");

    private LabelText() {
    }

    /** The text stripped, in lower case, with underscores and hyphens as single blanks. */
    public static String normalized(String text) {
        return BLANKS.matcher(text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' '))
                .replaceAll(" ");
    }
}
