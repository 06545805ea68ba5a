package dev.tmj.resolve;

/**
 * The rank of each name among names: 0 for the first in name order ({@link String#compareTo}), then one more for each
 * next name, equal names equal ranks. Each name's first 16 characters are read once into two numbers that order as the
 * names do, and the places are merge-sorted by them: most comparisons read no name. Sorting the names themselves
 * read two names, scattered over the heap, in each of the 800,000 comparisons that 50,000 flow names take.
 */
final class NameRanks {
    /** Below this many places, an insertion sort: fewer moves than merging runs of one or two. */
    private static final int SHORT = 8;
    /** Characters read into a name's key: 8 bits each in two longs. */
    private static final int KEY_LENGTH = 16;
    /** The code of every character from this one up; it ends the key (nothing read after it). */
    private static final int WIDE = 0xFF;

    private final String[] names;
    /**
     * By place: the name's first 16 characters, 8 bits each, the first highest, as two unsigned numbers; 0 past its
     * end. A character from {@link #WIDE} up counts as {@code WIDE} and ends the key. Two names whose keys differ then
     * compare as their keys do (the first difference is a character both read exactly, or one name's end); two whose
     * keys are equal are compared by name.
     */
    private final long[] first;
    private final long[] second;

    private NameRanks(String[] names) {
        this.names = names;
        this.first = new long[names.length];
        this.second = new long[names.length];
        char[] chars = new char[KEY_LENGTH];
        for (int i = 0; i < names.length; i++) {
            int length = Math.min(names[i].length(), KEY_LENGTH);
            names[i].getChars(0, length, chars, 0); // one call, not one for each character
            long key = 0;
            for (int at = 0; at < KEY_LENGTH; at++) {
                int code = 0;
                if (at < length) {
                    code = Math.min(chars[at], WIDE);
                    if (code == WIDE) {
                        length = at + 1;
                    }
                }
                key = key << 8 | code;
                if (at == KEY_LENGTH / 2 - 1) {
                    first[i] = key;
                    key = 0;
                }
            }
            second[i] = key;
        }
    }

    static int[] of(String[] names) {
        NameRanks ranks = new NameRanks(names);
        int[] places = new int[names.length];
        for (int i = 0; i < places.length; i++) {
            places[i] = i;
        }
        ranks.sort(places, new int[places.length], 0, places.length);
        int[] rank = new int[names.length];
        for (int i = 1; i < places.length; i++) {
            rank[places[i]] = rank[places[i - 1]] + (ranks.compare(places[i - 1], places[i]) == 0 ? 0 : 1);
        }
        return rank;
    }

    /** Negative, zero or positive as the name at place {@code a} comes before, with or after that at {@code b}. */
    private int compare(int a, int b) {
        if (first[a] != first[b]) {
            return Long.compareUnsigned(first[a], first[b]);
        }
        if (second[a] != second[b]) {
            return Long.compareUnsigned(second[a], second[b]);
        }
        return names[a].compareTo(names[b]);
    }

    /** Sorts {@code places[from..to)} by their names, using {@code spare} (as long as places) while merging. */
    private void sort(int[] places, int[] spare, int from, int to) {
        if (to - from < SHORT) {
            for (int i = from + 1; i < to; i++) {
                int place = places[i];
                int j = i;
                for (; j > from && compare(places[j - 1], place) > 0; j--) {
                    places[j] = places[j - 1];
                }
                places[j] = place;
            }
            return;
        }
        int middle = (from + to) >>> 1;
        sort(places, spare, from, middle);
        sort(places, spare, middle, to);
        if (compare(places[middle - 1], places[middle]) <= 0) {
            return; // already in order, as runs of names often are
        }
        System.arraycopy(places, from, spare, from, to - from);
        int left = from;
        int right = middle;
        int i = from;
        while (left < middle && right < to) {
            places[i++] = compare(spare[right], spare[left]) < 0 ? spare[right++] : spare[left++];
        }
        System.arraycopy(spare, left, places, i, middle - left);
        System.arraycopy(spare, right, places, i + middle - left, to - right);
    }
}
