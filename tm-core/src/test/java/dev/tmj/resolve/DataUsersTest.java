package dev.tmj.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link DataUsers}: each data item's {@code carriedBy} and {@code processedBy} are what pytm's lists, sorted by name
 * with a stable sort, give (names shared by several elements included), whether the lists are sorted by name or by
 * ranks of the names sorted once.
 */
class DataUsersTest {
    /**
     * A random model whose elements share a few names: {@code names} distinct names among the nodes and among the
     * flows, {@code data} data items, each flow carrying up to three.
     */
    private static Model model(long seed, int nodes, int flows, int data, int names) {
        Random random = new Random(seed);
        Model model = Model.named("Users");
        List<Element> ends = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            ends.add(model.add(i % 3 == 0 ? ElementType.DATASTORE : ElementType.SERVER,
                    "Node " + random.nextInt(names)));
        }
        List<Data> items = new ArrayList<>();
        for (int i = 0; i < data; i++) {
            items.add(model.data("Data " + i));
        }
        for (int i = 0; i < flows; i++) {
            Element source = ends.get(random.nextInt(nodes));
            Element sink = ends.get(random.nextInt(nodes));
            if (source == sink) {
                continue;
            }
            Set<Data> carried = new LinkedHashSet<>();
            for (int j = random.nextInt(4); j > 0; j--) {
                carried.add(items.get(random.nextInt(data)));
            }
            model.dataflow(source, sink, "Flow " + random.nextInt(names)).set("data", List.copyOf(carried));
        }
        return model;
    }

    /** What pytm's check gives: the flows in checked order, then a stable sort by name; ends each once. */
    private static void assertPytmOrder(CheckedModel checked) {
        Comparator<Element> byName = Comparator.comparing(Element::name);
        for (Data d : checked.model().data()) {
            List<Element> carriers = new ArrayList<>();
            Set<Element> processors = new LinkedHashSet<>();
            for (Element flow : checked.dataflows()) {
                if (ModelChecker.data(flow).contains(d)) {
                    carriers.add(flow);
                    processors.add(flow.source());
                    processors.add(flow.sink());
                }
            }
            if (carriers.isEmpty()) {
                continue; // left as the model has it
            }
            carriers.sort(byName);
            List<Element> processedBy = new ArrayList<>(processors);
            processedBy.sort(byName);
            assertThat(d.carriedBy()).as(d.label()).containsExactlyElementsOf(carriers);
            assertThat(d.get("processedBy")).as(d.label()).asList().usingElementComparator((a, b) -> a == b ? 0 : 1)
                    .containsExactlyElementsOf(processedBy);
        }
    }

    @Property(tries = 60)
    void should_list_carriers_and_processors_in_name_order_keeping_the_order_met_among_equal_names(
            @ForAll long seed, @ForAll @IntRange(min = 2, max = 40) int nodes,
            @ForAll @IntRange(min = 0, max = 300) int flows, @ForAll @IntRange(min = 1, max = 60) int data,
            @ForAll @IntRange(min = 1, max = 30) int names) {
        assertPytmOrder(CheckedModel.of(model(seed, nodes, flows, data, names)));
    }

    @Test
    void should_order_the_long_lists_of_few_data_items_by_ranks_as_by_names() {
        // 3 data items on 2,000 flows: lists long enough that the names are ranked once
        assertPytmOrder(CheckedModel.of(model(7, 300, 2_000, 3, 250)));
    }

    @Test
    void should_order_the_short_lists_of_many_data_items_as_by_names() {
        // 2,000 data items on 500 flows: lists of one or two
        assertPytmOrder(CheckedModel.of(model(11, 300, 500, 2_000, 200)));
    }
}
