package dev.tmj.dfd;

import dev.tmj.dfd.DfdGraph.Cluster;
import dev.tmj.dfd.DfdGraph.Edge;
import dev.tmj.dfd.DfdGraph.Item;
import dev.tmj.dfd.DfdGraph.Node;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import java.util.ArrayList;
import java.util.List;

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

    private final DfdGraph graph;
    private final boolean colormap;
    private final boolean linked;

    private DotEmitter(DfdGraph graph) {
        this.graph = graph;
        this.colormap = graph.options().colormap();
        this.linked = graph.options().linked();
    }

    static String write(DfdGraph graph) {
        DotEmitter emitter = new DotEmitter(graph);
        // A flow to a boundary ends at the boundary's box, which needs Graphviz's compound edges.
        String header = graph.hasFlowEnds() ? HEADER.replace("    nodesep = 1;\n", "    nodesep = 1;\n    compound = true;\n")
                : HEADER;
        return header + indent(emitter.all(graph.items())) + "\n}\n";
    }

    private String all(List<Item> items) {
        List<String> texts = new ArrayList<>();
        for (Item item : items) {
            if (item instanceof Node node) {
                texts.add(node(node));
            } else if (item instanceof Edge edge) {
                texts.add(edge(edge));
            } else {
                texts.add(cluster((Cluster) item));
            }
        }
        return String.join("\n", texts);
    }

    private String cluster(Cluster cluster) {
        Element b = cluster.boundary();
        String colour = !b.inScope() ? Style.OUT_OF_SCOPE : colormap ? "black" : Style.BOUNDARY;
        StringBuilder out = new StringBuilder("subgraph ").append(cluster.id()).append(" {\n");
        out.append("    graph [\n");
        attribute(out, 2, "fontsize", "10");
        attribute(out, 2, "fontcolor", b.inScope() ? "black" : Style.OUT_OF_SCOPE);
        attribute(out, 2, "style", "dashed");
        attribute(out, 2, "color", colour);
        attribute(out, 2, "label", "<<i>" + Escaping.html(cluster.lines()) + "</i>>");
        link(out, 2, cluster.index(), b.name());
        out.append("    ]\n\n");
        if (graph.isFlowEnd(b)) {
            // The invisible point that a flow to this boundary is drawn to, clipped at the box (lhead/ltail).
            out.append("    ").append(cluster.id().substring("cluster_".length()))
                    .append(" [shape = point; style = invis; width = 0; height = 0; label = \"\"]\n\n");
        }
        out.append(indent(all(cluster.children())));
        return out.append("\n}\n").toString();
    }

    private String node(Node node) {
        Element e = node.element();
        Style.Colour colour = Style.of(e, colormap);
        List<String> styles = Style.nodeStyles(e, colour);
        StringBuilder out = new StringBuilder(node.id()).append(" [\n");
        attribute(out, 1, "shape", Style.shape(e.type()));
        if (!styles.isEmpty()) {
            attribute(out, 1, "style", styles.size() == 1 ? styles.get(0) : "\"" + String.join(",", styles) + "\"");
        }
        attribute(out, 1, "color", colour.line());
        if (colour.fill() != null) {
            attribute(out, 1, "fillcolor", "\"" + colour.fill() + "\"");
        }
        attribute(out, 1, "fontcolor", e.inScope() ? "black" : Style.OUT_OF_SCOPE);
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
        link(out, 1, node.index(), e.name());
        return out.append("]\n").toString();
    }

    private String edge(Edge edge) {
        Element flow = edge.flow();
        Style.Colour colour = Style.of(flow, colormap);
        StringBuilder out = new StringBuilder(edge.source()).append(" -> ").append(edge.sink()).append(" [\n");
        attribute(out, 1, "color", colour.line());
        attribute(out, 1, "fontcolor", colour.line());
        if (!flow.inScope()) {
            attribute(out, 1, "style", "dashed");
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
        if (edge.merged()) {
            tooltip += " / " + DfdGraph.displayName(edge.response());
        }
        link(out, 1, edge.index(), tooltip);
        return out.append("]\n").toString();
    }

    private void link(StringBuilder out, int depth, int index, String tooltip) {
        if (linked) {
            attribute(out, depth, "URL", "\"#" + DfdDiagram.anchor(index) + "\"");
            attribute(out, depth, "tooltip", Escaping.quoted(tooltip));
        }
    }

    private static void attribute(StringBuilder out, int depth, String name, String value) {
        out.append("    ".repeat(depth)).append(name).append(" = ").append(value).append(";\n");
    }

    /** Python's {@code textwrap.indent(text, "    ")}: every line that is not blank gets four spaces. */
    static String indent(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                out.append("    ");
            }
            out.append(line);
            start = end;
        }
        return out.toString();
    }
}
