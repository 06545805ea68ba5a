package dev.tmj.resolve;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A finding's risk, the cell of the likelihood × impact matrix it falls in (docs/risk.md), lowest first. */
public enum RiskLevel {
    LOW("low"), MEDIUM("medium"), HIGH("high"), CRITICAL("critical");

    private static final List<String> LABELS = Arrays.stream(values()).map(RiskLevel::label).toList();

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    /** The word outputs print and {@code --fail-on-risk} takes. */
    public String label() {
        return label;
    }

    /** Every label, lowest first. */
    public static List<String> labels() {
        return LABELS;
    }

    /** The level a label or enum name names, ignoring case and surrounding space. */
    public static Optional<RiskLevel> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.label.equals(wanted)).findFirst();
    }
}
