package dev.tmj.dfd;

import dev.tmj.output.Renderer;
import dev.tmj.resolve.Findings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
    enum Format { DOT, SVG, PNG }

    /** A part of the diagram ({@link DfdDiagram#parts}) with its image, or why it could not be drawn. */
    public record DrawnPart(DfdPart part, int nodeCount, byte[] image, DiagramException failure) {
        /** Whether the part was drawn. */
        public boolean drawn() {
            return failure == null;
        }
    }

    private final DfdOptions options;
    private final Format format;
    private final DiagramImages images;
    /** The layouts this SVG renderer shares with its linked or plain twin in a run of outputs, or null. */
    private final SharedLayout shared;

    private DfdRenderer(DfdOptions options, Format format, DiagramImages images) {
        this(options, format, images, null);
    }

    DfdRenderer(DfdOptions options, Format format, DiagramImages images, SharedLayout shared) {
        this.options = Objects.requireNonNull(options, "options");
        this.format = format;
        this.images = Objects.requireNonNull(images, "images");
        this.shared = shared;
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
        Optional<byte[]> laidOut = shared == null ? Optional.empty() : shared.whole(findings, options.linked());
        out.write(laidOut.isPresent() ? laidOut.get() : image(DfdDiagram.of(findings.checkedModel(), options)));
        out.flush();
    }

    /** Whether this renderer draws SVG documents. */
    public boolean drawsSvg() {
        return format == Format.SVG;
    }

    /**
     * The diagram's {@linkplain DfdDiagram#parts parts}, each drawn in this renderer's format: what is left to
     * draw when the whole diagram is too large ({@link DiagramTooLargeException}). Parts are laid out at once, as
     * many as there are processors, and come in {@link DfdDiagram#parts} order; a part that cannot be drawn
     * (too large itself, say) carries its failure. The elements outside every boundary come in parts of at most
     * as many nodes as the layout takes ({@link DiagramImages#dotLimit()} with {@code dot}, else
     * {@link DiagramImages#smetanaLimit()}), so that only a boundary too large itself cannot be drawn.
     *
     * @throws UnknownDiagramElementException when the options name a boundary or element the model lacks
     */
    public List<DrawnPart> drawParts(Findings findings) {
        Optional<List<DrawnPart>> laidOut = shared == null ? Optional.empty() : shared.parts(findings, options.linked());
        return laidOut.isPresent() ? laidOut.get() : drawParts(partsOf(findings, options), this::image);
    }

    /**
     * The parts of what {@code options} select, the elements outside every boundary in parts of at most as many
     * nodes as the layout takes.
     */
    List<DfdDiagram> partsOf(Findings findings, DfdOptions selected) {
        int most = images.dot().isPresent() ? images.dotLimit() : images.smetanaLimit();
        return DfdDiagram.parts(findings.checkedModel(), selected, most);
    }

    /** Each part drawn by {@code draw}, as many at once as there are processors, in the order given. */
    static List<DrawnPart> drawParts(List<DfdDiagram> parts, java.util.function.Function<DfdDiagram, byte[]> draw) {
        int threads = Math.max(1, Math.min(parts.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "tmj-dfd-part");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<byte[]>> images = new ArrayList<>();
            for (DfdDiagram part : parts) {
                images.add(pool.submit(() -> draw.apply(part)));
            }
            List<DrawnPart> drawn = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                DfdDiagram part = parts.get(i);
                DfdPart which = part.part().orElseThrow();
                try {
                    drawn.add(new DrawnPart(which, part.nodeCount(), images.get(i).get(), null));
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    if (!(e.getCause() instanceof DiagramException failure)) {
                        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                    drawn.add(new DrawnPart(which, part.nodeCount(), null, failure));
                }
            }
            return drawn;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiagramException("interrupted while drawing the diagram's parts", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The diagram drawn in this renderer's format, by itself. */
    byte[] image(DfdDiagram diagram) {
        return switch (format) {
            case DOT -> diagram.dot().getBytes(StandardCharsets.UTF_8);
            case SVG -> images.image(diagram, false);
            case PNG -> images.image(diagram, true);
        };
    }
}
