package dev.tmj.dfd;

import dev.tmj.resolve.CheckedModel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * A drawn data-flow diagram: what it holds and its DOT text. {@link DfdRenderer} writes it as DOT, SVG or PNG;
 * this class is for looking at what a diagram holds, for instance of a model that was only checked.
 *
 * <p>What it draws, as pytm 1.4.0 draws it: the same document header; a dashed cluster per boundary, nested
 * boundaries inside their parent's cluster, drawn from the outermost level, by name within a level; nodes
 * shaped per element class (square, circle, doublecircle, hexagon, Lambda's rounded rectangle); an edge per
 * flow labelled {@code (order) name} when the model is ordered; every label wrapped at 18 columns; with
 * {@code mergeResponses} a request and its response as one {@code dir = both} edge carrying both labels;
 * pytm's level filter and colour map. Where tmj differs on purpose: node ids are
 * {@code <class>_<letters of the name>_<index>} (pytm's hashes of random UUIDs); datastores are cylinders (pytm
 * pointed at a PNG file in its install folder); every text is escaped; out-of-scope elements are grey and
 * dashed (as in pytm 1.3); hidden duplicate flows are not drawn; a flow is drawn only when both its ends are;
 * a flow whose end is a boundary is drawn into the boundary's box ({@code compound = true}, {@code lhead});
 * long boundary and Lambda names break lines with {@code <br/>} (pytm wrote a literal {@code \n} there); a name
 * longer than 200 code points is cut with an ellipsis in its label and shown whole in a tooltip, and ids keep at
 * most 64 of its letters (dot rejects a quoted string over 16,384 bytes); beyond 32 levels of nested boundaries
 * the text is indented no further.
 */
public final class DfdDiagram {
    private final DfdGraph graph;
    /**
     * The DOT text, written when first asked for: a diagram too large for {@code dot} fails as such without it
     * (at 50,000 flows the text of the whole diagram took as long as selecting what it draws).
     */
    private String dot;
    /** The part of a larger diagram this one is, or null for a whole diagram. */
    private final DfdPart part;
    /** The elements whose label is cut: they have a tooltip whether the diagram is linked or not. */
    private final BitSet titled = new BitSet();

    private DfdDiagram(DfdGraph graph, DfdPart part) {
        this.graph = graph;
        this.part = part;
    }

    /**
     * The diagram of a checked model. Severities come from resolution, so when the model was checked but not
     * resolved the colour map draws everything green.
     *
     * @throws UnknownDiagramElementException when the options name a boundary or element the model lacks
     */
    public static DfdDiagram of(CheckedModel checked, DfdOptions options) {
        return new DfdDiagram(DfdGraph.of(checked, options), null);
    }

    /**
     * Checks the options against the model without drawing: what {@link #of(CheckedModel, DfdOptions)} checks
     * first, for a caller that draws later (an output that must not start when the options are wrong). Selecting
     * is quick; laying out and writing the DOT text of a large model is not.
     *
     * @throws UnknownDiagramElementException when the options name a boundary or element the model lacks
     */
    public static void check(CheckedModel checked, DfdOptions options) {
        DfdGraph.selected(checked, options);
    }

    /**
     * The diagram the options select, drawn in parts that a reader can use when it is too large to lay out whole
     * (see {@link DfdPart}): one diagram per top-level boundary, with everything inside it, then one of the
     * elements outside every boundary (when there are any). Each part draws as the whole diagram would, with the
     * same node ids; a flow between two parts is drawn in neither.
     *
     * @throws UnknownDiagramElementException when the options name a boundary or element the model lacks
     */
    public static List<DfdDiagram> parts(CheckedModel checked, DfdOptions options) {
        return parts(checked, options, Integer.MAX_VALUE);
    }

    /**
     * The diagram's {@linkplain #parts(CheckedModel, DfdOptions) parts}, the elements outside every boundary in
     * several parts of at most {@code maxOutsideNodes} nodes when there are more of them ({@link DfdPart}): so that
     * a model with thousands of elements outside its boundaries can still be drawn.
     *
     * @throws UnknownDiagramElementException when the options name a boundary or element the model lacks
     */
    public static List<DfdDiagram> parts(CheckedModel checked, DfdOptions options, int maxOutsideNodes) {
        DfdGraph whole = DfdGraph.selected(checked, options);
        List<DfdDiagram> parts = new ArrayList<>();
        for (DfdPart part : DfdPart.of(whole, maxOutsideNodes)) {
            parts.add(new DfdDiagram(whole.part(part), part));
        }
        return parts;
    }

    /** Which part of a larger diagram this is, when it was drawn by {@link #parts}. */
    public Optional<DfdPart> part() {
        return Optional.ofNullable(part);
    }

    /**
     * The diagram of a checked model with the caller's marks: a marked node, edge or boundary is drawn in the
     * mark's colour with a thicker line (dashed when the mark says so), and a legend cluster explains the marks.
     *
     * @throws UnknownDiagramElementException when the options name a boundary or element the model lacks
     */
    public static DfdDiagram of(CheckedModel checked, DfdOptions options, DfdMarks marks) {
        DfdDiagram diagram = new DfdDiagram(DfdGraph.of(checked, options, marks), null);
        diagram.dot(); // the caller's marks are asked for here, on the caller's thread, not when the text is first used
        return diagram;
    }

    /**
     * The anchor that {@link DfdOptions#linked(boolean) linked} diagrams point to: {@code element-N}, where N is
     * the element's index (from 0) in {@code CheckedModel.elements()}. The HTML report gives each element's
     * section this id.
     */
    public static String anchor(int elementIndex) {
        return "element-" + elementIndex;
    }

    /** The Graphviz DOT text, in pytm's {@code --dfd} layout. */
    public synchronized String dot() {
        if (dot == null) {
            dot = DotEmitter.write(graph, titled);
        }
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

    /** The indices of the elements whose label is cut, which have a tooltip even when not linked. */
    synchronized BitSet titled() {
        dot();
        return (BitSet) titled.clone();
    }

    @Override
    public String toString() {
        return dot();
    }
}
