package dev.tmj.dfd;

import dev.tmj.io.Futures;
import dev.tmj.output.Renderer;
import dev.tmj.resolve.Findings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
     * many batches as there are processors, several small parts in one {@code dot} run ({@link DotBatches}), and
     * come in {@link DfdDiagram#parts} order; a part that cannot be drawn
     * (too large itself, say) carries its failure. The elements outside every boundary come in parts of at most
     * as many nodes as the layout takes ({@link DiagramImages#dotLimit()} with {@code dot}, else
     * {@link DiagramImages#smetanaLimit()}), so that only a boundary too large itself cannot be drawn.
     *
     * @throws UnknownDiagramElementException when the options name a boundary or element the model lacks
     */
    public List<DrawnPart> drawParts(Findings findings) {
        Optional<List<DrawnPart>> laidOut = shared == null ? Optional.empty() : shared.parts(findings, options.linked());
        return laidOut.isPresent() ? laidOut.get() : drawEach(partsOf(findings, options));
    }

    /**
     * The parts of what {@code options} select, the elements outside every boundary in parts of at most as many
     * nodes as the layout takes.
     */
    List<DfdDiagram> partsOf(Findings findings, DfdOptions selected) {
        int most = images.dot().isPresent() ? images.dotLimit() : images.smetanaLimit();
        return DfdDiagram.parts(findings.checkedModel(), selected, most);
    }

    /**
     * Each part drawn in this renderer's format, in the order given, as many batches at once as there are
     * processors: as SVG through {@code dot}, consecutive parts of at most {@link DiagramImages#dotLimit()} nodes
     * together in one run ({@link DotBatches}), else each part by itself.
     */
    List<DrawnPart> drawEach(List<DfdDiagram> parts) {
        List<List<DfdDiagram>> batches = format == Format.SVG && images.dot().isPresent()
                ? DotBatches.of(parts, images.dotLimit()) : parts.stream().map(List::of).toList();
        int threads = Math.max(1, Math.min(batches.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "tmj-dfd-part");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<DrawnPart>>> drawing = new ArrayList<>();
            for (List<DfdDiagram> batch : batches) {
                drawing.add(pool.submit(() -> drawBatch(batch)));
            }
            List<DrawnPart> drawn = new ArrayList<>();
            for (Future<List<DrawnPart>> batch : drawing) {
                drawn.addAll(Futures.result(batch, RuntimeException.class));
            }
            return drawn;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiagramException("interrupted while drawing the diagram's parts", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The parts of a batch from one run of {@code dot}; when that run fails (a part that {@code dot} rejects or
     * that takes too long, its output not as expected), each part by itself, so that a failure names its part.
     */
    private List<DrawnPart> drawBatch(List<DfdDiagram> batch) {
        if (batch.size() > 1) {
            try {
                Optional<List<byte[]>> svgs = images.svgsInOneRun(batch);
                if (svgs.isPresent()) {
                    List<DrawnPart> drawn = new ArrayList<>(batch.size());
                    for (int i = 0; i < batch.size(); i++) {
                        DfdDiagram part = batch.get(i);
                        drawn.add(new DrawnPart(part.part().orElseThrow(), part.nodeCount(), svgs.get().get(i), null));
                    }
                    return drawn;
                }
            } catch (DiagramException e) {
                // drawn one by one below, where the part at fault fails by itself
            }
        }
        List<DrawnPart> drawn = new ArrayList<>(batch.size());
        for (DfdDiagram part : batch) {
            DfdPart which = part.part().orElseThrow();
            try {
                drawn.add(new DrawnPart(which, part.nodeCount(), image(part), null));
            } catch (DiagramException failure) {
                drawn.add(new DrawnPart(which, part.nodeCount(), null, failure));
            }
        }
        return drawn;
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
