package dev.tmj.dfd;

import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import java.util.ArrayList;
import java.util.List;

/** How an element looks: pytm's shapes and colours, and tmj's grey dashed look for out-of-scope elements. */
final class Style {
    /** pytm 1.3's colour of out-of-scope elements (1.4.0 lost it). */
    static final String OUT_OF_SCOPE = "grey69";
    static final String BOUNDARY = "firebrick2";

    /** The outline colour, the fill colour (or null) for a severity, as pytm's {@code sev_to_color}. */
    record Colour(String line, String fill) {
    }

    private Style() {
    }

    /** pytm's {@code sev_to_color}: 5 red, 2 to 4 gold, 0 and 1 green, anything else black. */
    static Colour severity(int severity) {
        if (severity == 5) {
            return new Colour("firebrick3", "#b2222222");
        }
        if (severity >= 2 && severity <= 4) {
            return new Colour("gold", "#ffd80022");
        }
        if (severity >= 0 && severity < 2) {
            return new Colour("darkgreen", "#00630022");
        }
        return new Colour("black", null);
    }

    /** The colour of a node or edge: by severity with the colour map, grey when out of scope, else black. */
    static Colour of(Element e, boolean colormap) {
        if (!e.inScope()) {
            return new Colour(OUT_OF_SCOPE, null);
        }
        return colormap ? severity(DfdGraph.severity(e)) : new Colour("black", null);
    }

    /** pytm's {@code _shape()}; datastores are cylinders, which need no image file. */
    static String shape(ElementType type) {
        return switch (type) {
            case SERVER, PROCESS -> "circle";
            case SET_OF_PROCESSES -> "doublecircle";
            case LLM, AGENT -> "hexagon";
            case LAMBDA -> "rectangle";
            case DATASTORE -> "cylinder";
            default -> "square";
        };
    }

    /** The {@code style} values of a node: rounded (Lambda), filled (colour map), dashed (out of scope). */
    static List<String> nodeStyles(Element e, Colour colour) {
        List<String> styles = new ArrayList<>();
        if (e.type() == ElementType.LAMBDA) {
            styles.add("rounded");
        }
        if (colour.fill() != null) {
            styles.add("filled");
        }
        if (!e.inScope()) {
            styles.add("dashed");
        }
        return styles;
    }
}
