package dev.tmj.format;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of a few ASCII words occur in a text, found in one pass over it: telling a model's kind apart asks whether
 * its text contains this word or that one, and each {@link String#contains} was a pass over the whole text (a
 * 50,000-flow pytm JSON model's 9 MB six times; the words that start with a quote stopped at each of JSON's quotes).
 * The pass goes only as far as a question needs: a script's {@code from pytm} near its top ends it there, a word
 * that is not in the text reads it to the end once, noting every other word on the way. {@link #contains} answers as
 * {@link String#contains} would, for the words given.
 */
final class TextWords {
    private final List<String> searched;
    private final byte[] bytes;
    /** The words by the character their search starts at (their first that is not a quote), ASCII only. */
    private final String[][] byAnchor = new String[128][];
    private final Set<String> found = new HashSet<>();
    private int next;

    private TextWords(String text, List<String> words) {
        this.searched = words;
        // A character outside Latin-1 becomes '?', which is in none of the words: no occurrence is made or lost.
        this.bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        for (String word : words) {
            char anchor = word.charAt(anchor(word));
            String[] same = byAnchor[anchor] == null ? new String[0] : byAnchor[anchor];
            same = Arrays.copyOf(same, same.length + 1);
            same[same.length - 1] = word;
            byAnchor[anchor] = same;
        }
    }

    /** The words of {@code words} (ASCII, none empty) as they occur in {@code text}, looked for when asked. */
    static TextWords in(String text, List<String> words) {
        return new TextWords(text, words);
    }

    /** Whether the text contains {@code word}, which must be one of the words it is searched for. */
    boolean contains(String word) {
        if (!searched.contains(word)) {
            throw new IllegalArgumentException("not searched for: " + word);
        }
        while (!found.contains(word) && next < bytes.length && found.size() < searched.size()) {
            int b = bytes[next];
            if (b >= 0 && byAnchor[b] != null) {
                for (String candidate : byAnchor[b]) {
                    int start = next - anchor(candidate);
                    if (start >= 0 && occursAt(start, candidate)) {
                        found.add(candidate);
                    }
                }
            }
            next++;
        }
        return found.contains(word);
    }

    /** Where in a word its search starts: its first character that is not a quote. */
    private static int anchor(String word) {
        int i = 0;
        while (i < word.length() - 1 && word.charAt(i) == '"') {
            i++;
        }
        return i;
    }

    private boolean occursAt(int start, String word) {
        if (start + word.length() > bytes.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (bytes[start + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
