package dev.tmj.resolve;

import static dev.tmj.model.internal.ModelInternals.setComputed;

import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Each data item's {@code carriedBy} (the flows that carry it, in the order met) and {@code processedBy} (those
 * flows' sources and sinks, each once, in the order first met), both then sorted by name, those of one name kept in
 * that order: what a stable sort by name of pytm's lists gives.
 *
 * <p>A large model has many short lists (50,000 flows: 5,000 data items, each carried by some 20 flows and processed
 * by some 40 elements), and comparing names in each list cost a million string comparisons, each reading an element,
 * its values and its name from all over the heap. Instead, the elements met are sorted by name once and given a rank
 * (one for each name), and each list is sorted by rank, as numbers. Where that one sort would compare more than the
 * lists' own sorts (few, short lists in a large model), the lists are sorted by name as before.
 */
final class DataUsers {
    private static final int[] NONE = {};

    private final List<Element> elements;
    private final List<Data> data;
    /** By data item's index: the indexes of the flows that carry it, in the order added. */
    private final int[][] carriers;
    private final int[] carrierCounts;
    /** By data item's index: the indexes of those flows' sources and sinks, repeats included. */
    private final int[][] processors;
    private final int[] processorCounts;

    DataUsers(Model model) {
        this.elements = model.elements();
        this.data = model.data();
        this.carriers = new int[data.size()][];
        this.carrierCounts = new int[data.size()];
        this.processors = new int[data.size()][];
        this.processorCounts = new int[data.size()];
    }

    /** A flow and the data it carries: each flow once, in the order the lists are to keep among equal names. */
    void add(Element flow, List<Data> carried) {
        for (int i = 0; i < carried.size(); i++) { // by index: no iterator for each flow
            int d = carried.get(i).index();
            carriers[d] = append(carriers[d], carrierCounts[d]++, flow.index());
            int[] users = processors[d];
            int n = processorCounts[d];
            if (users == null || n + 2 > users.length) {
                users = Arrays.copyOf(users == null ? NONE : users, Math.max(8, n * 2));
                processors[d] = users;
            }
            users[n] = flow.source().index();
            users[n + 1] = flow.sink().index();
            processorCounts[d] = n + 2;
        }
    }

    private static int[] append(int[] list, int at, int value) {
        if (list == null || at == list.length) {
            list = Arrays.copyOf(list == null ? NONE : list, Math.max(4, at * 2));
        }
        list[at] = value;
        return list;
    }

    /** Stores {@code carriedBy} and {@code processedBy} on each data item some flow carries. */
    void store() {
        // ranked separately: a list holds flows only or their ends only, never both
        int[] flowRank = ranks(carriers, carrierCounts);
        int[] endRank = ranks(processors, processorCounts);
        long[] keys = new long[0];
        for (int d = 0; d < carriers.length; d++) {
            if (carriers[d] == null) {
                continue;
            }
            keys = sized(keys, processorCounts[d]);
            setComputed(data.get(d), "carriedBy", sorted(carriers[d], carrierCounts[d], flowRank, keys));
            setComputed(data.get(d), "processedBy", sorted(processors[d], processorCounts[d], endRank, keys));
        }
    }

    private static long[] sized(long[] keys, int size) {
        return keys.length >= size ? keys : new long[Math.max(size, keys.length * 2)];
    }

    /**
     * The elements of these indexes in name order, those of one name in the given order, each element once (its
     * first place in the given order): by {@code rank} when given, else by comparing names.
     */
    private List<Element> sorted(int[] indexes, int count, int[] rank, long[] keys) {
        if (rank == null) {
            return sortedByName(indexes, count);
        }
        for (int i = 0; i < count; i++) {
            keys[i] = (long) rank[indexes[i]] << 32 | i; // rank, then place: a stable sort by rank
        }
        Arrays.sort(keys, 0, count);
        List<Element> sorted = new ArrayList<>(count);
        int runStart = 0; // where the elements of the current rank begin in sorted
        int runRank = -1;
        for (int i = 0; i < count; i++) {
            int r = (int) (keys[i] >>> 32);
            Element e = elements.get(indexes[(int) keys[i]]);
            if (r != runRank) {
                runRank = r;
                runStart = sorted.size();
            } else if (metSince(sorted, runStart, e)) {
                continue; // met before, among the few of its name
            }
            sorted.add(e);
        }
        return sorted;
    }

    /** {@link #sorted} without ranks: a stable sort by name, then each element at its first place. */
    private List<Element> sortedByName(int[] indexes, int count) {
        Element[] all = new Element[count];
        for (int i = 0; i < count; i++) {
            all[i] = elements.get(indexes[i]);
        }
        Arrays.sort(all, BY_NAME);
        List<Element> sorted = new ArrayList<>(count);
        int runStart = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || !all[i].name().equals(all[i - 1].name())) {
                runStart = sorted.size();
            } else if (metSince(sorted, runStart, all[i])) {
                continue;
            }
            sorted.add(all[i]);
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

    /** By name, compared directly. */
    private static final Comparator<Element> BY_NAME = (a, b) -> a.name().compareTo(b.name());

    /**
     * The rank of each element in these lists among their names (equal names, equal ranks), by element index; null
     * when sorting their names once would cost more than sorting each list by name (few short lists in a large model).
     */
    private int[] ranks(int[][] lists, int[] counts) {
        boolean[] met = new boolean[elements.size()];
        int distinct = 0;
        double listComparisons = 0;
        for (int d = 0; d < lists.length; d++) {
            if (lists[d] != null) {
                listComparisons += comparisons(counts[d]);
                distinct += mark(met, lists[d], counts[d]);
            }
        }
        // A comparison in that one sort reads a name beside its index, one in a list's sort reads two elements first:
        // the lists' sorts cost about twice as much each.
        if (comparisons(distinct) >= 2 * listComparisons) {
            return null;
        }
        NameAt[] names = new NameAt[distinct];
        int n = 0;
        for (int e = 0; e < met.length; e++) {
            if (met[e]) {
                names[n++] = new NameAt(elements.get(e).name(), e);
            }
        }
        Arrays.sort(names);
        int[] rank = new int[elements.size()];
        int r = 0;
        for (int i = 0; i < names.length; i++) {
            if (i > 0 && !names[i].name().equals(names[i - 1].name())) {
                r++;
            }
            rank[names[i].index()] = r;
        }
        return rank;
    }

    /** A name beside its element's index: the sort reads the name without reading the element. */
    private record NameAt(String name, int index) implements Comparable<NameAt> {
        @Override
        public int compareTo(NameAt other) {
            return name.compareTo(other.name);
        }
    }

    private static int mark(boolean[] met, int[] indexes, int count) {
        int added = 0;
        for (int i = 0; i < count; i++) {
            if (!met[indexes[i]]) {
                met[indexes[i]] = true;
                added++;
            }
        }
        return added;
    }

    /** About how many comparisons sorting n values takes. */
    private static double comparisons(int n) {
        return n < 2 ? 0 : n * (Math.log(n) / Math.log(2));
    }
}
