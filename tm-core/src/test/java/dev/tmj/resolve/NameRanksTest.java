package dev.tmj.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link NameRanks}: each name's place among the distinct names in {@link String#compareTo} order. */
class NameRanksTest {
    /**
     * Names over a few characters (a NUL, 0xFF, one beyond Latin-1 and one beyond 0xFF's byte among them), after one of
     * a few prefixes of 0 to 17 characters: many equal names, names that are prefixes of one another, names that
     * differ only after the 16 characters read into their keys, characters the keys cannot hold.
     */
    private static String[] names(Random random, int count) {
        String[] prefixes = {"", "a", "Flow ", "Datastore 1", "0123456789abcdef", "0123456789abcdefg"};
        String letters = "ab \u0000\u00e9\u00ff\u0100\u0101";
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            StringBuilder name = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
            for (int length = random.nextInt(4); length > 0; length--) {
                name.append(letters.charAt(random.nextInt(letters.length())));
            }
            names[i] = name.toString();
        }
        return names;
    }

    /** What sorting the distinct names gives: each name's place among them. */
    private static int[] expectedRanks(String[] names) {
        String[] distinct = Arrays.stream(names).distinct().sorted().toArray(String[]::new);
        return Arrays.stream(names).mapToInt(name -> Arrays.binarySearch(distinct, name)).toArray();
    }

    @Test
    void should_rank_names_as_sorting_the_distinct_names_does() {
        Random random = new Random(5);
        for (int count : new int[] {0, 1, 2, 7, 8, 9, 33, 500, 5_000}) {
            for (int round = 0; round < 20; round++) {
                String[] names = names(random, count);
                assertThat(NameRanks.of(names)).as("%d names", count).containsExactly(expectedRanks(names));
            }
        }
    }

    @Test
    void should_compare_names_whose_keys_cannot_tell_them_apart_by_their_characters() {
        // equal keys: both read as 0xFF, then nothing; a NUL and the end of a name; the same first 16 characters
        String[] names = {"\u0101a", "\u0100b", "x\u0000", "x", "0123456789abcdefz", "0123456789abcdefa"};
        assertThat(NameRanks.of(names)).containsExactly(5, 4, 3, 2, 1, 0);
    }

    @Test
    void should_give_equal_names_one_rank_and_keep_names_in_order() {
        String[] names = IntStream.range(0, 100).mapToObj(i -> String.format("Flow %03d", i / 2))
                .toArray(String[]::new);
        assertThat(NameRanks.of(names)).containsExactly(IntStream.range(0, 100).map(i -> i / 2).toArray());
    }
}
