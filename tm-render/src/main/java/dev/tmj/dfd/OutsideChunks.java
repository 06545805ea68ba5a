package dev.tmj.dfd;

import dev.tmj.model.Element;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The nodes outside every boundary, cut into parts of at most a number of nodes when there are more, so that each
 * part can be laid out ({@link DfdPart}). Nodes that flows connect stay together where they fit: the connected
 * groups, in the model order of their first node, are packed into parts in turn; a group larger than a part is
 * cut into pieces in model order (the flows between pieces are drawn in neither, as between any two parts). The
 * same nodes and flows give the same parts.
 */
final class OutsideChunks {
    private OutsideChunks() {
    }

    /**
     * The parts, each in model order.
     *
     * @param nodes the nodes outside every boundary, in model order
     * @param flows the drawn flows (those with an end elsewhere are ignored)
     * @param max the most nodes in a part (at least 1 is used)
     */
    static List<List<Element>> of(List<Element> nodes, Set<Element> flows, int max) {
        int limit = Math.max(1, max);
        if (nodes.size() <= limit) {
            return List.of(nodes);
        }
        Map<Element, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            position.put(nodes.get(i), i);
        }
        int[] parent = new int[nodes.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Element flow : flows) {
            Integer a = position.get(flow.source());
            Integer b = position.get(flow.sink());
            if (a != null && b != null) {
                int ra = root(parent, a);
                int rb = root(parent, b);
                // the group is named by its first node, so groups come in the order of their first nodes
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
        Map<Integer, List<Element>> groups = new TreeMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(nodes.get(i));
        }
        List<List<Element>> chunks = new ArrayList<>();
        List<Element> current = new ArrayList<>();
        for (List<Element> group : groups.values()) {
            if (current.size() + group.size() > limit && !current.isEmpty()) {
                chunks.add(current);
                current = new ArrayList<>();
            }
            for (Element node : group) {
                if (current.size() == limit) {
                    chunks.add(current);
                    current = new ArrayList<>();
                }
                current.add(node);
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        for (List<Element> chunk : chunks) {
            chunk.sort(Comparator.comparingInt(position::get));
        }
        return chunks;
    }

    /** The group's first node, shortening the path on the way (path halving). */
    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
