package dev.tmj.dfd;

import dev.tmj.dfd.DfdGraph.Cluster;
import dev.tmj.dfd.DfdGraph.Edge;
import dev.tmj.dfd.DfdGraph.Item;
import dev.tmj.dfd.DfdGraph.Node;
import dev.tmj.model.Element;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link DfdGraph} as a PlantUML description diagram laid out by Smetana, PlantUML's pure-Java port
 * of Graphviz's {@code dot}. PlantUML's {@code @startdot} would need the {@code dot} binary, so the fallback
 * draws the same graph in PlantUML's own language: boundaries as dashed rectangles holding their elements,
 * shapes close to pytm's (ellipses for processes and servers, a bold one for a set of processes, databases
 * for datastores, a card for a Lambda, a 3D box for an LLM or agent, rectangles for the rest), the same
 * colours, labels and node links (edges carry no link). Every character of a name that is not a letter,
 * a digit or a space is written as an {@code &#N;} entity, so that PlantUML's markup ({@code **}, {@code __},
 * {@code <b>}, {@code $x}, {@code %f()}) cannot be formed by a name.
 */
final class SmetanaEmitter {
    /** Graphviz's colours as RGB (PlantUML knows neither firebrick3 nor grey69). */
    private static final Map<String, String> COLOURS = Map.of(
            "firebrick2", "EE2C2C",
            "firebrick3", "CD2626",
            "grey69", "B0B0B0",
            "gold", "FFD700",
            "darkgreen", "006400",
            "black", "000000");

    private final DfdGraph graph;
    private final boolean colormap;
    private final boolean linked;
    private final StringBuilder out = new StringBuilder();

    private SmetanaEmitter(DfdGraph graph) {
        this.graph = graph;
        this.colormap = graph.options().colormap();
        this.linked = graph.options().linked();
    }

    static String write(DfdGraph graph) {
        SmetanaEmitter emitter = new SmetanaEmitter(graph);
        emitter.out.append("@startuml\n")
                .append("!pragma layout smetana\n")
                .append("skinparam defaultFontName Arial\n")
                .append("skinparam shadowing false\n")
                .append("skinparam backgroundColor #FFFFFF\n")
                .append("hide stereotype\n");
        emitter.items(graph.items(), 0);
        return emitter.out.append("@enduml\n").toString();
    }

    private void items(List<Item> items, int depth) {
        for (Item item : items) {
            if (item instanceof Node node) {
                node(node, depth);
            } else if (item instanceof Edge edge) {
                edge(edge, depth);
            } else {
                cluster((Cluster) item, depth);
            }
        }
    }

    private void cluster(Cluster cluster, int depth) {
        Element b = cluster.boundary();
        String line = graph.mark(b).map(SmetanaEmitter::colour)
                .orElse(colour(!b.inScope() ? Style.OUT_OF_SCOPE : colormap ? "black" : Style.BOUNDARY));
        String text = colour(b.inScope() ? "black" : Style.OUT_OF_SCOPE);
        indent(depth).append("rectangle \"<i>").append(text(cluster.lines())).append("</i>\" as c_")
                .append(cluster.index()).append(link(cluster.index())).append(" #line.dashed;line:").append(line)
                .append(";text:").append(text).append(" {\n");
        items(cluster.children(), depth + 1);
        indent(depth).append("}\n");
    }

    private void node(Node node, int depth) {
        Element e = node.element();
        java.util.Optional<DfdMark> mark = graph.mark(e);
        Style.Colour colour = mark.map(m -> new Style.Colour(colour(m), null)).orElse(Style.of(e, colormap));
        StringBuilder style = new StringBuilder(" #");
        if (colour.fill() != null) {
            style.append(colour.fill().substring(1).toUpperCase(java.util.Locale.ROOT)).append(';');
        }
        if (!e.inScope() || mark.isPresent() && mark.get().dashed()) {
            style.append("line.dashed;");
        } else if (e.type() == dev.tmj.model.ElementType.SET_OF_PROCESSES) {
            style.append("line.bold;");
        }
        style.append("line:").append(colour(colour.line())).append(";text:")
                .append(colour(e.inScope() ? "black" : Style.OUT_OF_SCOPE));
        indent(depth).append(keyword(e)).append(" \"").append(text(node.lines())).append("\" as n_")
                .append(node.index()).append(link(node.index())).append(style).append('\n');
    }

    private void edge(Edge edge, int depth) {
        Element flow = edge.flow();
        java.util.Optional<DfdMark> mark = graph.mark(flow);
        String line = mark.map(SmetanaEmitter::colour).orElse(colour(Style.of(flow, colormap).line()));
        boolean dashed = !flow.inScope() || mark.isPresent() && mark.get().dashed();
        String arrow = "-[#" + line + (dashed ? ",dashed" : "") + "]->";
        // A flow to a boundary points at the boundary's rectangle (c_N).
        indent(depth).append(flow.source().isBoundary() ? "c_" : "n_").append(index(edge.source())).append(' ')
                .append(edge.merged() ? "<" + arrow : arrow).append(flow.sink().isBoundary() ? " c_" : " n_")
                .append(index(edge.sink()));
        if (!edge.lines().isEmpty()) {
            out.append(" : ").append(text(edge.lines()));
        }
        out.append('\n');
    }

    /** The element index at the end of a node id ({@code server_Web_4} is 4). */
    private static String index(String nodeId) {
        return nodeId.substring(nodeId.lastIndexOf('_') + 1);
    }

    private static String keyword(Element e) {
        return switch (e.type()) {
            case SERVER, PROCESS, SET_OF_PROCESSES -> "usecase";
            case LLM, AGENT -> "node"; // PlantUML draws no outline for its hexagon under Smetana
            case LAMBDA -> "card";
            case DATASTORE -> "database";
            default -> "rectangle";
        };
    }

    private String link(int index) {
        return linked ? " [[#" + DfdDiagram.anchor(index) + "]]" : "";
    }

    private static String colour(String name) {
        return COLOURS.getOrDefault(name, name);
    }

    /** A mark's {@code #RRGGBB} as PlantUML's {@code RRGGBB}; the legend is DOT's alone. */
    private static String colour(DfdMark mark) {
        return mark.colour().substring(1).toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The lines joined by PlantUML's {@code \n}, every character but letters, digits and spaces as an entity; no
     * text at all (a name of only whitespace) is a no-break space, since PlantUML rejects an empty label.
     */
    static String text(List<String> lines) {
        if (lines.stream().allMatch(String::isEmpty) && lines.size() <= 1) {
            return "&#160;";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                text.append("\\n");
            }
            lines.get(i).codePoints().forEach(c -> {
                if (c == ' ' || Character.isLetterOrDigit(c)) {
                    text.appendCodePoint(c);
                } else {
                    text.append("&#").append(c).append(';');
                }
            });
        }
        return text.toString();
    }

    private StringBuilder indent(int depth) {
        return out.append("  ".repeat(depth));
    }
}
