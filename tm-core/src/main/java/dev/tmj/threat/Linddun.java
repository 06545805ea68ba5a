package dev.tmj.threat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * LINDDUN's seven privacy threat categories, in LINDDUN's order. A privacy threat names one in {@code threats.json}
 * ({@code "linddun": "Linking"}) as a security threat names its STRIDE category ({@code "stride"}).
 */
public enum Linddun {
    LINKING("Linking"),
    IDENTIFYING("Identifying"),
    NON_REPUDIATION("Non-repudiation"),
    DETECTING("Detecting"),
    DATA_DISCLOSURE("Data disclosure"),
    UNAWARENESS("Unawareness and unintervenability"),
    NON_COMPLIANCE("Non-compliance");

    /** The name of the framework, as reports label it. */
    public static final String FRAMEWORK = "LINDDUN";

    private final String label;

    Linddun(String label) {
        this.label = label;
    }

    /** The category as {@code threats.json} and the reports spell it, such as {@code Data disclosure}. */
    public String label() {
        return label;
    }

    /** Every label, in LINDDUN's order. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(Linddun::label).toList();
    }

    /** The category with this label (exact spelling). */
    public static Optional<Linddun> byLabel(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst();
    }
}
