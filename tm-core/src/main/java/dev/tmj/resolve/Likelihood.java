package dev.tmj.resolve;


/**
 * How likely a threat is to be attacked, on the five levels of CAPEC's "Likelihood Of Attack" (the scale pytm's
 * library copies and uses three levels of: Low, Medium, High): the row of the risk matrix (docs/risk.md).
 */
public enum Likelihood {
    VERY_LOW("very low"), LOW("low"), MEDIUM("medium"), HIGH("high"), VERY_HIGH("very high");

    private final String label;

    Likelihood(String label) {
        this.label = label;
    }

    /** The word outputs print, for example {@code very high}. */
    public String label() {
        return label;
    }

    /** The level from 1 (very low) to 5 (very high). */
    public int level() {
        return ordinal() + 1;
    }

    /**
     * The likelihood a threat's text names, ignoring case and spaces, hyphens or underscores between words;
     * "critical" counts as very high, as it does for severity. Blank or unknown text is medium: a threat whose
     * library does not say how likely it is is not thereby unlikely, and medium keeps its risk in the middle rows.
     */
    public static Likelihood of(String text) {
        String wanted = dev.tmj.model.LabelText.normalized(text);
        return switch (wanted) {
            case "very low" -> VERY_LOW;
            case "low" -> LOW;
            case "high" -> HIGH;
            case "very high", "critical" -> VERY_HIGH;
            default -> MEDIUM;
        };
    }
}
