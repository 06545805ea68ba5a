package dev.tmj.dfd;

import dev.tmj.format.threatdragon.DiagramLayout;
import dev.tmj.model.Element;
import dev.tmj.resolve.CheckedModel;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout of tmj's own data-flow diagram, for outputs that draw the model in another tool (a Threat Dragon
 * export): {@code dot -Tplain} of the diagram's DOT gives every node's centre and size, in inches from the bottom
 * left, here turned into boxes in pixels from the top left. The same model gives the same layout (dot is
 * deterministic for the same text).
 */
public final class DfdLayout implements DiagramLayout {
    /** Pixels per inch: Threat Dragon's shapes are about half again as large as dot's default nodes at 72 dpi. */
    private static final double SCALE = 108;
    /** {@code node NAME X Y WIDTH HEIGHT ...}, NAME quoted when dot had to. */
    private static final Pattern NODE = Pattern.compile(
            "^node (\"(?:[^\"\\\\]|\\\\.)*\"|\\S+) (\\S+) (\\S+) (\\S+) (\\S+) ");
    private static final Pattern GRAPH = Pattern.compile("^graph \\S+ \\S+ (\\S+)");
    /** A node id ends with the element's index in the checked model (DfdGraph's ids). */
    private static final Pattern INDEX = Pattern.compile("_(\\d+)\"?$");

    private final DiagramImages images;

    private DfdLayout(DiagramImages images) {
        this.images = images;
    }

    /** The layout that this Graphviz set-up (the {@code dot} program, its time limit) computes. */
    public static DfdLayout with(DiagramImages images) {
        return new DfdLayout(images);
    }

    /**
     * @throws DiagramException when {@code dot} is missing, fails or takes too long
     */
    @Override
    public Map<Element, Box> place(CheckedModel model) {
        String dot = DfdDiagram.of(model, DfdOptions.defaults()).dot();
        String plain = new String(images.runDot(dot, "plain", "; the exported diagram is laid out by it"),
                StandardCharsets.UTF_8);
        return boxes(plain, model.elements());
    }

    static Map<Element, Box> boxes(String plain, List<Element> elements) {
        Map<Element, Box> boxes = new IdentityHashMap<>();
        double height = 0;
        for (String line : plain.split("\n")) {
            Matcher graph = GRAPH.matcher(line);
            if (graph.find()) {
                height = Double.parseDouble(graph.group(1));
                continue;
            }
            Matcher node = NODE.matcher(line);
            if (!node.find()) {
                continue;
            }
            Matcher index = INDEX.matcher(node.group(1));
            if (!index.find()) {
                continue;
            }
            int i = Integer.parseInt(index.group(1));
            if (i >= elements.size()) {
                continue;
            }
            double x = Double.parseDouble(node.group(2));
            double y = Double.parseDouble(node.group(3));
            double w = Double.parseDouble(node.group(4));
            double h = Double.parseDouble(node.group(5));
            boxes.put(elements.get(i), new Box((x - w / 2) * SCALE, (height - y - h / 2) * SCALE,
                    Math.max(w * SCALE, 10), Math.max(h * SCALE, 10)));
        }
        return boxes;
    }
}
