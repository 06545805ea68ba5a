package dev.tmj.format.threatdragon;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tmj.format.threatdragon.DiagramLayout.Box;
import dev.tmj.model.Element;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of an exported diagram: boundaries first (boxes around what they hold, outer ones first so that Threat
 * Dragon draws them below), then the nodes where the layout put them, then the flows.
 */
final class DiagramWriter {
    /** The space between a boundary's box and what it holds. */
    private static final double PADDING = 12;
    private static final Box UNPLACED = new Box(0, 0, 120, 60);

    private final Findings findings;
    private final Map<Element, Box> boxes = new IdentityHashMap<>();
    private final Map<Element, String> ids = new IdentityHashMap<>();
    private final List<Element> boundaries = new ArrayList<>();
    private final List<Element> nodes = new ArrayList<>();
    private final List<Element> flows = new ArrayList<>();
    /** Elements the layout did not place: drawn in a row below, their boundary carried in {@code data.tmj}. */
    private final java.util.Set<Element> unplaced = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private double rowX;
    private double rowY;

    DiagramWriter(Findings findings, Map<Element, Box> placed) {
        this.findings = findings;
        for (Element e : findings.checkedModel().elements()) {
            ids.put(e, ThreatDragonWriter.id("cell", findings.identities().identityOf(e)));
            (e.isBoundary() ? boundaries : e.isDataflow() ? flows : nodes).add(e);
        }
        for (Element flow : findings.checkedModel().dataflows()) {
            if (!flows.contains(flow)) {
                flows.add(flow);
                ids.put(flow, ThreatDragonWriter.id("cell", findings.identities().identityOf(flow)));
            }
        }
        double bottom = 0;
        for (Element node : nodes) {
            Box box = placed.get(node);
            if (box != null) {
                boxes.put(node, box);
                bottom = Math.max(bottom, box.y() + box.height());
            }
        }
        rowY = bottom + 4 * PADDING;
        for (Element node : nodes) {
            if (!boxes.containsKey(node)) {
                inRow(node);
            }
        }
        for (Element boundary : boundaries) {
            boxOf(boundary, placed);
        }
    }

    /** Puts an element the layout left out in the row below the diagram. */
    private Box inRow(Element e) {
        Box box = new Box(rowX, rowY, UNPLACED.width(), UNPLACED.height());
        rowX += UNPLACED.width() + 4 * PADDING;
        boxes.put(e, box);
        unplaced.add(e);
        return box;
    }

    /** Whether the element is drawn outside its boundary (the layout left it out), so the file says which it is. */
    boolean unplaced(Element e) {
        return unplaced.contains(e);
    }

    /** A boundary's box: around its nodes and inner boundaries, else where the layout drew it, else in the row. */
    private Box boxOf(Element boundary, Map<Element, Box> placed) {
        Box known = boxes.get(boundary);
        if (known != null) {
            return known;
        }
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        List<Box> inside = new ArrayList<>();
        for (Element node : nodes) {
            if (node.inBoundary().orElse(null) == boundary && !unplaced.contains(node)) {
                inside.add(boxes.get(node));
            }
        }
        for (Element inner : boundaries) {
            if (inner.inBoundary().orElse(null) == boundary) {
                Box innerBox = boxOf(inner, placed);
                if (!unplaced.contains(inner)) {
                    inside.add(innerBox);
                }
            }
        }
        Box own = placed.get(boundary);
        if (own != null) {
            inside.add(own);
        }
        if (inside.isEmpty()) {
            return inRow(boundary); // an empty boundary: Graphviz draws no cluster for it
        }
        for (Box b : inside) {
            left = Math.min(left, b.x());
            top = Math.min(top, b.y());
            right = Math.max(right, b.x() + b.width());
            bottom = Math.max(bottom, b.y() + b.height());
        }
        Box box = new Box(left - PADDING, top - PADDING, right - left + 2 * PADDING, bottom - top + 2 * PADDING);
        boxes.put(boundary, box);
        return box;
    }

    /** Writes every cell; returns the number of threats written. */
    int write(JsonGenerator g) throws IOException {
        int threats = 0;
        // In model order, so that reading the file back creates them in the same order; an outer box lower in
        // Threat Dragon's z order than the boxes inside it, so that they are drawn on top of it.
        int z = 0;
        for (Element boundary : boundaries) {
            z = Math.max(z, boundary.boundaryPath().size() + 1);
        }
        for (Element boundary : boundaries) {
            CellWriter.box(g, boundary, ids.get(boundary), boxes.get(boundary), boundary.boundaryPath().size() + 1);
            threats = CellWriter.data(g, boundary, Vocabulary.BOX, findings.of(boundary), threats, ids::get,
                    unplaced(boundary));
            g.writeEndObject();
        }
        for (Element node : nodes) {
            String shape = Vocabulary.shapeOf(node.type());
            CellWriter.node(g, node, shape, ids.get(node), boxes.get(node), ++z);
            threats = CellWriter.data(g, node, shape, findings.of(node), threats, ids::get, unplaced(node));
            g.writeEndObject();
        }
        for (Element flow : flows) {
            CellWriter.flow(g, flow, ids.get(flow), ids.get(flow.source()), ids.get(flow.sink()), ++z);
            threats = CellWriter.data(g, flow, Vocabulary.FLOW, findings.of(flow), threats, ids::get, false);
            g.writeEndObject();
        }
        return threats;
    }

    static boolean open(List<Finding> findings) {
        return findings.stream().anyMatch(f -> !f.status().isHandled());
    }
}
