package dev.tmj.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the closest known name to a misspelt one, for error messages. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The candidate closest to {@code wrong} by edit distance (ignoring case), if any is reasonably close. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lowerWrong = wrong.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int distance = distance(lowerWrong, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance || distance == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null || bestDistance > Math.max(2, wrong.length() / 2)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /**
     * The candidate that {@code name} is most likely a slip of: the same name in another case or spelling
     * ({@code in_boundary} for {@code inBoundary}) or at most one edit per four letters away
     * ({@code classificaion}, {@code boundary} for {@code inBoundary}). Stricter than {@link #closest}, because it
     * names a candidate for a name that may be deliberate: {@code usesTLS} is not a slip of {@code usesVPN}.
     */
    public static Optional<String> likelySlip(String name, Collection<String> candidates) {
        String wrong = normalized(name);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(wrong, normalized(candidate));
            if (distance < bestDistance || distance == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= Math.max(1, wrong.length() / 4) ? Optional.of(best) : Optional.empty();
    }

    /** Lower case without underscores: snake_case and camelCase spellings of one name compare equal. */
    private static String normalized(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
