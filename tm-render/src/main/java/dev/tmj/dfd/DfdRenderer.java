package dev.tmj.dfd;

import dev.tmj.output.Renderer;
import dev.tmj.resolve.Findings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * pytm's {@code --dfd}: a resolved model's data-flow diagram (see {@link DfdDiagram} for what it draws) as
 * Graphviz DOT text, or rendered by {@link DiagramImages} as an SVG document or a PNG image.
 *
 * <pre>{@code
 * String dot = DfdRenderer.dot(DfdOptions.defaults().colormap(true)).renderText(findings);
 * DfdRenderer.svg(DfdOptions.defaults().linked(true)).writeTo(findings, Path.of("dfd.svg"));
 * }</pre>
 *
 * The options are those of the diagram; severities come from the findings, so the colour map works.
 */
public final class DfdRenderer implements Renderer<Findings> {
    private enum Format { DOT, SVG, PNG }

    private final DfdOptions options;
    private final Format format;
    private final DiagramImages images;

    private DfdRenderer(DfdOptions options, Format format, DiagramImages images) {
        this.options = Objects.requireNonNull(options, "options");
        this.format = format;
        this.images = Objects.requireNonNull(images, "images");
    }

    /** The DOT text, UTF-8. */
    public static DfdRenderer dot(DfdOptions options) {
        return new DfdRenderer(options, Format.DOT, DiagramImages.defaults());
    }

    /** An SVG document, with {@code dot} from the {@code PATH} or the built-in layout for small diagrams. */
    public static DfdRenderer svg(DfdOptions options) {
        return svg(options, DiagramImages.defaults());
    }

    /** An SVG document, laid out as {@code images} chooses. */
    public static DfdRenderer svg(DfdOptions options, DiagramImages images) {
        return new DfdRenderer(options, Format.SVG, images);
    }

    /** A PNG image, with {@code dot} from the {@code PATH} or the built-in layout for small diagrams. */
    public static DfdRenderer png(DfdOptions options) {
        return png(options, DiagramImages.defaults());
    }

    /** A PNG image, laid out as {@code images} chooses. */
    public static DfdRenderer png(DfdOptions options, DiagramImages images) {
        return new DfdRenderer(options, Format.PNG, images);
    }

    /**
     * Draws the diagram and writes it.
     *
     * @throws UnknownDiagramElementException when the options name a boundary or element the model lacks
     * @throws DiagramException when the diagram cannot be laid out (see {@link DiagramImages})
     */
    @Override
    public void writeTo(Findings findings, OutputStream out) throws IOException {
        DfdDiagram diagram = DfdDiagram.of(findings.checkedModel(), options);
        out.write(switch (format) {
            case DOT -> diagram.dot().getBytes(StandardCharsets.UTF_8);
            case SVG -> images.image(diagram, false);
            case PNG -> images.image(diagram, true);
        });
        out.flush();
    }
}
