package dev.tmj.format.threatdragon;

import dev.tmj.model.Element;
import dev.tmj.resolve.CheckedModel;
import java.util.Map;

/**
 * Where the writer draws each element: tm-render's {@code DfdLayout} asks Graphviz for the layout of tmj's own
 * data-flow diagram, so an exported model looks like tmj's picture of it. The writer draws boundaries around what
 * they hold and flows between their ends, so a layout places only the elements drawn as nodes.
 */
@FunctionalInterface
public interface DiagramLayout {
    /** A rectangle in Threat Dragon's units (pixels), from its top left corner. */
    record Box(double x, double y, double width, double height) {
    }

    /**
     * The box of each node of the model (neither boundary nor dataflow), keyed by the checked model's elements
     * (identity); a boundary may have a box too (where an empty one is drawn). Elements left out are put in a row
     * below the rest. The same model must give the same boxes.
     */
    Map<Element, Box> place(CheckedModel model);
}
