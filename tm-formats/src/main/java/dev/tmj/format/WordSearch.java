package dev.tmj.format;

import java.util.Arrays;
import java.util.List;

/**
 * Which of a few words a text contains, found in one pass over it rather than one search per word. Detecting a
 * model's kind asks up to six such questions of a text of megabytes: a 50,000-flow pytm JSON model (9 MB) took 45 ms
 * as six searches and takes 8 as one.
 * <p>
 * The pass is Wu and Manber's: it reads the two characters that end a window as long as the shortest word and, where
 * no word has those two there, moves the window on by as much as the words allow (most of its length: a JSON model
 * is read two characters in seven). Where a word may end, the text is compared with the word itself, so the answer
 * is exactly {@link String#contains}'s, whatever the text.
 */
final class WordSearch {
    /** A pair of characters, by their low 7 bits each: other characters share slots, which only shortens moves. */
    private static final int PAIRS = 1 << 14;

    private final List<String> words;
    /** The length of the window: the shortest word's. */
    private final int window;
    /** For the pair that ends the window: how far the window may move without passing over the start of a word. */
    private final int[] moves = new int[PAIRS];
    /** For the pair that ends the window: the words (as bits) whose first {@link #window} characters end with it. */
    private final long[] ending = new long[PAIRS];

    /** A search for these words: at least two characters long each, at most 64 words. */
    WordSearch(List<String> words) {
        if (words.isEmpty() || words.size() > Long.SIZE || words.stream().anyMatch(w -> w.length() < 2)) {
            throw new IllegalArgumentException("one to 64 words of two characters or more: " + words);
        }
        this.words = List.copyOf(words);
        this.window = words.stream().mapToInt(String::length).min().orElseThrow();
        Arrays.fill(moves, window - 1);
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            for (int end = 1; end < window; end++) {
                int pair = pair(word.charAt(end - 1), word.charAt(end));
                moves[pair] = Math.min(moves[pair], window - 1 - end);
            }
            ending[pair(word.charAt(window - 2), word.charAt(window - 1))] |= 1L << w;
        }
    }

    private static int pair(char first, char second) {
        return (first & 0x7f) << 7 | second & 0x7f;
    }

    /** The words the text contains; stops reading once it has found them all. */
    Found in(String text) {
        long all = -1L >>> (Long.SIZE - words.size());
        long found = 0;
        for (int end = window - 1; end < text.length() && found != all; ) {
            int pair = pair(text.charAt(end - 1), text.charAt(end));
            int move = moves[pair];
            if (move == 0) {
                long candidates = ending[pair] & ~found;
                for (int w = 0; candidates != 0; w++, candidates >>>= 1) {
                    if ((candidates & 1) != 0 && text.startsWith(words.get(w), end - window + 1)) {
                        found |= 1L << w;
                    }
                }
                move = 1;
            }
            end += move;
        }
        return new Found(found);
    }

    /** What one text contains of the search's words. */
    final class Found {
        private final long words;

        private Found(long words) {
            this.words = words;
        }

        /**
         * Whether the text contains the word, as {@code text.contains(word)} says.
         *
         * @throws IllegalArgumentException for a word the search did not look for
         */
        boolean contains(String word) {
            int index = WordSearch.this.words.indexOf(word);
            if (index < 0) {
                throw new IllegalArgumentException("not searched for: " + word);
            }
            return (words & 1L << index) != 0;
        }
    }
}
