package dev.tmj.threat;

import java.util.Locale;

/** pytm's severity scale: the text of a threat's severity as a number from 0 (none, info) to 5 (very high). */
public final class Severity {
    private Severity() {
    }

    /** pytm's {@code _set_severity} mapping: very high/critical 5, high 4, medium 3, low 2, very low 1, else 0. */
    public static int level(String severity) {
        return switch (severity.toLowerCase(Locale.ROOT)) {
            case "very high", "critical" -> 5;
            case "high" -> 4;
            case "medium" -> 3;
            case "low" -> 2;
            case "very low" -> 1;
            default -> 0;
        };
    }
}
