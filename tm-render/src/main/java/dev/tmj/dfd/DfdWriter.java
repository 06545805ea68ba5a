package dev.tmj.dfd;

import dev.tmj.resolve.CheckedModel;
import dev.tmj.resolve.Findings;

/**
 * pytm's {@code --dfd}: a model as a Graphviz data-flow diagram.
 *
 * <pre>{@code
 * String dot = DfdWriter.toDot(findings, DfdOptions.defaults().colormap(true));
 * }</pre>
 *
 * What it draws, as pytm 1.4.0 draws it: the same document header; a dashed cluster per boundary, nested
 * boundaries inside their parent's cluster, drawn from the outermost level, by name within a level; nodes
 * shaped per element class (square, circle, doublecircle, hexagon, Lambda's rounded rectangle); an edge per
 * flow labelled {@code (order) name} when the model is ordered; every label wrapped at 18 columns; with
 * {@code mergeResponses} a request and its response as one {@code dir = both} edge carrying both labels;
 * pytm's level filter and colour map. Where tmj differs on purpose: node ids are
 * {@code <class>_<letters of the name>_<index>} (pytm's hashes of random UUIDs); datastores are cylinders (pytm
 * pointed at a PNG file in its install folder); every text is escaped; out-of-scope elements are grey and
 * dashed (as in pytm 1.3); hidden duplicate flows are not drawn; a flow is drawn only when both its ends are;
 * long boundary and Lambda names break lines with {@code <br/>} (pytm wrote a literal {@code \n} there).
 */
public final class DfdWriter {
    private DfdWriter() {
    }

    /** The diagram of a resolved model (severities known, so the colour map works). */
    public static DfdDiagram draw(Findings findings, DfdOptions options) {
        return draw(findings.checkedModel(), options);
    }

    /**
     * The diagram of a checked model. Without resolution every element has severity 0, so the colour map
     * draws everything green.
     *
     * @throws UnknownDiagramElementException when the options name a boundary or element the model lacks
     */
    public static DfdDiagram draw(CheckedModel checked, DfdOptions options) {
        return new DfdDiagram(DfdGraph.of(checked, options));
    }

    /** The DOT text of a resolved model with pytm's defaults (level 0, no colours). */
    public static String toDot(Findings findings) {
        return toDot(findings, DfdOptions.defaults());
    }

    /** The DOT text of a resolved model. */
    public static String toDot(Findings findings, DfdOptions options) {
        return draw(findings, options).dot();
    }

    /** The DOT text of a checked model. */
    public static String toDot(CheckedModel checked, DfdOptions options) {
        return draw(checked, options).dot();
    }

    /**
     * The anchor that {@link DfdOptions#linked(boolean) linked} diagrams point to: {@code element-N}, where N is
     * the element's index (from 0) in {@code CheckedModel.elements()}. The HTML report gives each element's
     * section this id.
     */
    public static String anchor(int elementIndex) {
        return "element-" + elementIndex;
    }
}
