package dev.tmj.threat;

import java.util.Locale;

/** pytm's severity scale, from INFO (0) to VERY_HIGH (5); threats and findings name it in free text. */
public enum Severity {
    INFO("Info"), VERY_LOW("Very Low"), LOW("Low"), MEDIUM("Medium"), HIGH("High"), VERY_HIGH("Very High");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The text pytm's libraries use, for example {@code Very High}. */
    public String label() {
        return label;
    }

    /** The level on pytm's 0 to 5 scale. */
    public int level() {
        return ordinal();
    }

    /** The severity a text names (pytm's {@code _set_severity}: "critical" counts as very high); unknown is INFO. */
    public static Severity of(String text) {
        // The library's own words first, without a copy: every output asks for each finding's severity.
        switch (text) {
            case "Very High", "Very high", "very high", "Critical", "critical":
                return VERY_HIGH;
            case "High", "high":
                return HIGH;
            case "Medium", "medium":
                return MEDIUM;
            case "Low", "low":
                return LOW;
            case "Very Low", "Very low", "very low":
                return VERY_LOW;
            default:
                break;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "very high", "critical" -> VERY_HIGH;
            case "high" -> HIGH;
            case "medium" -> MEDIUM;
            case "low" -> LOW;
            case "very low" -> VERY_LOW;
            default -> INFO;
        };
    }

    /** pytm's {@code _set_severity} mapping of a text to 0..5. */
    public static int level(String text) {
        return of(text).level();
    }
}
