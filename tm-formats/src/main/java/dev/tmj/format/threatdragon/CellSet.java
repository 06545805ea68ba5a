package dev.tmj.format.threatdragon;

import dev.tmj.format.tree.LocatedNode;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of one diagram, read in tmj's order: boundaries, then actors, processes and stores, then flows. A trust
 * boundary box holds the cells whose centre lies inside it (the smallest such box: boxes nest), as Threat Dragon
 * draws it; a curve holds nothing (it separates cells, and which side is "inside" is not recorded).
 */
final class CellSet {
    /** A cell's rectangle. */
    record Box(double x, double y, double width, double height) {
        boolean containsCentreOf(Box other) {
            double cx = other.x + other.width / 2;
            double cy = other.y + other.height / 2;
            return cx >= x && cx <= x + width && cy >= y && cy <= y + height;
        }

        boolean encloses(Box other) {
            return other.x >= x && other.y >= y && other.x + other.width <= x + width
                    && other.y + other.height <= y + height && area() > other.area();
        }

        double area() {
            return width * height;
        }
    }

    private final TreeValues nodes;
    private final Notes notes;
    private final Carried carried;
    private final List<LocatedNode> boundaries = new ArrayList<>();
    private final List<LocatedNode> shapes = new ArrayList<>();
    private final List<LocatedNode> flows = new ArrayList<>();
    private final Map<LocatedNode, Element> elements = new IdentityHashMap<>();
    private final Map<Element, Box> boxes = new IdentityHashMap<>();
    private final List<Element> trustBoxes = new ArrayList<>();

    CellSet(TreeValues nodes, Notes notes, Carried carried, LocatedNode diagram) {
        this.nodes = nodes;
        this.notes = notes;
        this.carried = carried;
        LocatedNode cells = nodes.required(diagram, "cells", LocatedNode.Kind.ARRAY);
        for (LocatedNode cell : cells.items()) {
            nodes.expect(cell, LocatedNode.Kind.OBJECT, "a cell (an object)");
            String shape = nodes.string(nodes.required(cell, "shape", LocatedNode.Kind.STRING));
            switch (shape) {
                case Vocabulary.BOX, Vocabulary.CURVE -> boundaries.add(cell);
                case Vocabulary.ACTOR, Vocabulary.PROCESS, Vocabulary.STORE -> shapes.add(cell);
                case Vocabulary.FLOW -> flows.add(cell);
                case Vocabulary.TEXT -> notes.add(cell, "a text block is not kept: tmj models have no free text"
                        + " on the diagram (put it in the model's or an element's description)");
                default -> notes.add(cell, "a cell of shape \"" + shape + "\" is not kept: tmj reads actors,"
                        + " processes, stores, flows and trust boundaries");
            }
        }
    }

    void addBoundaries(Model model, Map<String, Element> byCellId) {
        for (LocatedNode cell : boundaries) {
            boolean box = Vocabulary.BOX.equals(cell.get("shape").text());
            Element boundary = model.add(ElementType.BOUNDARY, CellProperties.name(nodes, notes, cell));
            register(cell, boundary, byCellId);
            CellProperties.apply(nodes, notes, carried, cell, boundary);
            if (box) {
                boxes.put(boundary, box(cell));
                trustBoxes.add(boundary);
            } else {
                notes.add(cell, "the trust boundary curve is kept as a boundary without elements: tmj boundaries"
                        + " contain elements, and a curve does not say which side is inside");
            }
        }
    }

    void addNodes(Model model, Map<String, Element> byCellId) {
        for (LocatedNode cell : shapes) {
            ElementType type = CellProperties.type(nodes, cell);
            Element element = model.add(type, CellProperties.name(nodes, notes, cell));
            register(cell, element, byCellId);
            boxes.put(element, box(cell));
            CellProperties.apply(nodes, notes, carried, cell, element);
        }
    }

    /** Each element and box inside the smallest box that holds it. */
    void placeInBoxes() {
        for (Map.Entry<Element, Box> entry : boxes.entrySet()) {
            Element element = entry.getKey();
            Box own = entry.getValue();
            Element holder = null;
            for (Element candidate : trustBoxes) {
                Box box = boxes.get(candidate);
                boolean inside = element.isBoundary() ? box.encloses(own) : box.containsCentreOf(own);
                if (candidate != element && inside && (holder == null || box.area() < boxes.get(holder).area())) {
                    holder = candidate;
                }
            }
            if (holder != null) {
                element.set("inBoundary", holder);
            }
        }
    }

    void addFlows(Model model, Map<String, Element> byCellId) {
        for (LocatedNode cell : flows) {
            Element source = end(cell, "source", byCellId);
            Element sink = end(cell, "target", byCellId);
            if (source == null || sink == null) {
                continue;
            }
            if (source == sink) {
                notes.add(cell, "a flow from a cell to itself is not kept: tmj's model check refuses such flows");
                continue;
            }
            Element flow = model.dataflow(source, sink, CellProperties.name(nodes, notes, cell));
            register(cell, flow, byCellId);
            CellProperties.apply(nodes, notes, carried, cell, flow);
        }
    }

    void addThreats() {
        elements.forEach((cell, element) -> Threats.apply(nodes, notes, cell, element));
    }

    private Element end(LocatedNode cell, String key, Map<String, Element> byCellId) {
        LocatedNode end = cell.get(key);
        LocatedNode id = end == null || !end.is(LocatedNode.Kind.OBJECT) ? null : end.get("cell");
        if (id == null) {
            notes.add(cell, "a flow whose " + key + " is not attached to a cell is not kept, nor its threats:"
                    + " a tmj dataflow connects two elements");
            return null;
        }
        Element element = byCellId.get(nodes.string(id));
        if (element == null) {
            notes.add(id, "a flow whose " + key + " is a cell tmj did not keep (or no cell) is not kept, nor its"
                    + " threats");
        }
        return element;
    }

    private void register(LocatedNode cell, Element element, Map<String, Element> byCellId) {
        element.locatedAt(nodes.location(cell));
        elements.put(cell, element);
        LocatedNode id = cell.get("id");
        if (id != null) {
            String text = nodes.string(id);
            if (byCellId.putIfAbsent(text, element) != null) {
                throw nodes.error(id, "expected a cell id used once, got \"" + text + "\" a second time");
            }
        }
    }

    private Box box(LocatedNode cell) {
        LocatedNode position = nodes.required(cell, "position", LocatedNode.Kind.OBJECT);
        LocatedNode size = nodes.required(cell, "size", LocatedNode.Kind.OBJECT);
        return new Box(nodes.number(position, "x"), nodes.number(position, "y"), nodes.number(size, "width"),
                nodes.number(size, "height"));
    }
}
