package dev.tmj.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The business impact of an element being compromised, on tmj's five-level scale (an element's {@code impact},
 * tmj's extension of pytm's schema). It is the impact axis of a finding's risk (docs/risk.md); data
 * classifications map onto the same scale ({@link #of(Classification)}).
 */
public enum Impact implements OrderedLevel {
    LOW("low"), MEDIUM("medium"), HIGH("high"), VERY_HIGH("very high"), CRITICAL("critical");

    private static final List<String> LABELS = Arrays.stream(values()).map(Impact::label).toList();

    private final String label;

    Impact(String label) {
        this.label = label;
    }

    /** The word models use and outputs print, for example {@code very high}. */
    public String label() {
        return label;
    }

    /** The level from 1 (low) to 5 (critical): the column of the risk matrix. */
    @Override
    public int level() {
        return ordinal() + 1;
    }

    /** Every label, lowest first: the spellings a model may use. */
    public static List<String> labels() {
        return LABELS;
    }

    /**
     * The impact a label or enum name names, ignoring case, with a space, hyphen or underscore between words
     * ({@code "very high"}, {@code "VERY_HIGH"}, {@code "Very-High"}).
     */
    public static Optional<Impact> parse(String text) {
        String wanted = LabelText.normalized(text);
        return Arrays.stream(values()).filter(i -> i.label.equals(wanted)).findFirst();
    }

    /**
     * The impact that losing data of this classification has: public is low ... top secret critical, each
     * classification one step; unknown says nothing (empty).
     */
    public static Optional<Impact> of(Classification classification) {
        return switch (classification) {
            case UNKNOWN -> Optional.empty();
            case PUBLIC -> Optional.of(LOW);
            case RESTRICTED -> Optional.of(MEDIUM);
            case SENSITIVE -> Optional.of(HIGH);
            case SECRET -> Optional.of(VERY_HIGH);
            case TOP_SECRET -> Optional.of(CRITICAL);
        };
    }
}
