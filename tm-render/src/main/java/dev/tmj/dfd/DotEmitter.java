package dev.tmj.dfd;

import dev.tmj.dfd.DfdGraph.Cluster;
import dev.tmj.dfd.DfdGraph.Edge;
import dev.tmj.dfd.DfdGraph.Item;
import dev.tmj.dfd.DfdGraph.Node;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Writes a {@link DfdGraph} as pytm's DOT text: pytm's templates, indentation and blank lines. */
final class DotEmitter {
    private static final String HEADER = """
            digraph tm {
                graph [
                    fontname = Arial;
                    fontsize = 14;
                ]
                node [
                    fontname = Arial;
                    fontsize = 14;
                    rankdir = lr;
                ]
                edge [
                    shape = none;
                    arrowtail = onormal;
                    fontname = Arial;
                    fontsize = 12;
                ]
                labelloc = "t";
                fontsize = 20;
                nodesep = 1;

            """;

    /**
     * Indentation grows with nesting as in pytm up to this many levels, and no further: pytm's indentation made
     * the text of n nested boundaries grow with n squared (1,000 levels gave 18 MB); DOT ignores it.
     */
    static final int MAX_INDENT = 32;

    /** The line width of marked elements: pytm's are 1. */
    private static final String MARKED_PEN = "2";

    private final DfdGraph graph;
    private final boolean colormap;
    private final boolean linked;
    private final StringBuilder out = new StringBuilder(4096);
    /** The elements whose label is cut, so that they carry a tooltip even when not linked. */
    private final BitSet titled;

    private DotEmitter(DfdGraph graph, BitSet titled) {
        this.graph = graph;
        this.colormap = graph.options().colormap();
        this.linked = graph.options().linked();
        this.titled = titled;
    }

    /**
     * The DOT text; {@code titled} gets the index of each element whose label is cut, which has a tooltip whether
     * linked or not (what {@link SvgLinks} needs to know to take the links out of the SVG of a linked diagram).
     */
    static String write(DfdGraph graph, BitSet titled) {
        DotEmitter emitter = new DotEmitter(graph, titled);
        // A flow to a boundary ends at the boundary's box, which needs Graphviz's compound edges.
        emitter.out.append(graph.hasFlowEnds()
                ? HEADER.replace("    nodesep = 1;\n", "    nodesep = 1;\n    compound = true;\n") : HEADER);
        emitter.items(graph.items());
        emitter.legend(graph.legend());
        return emitter.out.append("\n}\n").toString();
    }

    /**
     * Writes the items as pytm lays them out: each item's text, items separated by a blank line, a cluster's
     * items inside its braces, every line that is not blank indented by four spaces per level. Iterative (a stack
     * of open clusters), so that any depth of nesting writes in time linear in the text.
     */
    private void items(List<Item> top) {
        Deque<Open> open = new ArrayDeque<>();
        open.push(new Open(null, top, 1));
        while (!open.isEmpty()) {
            Open level = open.peek();
            if (level.next == level.items.size()) {
                open.pop();
                if (level.cluster != null) {
                    indented("\n}\n", level.depth - 1);
                }
                continue;
            }
            if (level.next > 0) {
                out.append('\n');
            }
            Item item = level.items.get(level.next++);
            if (item instanceof Node node) {
                indented(node(node), level.depth);
            } else if (item instanceof Edge edge) {
                indented(edge(edge), level.depth);
            } else {
                Cluster cluster = (Cluster) item;
                indented(clusterHead(cluster), level.depth);
                open.push(new Open(cluster, cluster.children(), level.depth + 1));
            }
        }
    }

    /** A list of items being written, at a depth of indentation. */
    private static final class Open {
        final Cluster cluster;
        final List<Item> items;
        final int depth;
        int next;

        Open(Cluster cluster, List<Item> items, int depth) {
            this.cluster = cluster;
            this.items = items;
            this.depth = depth;
        }
    }

    /** The cluster's text up to its items: {@code subgraph}, its attributes, the point a flow to it ends at. */
    private String clusterHead(Cluster cluster) {
        Element b = cluster.boundary();
        Optional<DfdMark> mark = graph.mark(b);
        String colour = mark.map(m -> quotedColour(m)).orElse(
                !b.inScope() ? Style.OUT_OF_SCOPE : colormap ? "black" : Style.BOUNDARY);
        StringBuilder head = new StringBuilder("subgraph ").append(cluster.id()).append(" {\n");
        head.append("    graph [\n");
        attribute(head, 2, "fontsize", "10");
        attribute(head, 2, "fontcolor", mark.isPresent() ? colour : b.inScope() ? "black" : Style.OUT_OF_SCOPE);
        attribute(head, 2, "style", "dashed");
        attribute(head, 2, "color", colour);
        if (mark.isPresent()) {
            attribute(head, 2, "penwidth", MARKED_PEN);
        }
        attribute(head, 2, "label", "<<i>" + Escaping.html(cluster.lines()) + "</i>>");
        link(head, 2, cluster.index(), b.name(), DfdGraph.isTooLong(b.name()));
        head.append("    ]\n\n");
        if (graph.isFlowEnd(b)) {
            // The invisible point that a flow to this boundary is drawn to, clipped at the box (lhead/ltail).
            head.append("    ").append(cluster.id().substring("cluster_".length()))
                    .append(" [shape = point; style = invis; width = 0; height = 0; label = \"\"]\n\n");
        }
        return head.toString();
    }

    private String node(Node node) {
        Element e = node.element();
        Optional<DfdMark> mark = graph.mark(e);
        Style.Colour colour = mark.map(m -> new Style.Colour(quotedColour(m), null)).orElse(Style.of(e, colormap));
        List<String> styles = Style.nodeStyles(e, colour);
        if (mark.isPresent() && mark.get().dashed() && !styles.contains("dashed")) {
            styles.add("dashed");
        }
        StringBuilder out = new StringBuilder(node.id()).append(" [\n");
        attribute(out, 1, "shape", Style.shape(e.type()));
        if (!styles.isEmpty()) {
            attribute(out, 1, "style", styles.size() == 1 ? styles.get(0) : "\"" + String.join(",", styles) + "\"");
        }
        attribute(out, 1, "color", colour.line());
        if (colour.fill() != null) {
            attribute(out, 1, "fillcolor", "\"" + colour.fill() + "\"");
        }
        attribute(out, 1, "fontcolor", mark.isPresent() ? colour.line() : e.inScope() ? "black" : Style.OUT_OF_SCOPE);
        if (mark.isPresent()) {
            attribute(out, 1, "penwidth", MARKED_PEN);
        }
        if (e.type() == ElementType.LAMBDA) {
            out.append("    label = <\n")
                    .append("        <table border=\"0\" cellborder=\"0\" cellpadding=\"2\">\n")
                    .append("            <tr><td><b>").append(Escaping.html(node.lines())).append("</b></td></tr>\n")
                    .append("        </table>\n")
                    .append("    >;\n");
        } else {
            attribute(out, 1, "label", Escaping.quoted(node.lines()));
            attribute(out, 1, "margin", "0.02");
        }
        link(out, 1, node.index(), e.name(), DfdGraph.isTooLong(e.name()));
        return out.append("]\n").toString();
    }

    private String edge(Edge edge) {
        Element flow = edge.flow();
        Optional<DfdMark> mark = graph.mark(flow);
        Style.Colour colour = mark.map(m -> new Style.Colour(quotedColour(m), null)).orElse(Style.of(flow, colormap));
        StringBuilder out = new StringBuilder(edge.source()).append(" -> ").append(edge.sink()).append(" [\n");
        attribute(out, 1, "color", colour.line());
        attribute(out, 1, "fontcolor", colour.line());
        if (!flow.inScope() || mark.isPresent() && mark.get().dashed()) {
            attribute(out, 1, "style", "dashed");
        }
        if (mark.isPresent()) {
            attribute(out, 1, "penwidth", MARKED_PEN);
        }
        attribute(out, 1, "dir", edge.merged() ? "both" : "forward");
        if (flow.source().isBoundary()) {
            attribute(out, 1, "ltail", "cluster_" + edge.source());
        }
        if (flow.sink().isBoundary()) {
            attribute(out, 1, "lhead", "cluster_" + edge.sink());
        }
        attribute(out, 1, "label", Escaping.quoted(edge.lines()));
        String tooltip = flow.source().name() + " -> " + flow.sink().name() + ": " + DfdGraph.displayName(flow);
        boolean cut = DfdGraph.isTooLong(DfdGraph.displayName(flow));
        if (edge.merged()) {
            tooltip += " / " + DfdGraph.displayName(edge.response());
            cut |= DfdGraph.isTooLong(DfdGraph.displayName(edge.response()));
        }
        link(out, 1, edge.index(), tooltip, cut);
        return out.append("]\n").toString();
    }

    /** A mark's colour as a DOT string ({@code "#1a7f37"}); the record allows nothing but {@code #RRGGBB}. */
    private static String quotedColour(DfdMark mark) {
        return "\"" + mark.colour() + "\"";
    }

    /**
     * The legend of the marks, a cluster of boxes below the diagram's own items, each in its mark's colour and
     * style; nothing when there are no marks to explain.
     */
    private void legend(List<DfdMark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        StringBuilder legend = new StringBuilder("subgraph cluster_tmj_legend {\n");
        legend.append("    graph [\n");
        attribute(legend, 2, "fontsize", "10");
        attribute(legend, 2, "style", "solid");
        attribute(legend, 2, "color", Style.OUT_OF_SCOPE);
        attribute(legend, 2, "label", Escaping.quoted(List.of("Legend")));
        legend.append("    ]\n");
        for (int i = 0; i < marks.size(); i++) {
            DfdMark mark = marks.get(i);
            legend.append("\n    tmj_legend_").append(i).append(" [\n");
            attribute(legend, 2, "shape", "box");
            attribute(legend, 2, "style", mark.dashed() ? "dashed" : "solid");
            attribute(legend, 2, "color", quotedColour(mark));
            attribute(legend, 2, "fontcolor", quotedColour(mark));
            attribute(legend, 2, "penwidth", MARKED_PEN);
            attribute(legend, 2, "label", Escaping.quoted(List.of(mark.label())));
            legend.append("    ]\n");
        }
        if (marks.size() > 1) {
            // Left to right in the given order: one rank, held in order by invisible edges.
            StringBuilder rank = new StringBuilder("\n    {rank = same;");
            StringBuilder chain = new StringBuilder("\n    ");
            for (int i = 0; i < marks.size(); i++) {
                rank.append(" tmj_legend_").append(i).append(';');
                chain.append(i == 0 ? "" : " -> ").append("tmj_legend_").append(i);
            }
            legend.append(rank).append("}\n").append(chain).append(" [style = invis]\n");
        }
        legend.append("}\n");
        out.append('\n');
        indented(legend.toString(), 1);
    }

    /** The link of a linked diagram, and the tooltip, which also shows in full a name that the label cut. */
    private void link(StringBuilder out, int depth, int index, String tooltip, boolean labelCut) {
        if (linked) {
            attribute(out, depth, "URL", "\"#" + DfdDiagram.anchor(index) + "\"");
        }
        if (labelCut) {
            titled.set(index);
        }
        if (linked || labelCut) {
            attribute(out, depth, "tooltip", Escaping.quoted(tooltip));
        }
    }

    private static void attribute(StringBuilder out, int depth, String name, String value) {
        out.append("    ".repeat(depth)).append(name).append(" = ").append(value).append(";\n");
    }

    /**
     * Appends the text, Python's {@code textwrap.indent} applied {@code depth} times (at most {@link #MAX_INDENT}):
     * every line that is not blank gets four spaces per level.
     */
    private void indented(String text, int depth) {
        String prefix = "    ".repeat(Math.min(depth, MAX_INDENT));
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            if (!text.substring(start, end).isBlank()) {
                out.append(prefix);
            }
            out.append(text, start, end);
            start = end;
        }
    }
}
