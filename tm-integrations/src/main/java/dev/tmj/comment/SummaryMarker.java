package dev.tmj.comment;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The hidden first line of tmj's comment, {@code <!-- tmj:summary tm.py services/pay.yaml -->}, naming the models
 * the summary is of: a later run over the same models finds its comment by it and updates it; a run over other
 * models leaves that comment alone. The names are sorted (the order on the command line does not matter) and
 * escaped so that no name can end the HTML comment or the marker: only letters, digits, {@code . _ / -} stay as
 * they are (a hyphen only where it does not follow another), everything else becomes {@code %XX} of its UTF-8
 * bytes.
 */
public final class SummaryMarker {
    private static final String PREFIX = "<!-- tmj:summary ";
    private static final String SUFFIX = " -->";

    private final String text;

    private SummaryMarker(String text) {
        this.text = text;
    }

    /** The marker of a summary of these models (repository-relative paths, say). */
    public static SummaryMarker of(Collection<String> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("a summary is of one model at least");
        }
        StringBuilder b = new StringBuilder(PREFIX);
        boolean first = true;
        for (String model : new TreeSet<>(models)) {
            if (!first) {
                b.append(' ');
            }
            first = false;
            escape(model, b);
        }
        return new SummaryMarker(b.append(SUFFIX).toString());
    }

    /** The marker line itself. */
    public String text() {
        return text;
    }

    /** Whether a comment's body is tmj's summary of the same models: its first line is this marker. */
    public boolean marks(String body) {
        int end = body.indexOf('\n');
        String firstLine = end < 0 ? body : body.substring(0, end);
        return firstLine.strip().equals(text);
    }

    private static void escape(String name, StringBuilder b) {
        char previous = ' ';
        for (byte raw : name.getBytes(StandardCharsets.UTF_8)) {
            int c = raw & 0xff;
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.'
                    || c == '_' || c == '/' || c == '-' && previous != '-';
            if (plain) {
                b.append((char) c);
                previous = (char) c;
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
                previous = '%';
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SummaryMarker other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
