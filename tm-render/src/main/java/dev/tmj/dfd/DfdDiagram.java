package dev.tmj.dfd;

/**
 * A drawn data-flow diagram: its DOT text and what it holds. Render it with {@link DiagramImages}.
 */
public final class DfdDiagram {
    private final DfdGraph graph;
    private final String dot;

    DfdDiagram(DfdGraph graph) {
        this.graph = graph;
        this.dot = DotEmitter.write(graph);
    }

    /** The Graphviz DOT text, in pytm's {@code --dfd} layout. */
    public String dot() {
        return dot;
    }

    /** The number of element nodes drawn (boundaries and flows not counted). */
    public int nodeCount() {
        return graph.nodeCount();
    }

    /** The number of edges drawn (a merged request and response count once). */
    public int edgeCount() {
        return graph.edgeCount();
    }

    /** The number of boundary clusters drawn. */
    public int clusterCount() {
        return graph.clusterCount();
    }

    /** The options it was drawn with. */
    public DfdOptions options() {
        return graph.options();
    }

    DfdGraph graph() {
        return graph;
    }

    @Override
    public String toString() {
        return dot;
    }
}
