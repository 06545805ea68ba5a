package dev.tmj.resolve;

import static dev.tmj.model.internal.ModelInternals.setComputed;

import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Each data item's {@code carriedBy} (the flows that carry it, in the order met) and {@code processedBy} (those
 * flows' sources and sinks, each once, in the order first met), both then sorted by name, those of one name kept in
 * that order: what a stable sort by name of pytm's lists gives.
 *
 * <p>A large model has many short lists (50,000 flows: 5,000 data items, each carried by some 20 flows and processed
 * by some 40 elements), and comparing names in each list cost a million string comparisons, each reading an element,
 * its values and its name from all over the heap. Instead, the elements met are sorted by name once and given a rank
 * (one for each name), and every (data item, element) pair met is put in order by two counting sorts, stable, as
 * numbers: by rank, then by data item. Each data item's pairs then lie together, by name, those of one name in the
 * order met, without a sort for each list.
 */
final class DataUsers {
    private final Element[] elements;
    private final List<Data> data;
    /** The flows that carry a data item, one pair for each flow and item, in the order added. */
    private final Pairs carriers = new Pairs();
    /** Those flows' sources and sinks, one pair for each flow, item and end, repeats included. */
    private final Pairs processors = new Pairs();

    DataUsers(Model model) {
        this.elements = model.elements().toArray(new Element[0]); // read by index without a list's checks
        this.data = model.data();
    }

    /** A flow and the data it carries: each flow once, in the order the lists are to keep among equal names. */
    void add(Element flow, List<Data> carried) {
        if (carried.isEmpty()) {
            return;
        }
        int flowIndex = flow.index();
        int source = flow.source().index();
        int sink = flow.sink().index();
        for (int i = 0; i < carried.size(); i++) { // by index: no iterator for each flow
            int d = carried.get(i).index();
            carriers.add(d, flowIndex);
            processors.add(d, source);
            processors.add(d, sink);
        }
    }

    /** Stores {@code carriedBy} and {@code processedBy} on each data item some flow carries. */
    void store() {
        // ranked separately: a list holds flows only or their ends only, never both
        List<Element>[] carriedBy = lists(carriers);
        List<Element>[] processedBy = lists(processors);
        for (int d = 0; d < carriedBy.length; d++) {
            if (carriedBy[d] != null) {
                setComputed(data.get(d), "carriedBy", carriedBy[d]);
                setComputed(data.get(d), "processedBy", processedBy[d]);
            }
        }
    }

    /** Each data item's elements among these pairs, by name, each once; null for an item in no pair. */
    private List<Element>[] lists(Pairs pairs) {
        int[] starts = startsByDatum(pairs);
        int[] rank = ranks(pairs);
        int[] elementsByDatum = pairs.elementsByDatum(pairs.byRank(rank), starts);
        @SuppressWarnings("unchecked")
        List<Element>[] lists = new List[data.size()];
        for (int d = 0; d < lists.length; d++) {
            if (starts[d] < starts[d + 1]) {
                lists[d] = distinct(elementsByDatum, starts[d], starts[d + 1], rank);
            }
        }
        return lists;
    }

    /** Where each data item's pairs begin in an order by data item (the last entry: the number of pairs). */
    private int[] startsByDatum(Pairs pairs) {
        int[] starts = new int[data.size() + 1];
        for (int i = 0; i < pairs.size; i++) {
            starts[pairs.datum[i] + 1]++;
        }
        for (int d = 0; d < data.size(); d++) {
            starts[d + 1] += starts[d];
        }
        return starts;
    }

    /**
     * The elements {@code indexes[from..to)}, already by rank, each once (its first place among its name's):
     * a name's run is short, and an element repeats only within it.
     */
    private List<Element> distinct(int[] indexes, int from, int to, int[] rank) {
        List<Element> sorted = new ArrayList<>(to - from);
        int runStart = 0; // where the elements of the current rank begin in sorted
        int runRank = -1;
        for (int i = from; i < to; i++) {
            int e = indexes[i];
            if (rank[e] != runRank) {
                runRank = rank[e];
                runStart = sorted.size();
            } else if (metSince(sorted, runStart, elements[e])) {
                continue; // met before, among the few of its name
            }
            sorted.add(elements[e]);
        }
        return sorted;
    }

    private static boolean metSince(List<Element> sorted, int from, Element e) {
        for (int i = from; i < sorted.size(); i++) {
            if (sorted.get(i) == e) {
                return true;
            }
        }
        return false;
    }

    /** The rank of each element in these pairs among their names (equal names, equal ranks), by element index. */
    private int[] ranks(Pairs pairs) {
        boolean[] met = new boolean[elements.length];
        int distinct = 0;
        for (int i = 0; i < pairs.size; i++) {
            if (!met[pairs.element[i]]) {
                met[pairs.element[i]] = true;
                distinct++;
            }
        }
        String[] names = new String[distinct];
        int[] elementAt = new int[distinct];
        int n = 0;
        for (int e = 0; e < met.length; e++) {
            if (met[e]) {
                names[n] = elements[e].name();
                elementAt[n++] = e;
            }
        }
        int[] nameRank = NameRanks.of(names);
        int[] rank = new int[elements.length];
        for (int i = 0; i < distinct; i++) {
            rank[elementAt[i]] = nameRank[i];
        }
        return rank;
    }

    /** (data item, element) pairs by index, in the order added, and their stable counting sorts. */
    private static final class Pairs {
        int[] datum = new int[1024];
        int[] element = new int[1024];
        int size;

        void add(int d, int e) {
            if (size == datum.length) {
                datum = Arrays.copyOf(datum, size * 2);
                element = Arrays.copyOf(element, size * 2);
            }
            datum[size] = d;
            element[size] = e;
            size++;
        }

        /** The pairs' places, by their element's rank; those of one rank in the order added. */
        int[] byRank(int[] rank) {
            int ranks = 0;
            for (int i = 0; i < size; i++) {
                ranks = Math.max(ranks, rank[element[i]] + 1);
            }
            int[] next = new int[ranks + 1];
            for (int i = 0; i < size; i++) {
                next[rank[element[i]] + 1]++;
            }
            for (int r = 0; r < ranks; r++) {
                next[r + 1] += next[r];
            }
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[next[rank[element[i]]]++] = i;
            }
            return order;
        }

        /**
         * The elements of the pairs in {@code order}, by data item, keeping
         * that order among each item's: {@code starts} says where each item's begin. Elements, not places: each list
         * is then read in turn, without going back to the pairs.
         */
        int[] elementsByDatum(int[] order, int[] starts) {
            int[] next = Arrays.copyOf(starts, starts.length);
            int[] byDatum = new int[size];
            for (int k = 0; k < size; k++) {
                int i = order[k];
                byDatum[next[datum[i]]++] = element[i];
            }
            return byDatum;
        }
    }
}
