package dev.tmj.report.pytm;

import java.util.Arrays;

/**
 * Template text together with, for each character, its offset in the template as the user wrote it. pytm formats
 * a field's format spec before it interprets it, so loop bodies and {@code if:} texts are strings the engine
 * builds while rendering; the offsets let an error in such a string point at the line and column it came from.
 */
final class Source {
    static final Source EMPTY = new Source("", null, 0);

    final String text;
    /** {@code origins[i]} for each character and one more for the end; null when origin(i) is offset + i. */
    private final int[] origins;
    private final int offset;

    private Source(String text, int[] origins, int offset) {
        this.text = text;
        this.origins = origins;
        this.offset = offset;
    }

    /** The template as written: every character is its own origin. */
    static Source of(String text) {
        return new Source(text, null, 0);
    }

    static Source withOrigins(String text, int[] origins) {
        return new Source(text, origins, 0);
    }

    int length() {
        return text.length();
    }

    /** Where character {@code i} (or the end, for {@code i == length()}) came from in the written template. */
    int origin(int i) {
        return origins == null ? offset + i : origins[i];
    }

    /** Characters {@code [from, to)}, keeping their origins. */
    Source slice(int from, int to) {
        if (from == 0 && to == text.length()) {
            return this;
        }
        if (from == to) {
            return origins == null ? new Source("", null, offset + from) : new Source("", new int[] {origins[from]}, 0);
        }
        String part = text.substring(from, to);
        return origins == null ? new Source(part, null, offset + from)
                : new Source(part, Arrays.copyOfRange(origins, from, to + 1), 0);
    }
}
