package dev.tmj.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a finding is handled: pytm's {@code response} vocabulary (mitigated, transferred, avoided, accepted)
 * widened with open and false positive. An override's {@code status} holds one; readers parse the text of a
 * model into it, so a misspelt status is an error and never silently means open.
 */
public enum FindingStatus {
    OPEN("open"),
    MITIGATED("mitigated"),
    ACCEPTED("accepted"),
    TRANSFERRED("transferred"),
    AVOIDED("avoided"),
    FALSE_POSITIVE("false positive");

    private static final List<String> LABELS = Arrays.stream(values()).map(FindingStatus::label).toList();

    private final String label;

    FindingStatus(String label) {
        this.label = label;
    }

    /** The word reports print and writers write, for example {@code false positive}. */
    public String label() {
        return label;
    }

    /** Whether someone dealt with the finding (anything but open). */
    public boolean isHandled() {
        return this != OPEN;
    }

    /** Every label, in declaration order: the spellings a model may use. */
    public static List<String> labels() {
        return LABELS;
    }

    /**
     * The status a label or enum name names, ignoring case ({@code "accepted"}, {@code "FALSE_POSITIVE"},
     * {@code "false positive"}).
     */
    public static Optional<FindingStatus> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Arrays.stream(values()).filter(s -> s.label.equals(wanted)).findFirst();
    }

    /** pytm's free-text response read by its first word: "mitigated: bounds checked" is mitigated. */
    public static Optional<FindingStatus> ofResponse(String response) {
        if (response.isEmpty()) {
            return Optional.empty();
        }
        // the leading letters, as split("[^a-z]+", 2)[0] gives them, without compiling a pattern per finding
        String lower = response.strip().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < lower.length() && lower.charAt(end) >= 'a' && lower.charAt(end) <= 'z') {
            end++;
        }
        String first = lower.substring(0, end);
        return first.isEmpty() || first.equals("open") ? Optional.empty() : parse(first);
    }
}
