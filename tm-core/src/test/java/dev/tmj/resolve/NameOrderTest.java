package dev.tmj.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link NameOrder}: the order of a stable sort by {@link String#compareTo}, equal names kept in place order. */
class NameOrderTest {
    /** Short names over a few letters, one beyond Latin-1: many equal names, prefixes of one another, both codings. */
    private static String[] names(Random random, int count) {
        String letters = "ab bA\u00e9\u0100";
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            StringBuilder name = new StringBuilder();
            for (int length = random.nextInt(4); length > 0; length--) {
                name.append(letters.charAt(random.nextInt(letters.length())));
            }
            names[i] = name.toString();
        }
        return names;
    }

    @Test
    void should_order_places_as_a_stable_sort_by_name_keeps_them() {
        Random random = new Random(5);
        for (int count : new int[] {0, 1, 2, 7, 8, 9, 33, 500, 5_000}) {
            for (int round = 0; round < 20; round++) {
                String[] names = names(random, count);
                int[] expected = IntStream.range(0, count).boxed()
                        .sorted(Comparator.comparing((Integer i) -> names[i])) // a stable sort
                        .mapToInt(Integer::intValue).toArray();
                assertThat(NameOrder.of(names)).as("%d names", count).containsExactly(expected);
            }
        }
    }

    @Test
    void should_keep_names_already_in_order_where_they_are() {
        String[] names = IntStream.range(0, 100).mapToObj(i -> String.format("Flow %03d", i)).toArray(String[]::new);
        assertThat(NameOrder.of(names)).containsExactly(IntStream.range(0, 100).toArray());
    }
}
