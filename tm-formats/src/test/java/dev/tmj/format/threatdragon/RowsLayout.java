package dev.tmj.format.threatdragon;

import dev.tmj.model.Element;
import dev.tmj.resolve.CheckedModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A layout for tests that need no Graphviz: one row per boundary (the elements of a boundary and of the boundaries in
 * it on neighbouring rows, so a boundary's box holds only its own), rows far enough apart for nested boxes.
 */
final class RowsLayout implements DiagramLayout {
    @Override
    public Map<Element, Box> place(CheckedModel model) {
        List<Element> nodes = model.elements().stream().filter(e -> !e.isBoundary() && !e.isDataflow()).toList();
        Map<String, List<Element>> rows = nodes.stream().collect(Collectors.groupingBy(RowsLayout::path,
                java.util.TreeMap::new, Collectors.toList()));
        Map<Element, Box> boxes = new IdentityHashMap<>();
        double y = 0;
        for (List<Element> row : rows.values()) {
            double x = 0;
            for (Element e : row) {
                boxes.put(e, new Box(x, y, 120, 60));
                x += 200;
            }
            y += 200;
        }
        return boxes;
    }

    /** The boundaries around an element, outermost first: rows of one subtree sort together. */
    private static String path(Element e) {
        List<Element> path = new ArrayList<>(e.boundaryPath());
        java.util.Collections.reverse(path);
        return path.stream().map(b -> b.name() + "\u0000").collect(Collectors.joining());
    }

}
