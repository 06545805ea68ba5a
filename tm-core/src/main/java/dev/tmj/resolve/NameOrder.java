package dev.tmj.resolve;

/**
 * The places of names in name order ({@link String#compareTo}), those of one name in place order: a merge sort of the
 * places that compares the names themselves. Sorting records of a name and a place took twice as long at 50,000
 * names: each comparison went through the record's {@code compareTo} (an interface call, which the launcher's C1
 * compiler does not inline) and read the record before its name.
 */
final class NameOrder {
    /** Below this many places, an insertion sort: fewer moves than merging runs of one or two. */
    private static final int SHORT = 8;

    private NameOrder() {
    }

    static int[] of(String[] names) {
        int[] places = new int[names.length];
        for (int i = 0; i < places.length; i++) {
            places[i] = i;
        }
        sort(names, places, new int[places.length], 0, places.length);
        return places;
    }

    /** Sorts {@code places[from..to)} by their names, using {@code spare} (as long as places) while merging. */
    private static void sort(String[] names, int[] places, int[] spare, int from, int to) {
        if (to - from < SHORT) {
            for (int i = from + 1; i < to; i++) {
                int place = places[i];
                String name = names[place];
                int j = i;
                for (; j > from && names[places[j - 1]].compareTo(name) > 0; j--) {
                    places[j] = places[j - 1];
                }
                places[j] = place;
            }
            return;
        }
        int middle = (from + to) >>> 1;
        sort(names, places, spare, from, middle);
        sort(names, places, spare, middle, to);
        if (names[places[middle - 1]].compareTo(names[places[middle]]) <= 0) {
            return; // already in order, as runs of names often are
        }
        System.arraycopy(places, from, spare, from, to - from);
        int left = from;
        int right = middle;
        int i = from;
        while (left < middle && right < to) {
            // the left one first among equal names: places of one name stay in order
            places[i++] = names[spare[right]].compareTo(names[spare[left]]) < 0 ? spare[right++] : spare[left++];
        }
        System.arraycopy(spare, left, places, i, middle - left);
        System.arraycopy(spare, right, places, i + middle - left, to - right);
    }
}
