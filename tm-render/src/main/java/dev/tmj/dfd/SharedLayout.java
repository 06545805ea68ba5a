package dev.tmj.dfd;

import dev.tmj.dfd.DfdRenderer.DrawnPart;
import dev.tmj.io.Futures;
import dev.tmj.resolve.Findings;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A data-flow diagram drawn as SVG twice in one run of outputs, plain for the diagram files and
 * {@linkplain DfdOptions#linked(boolean) linked} for the HTML report, and laid out by {@code dot} once: the first
 * of the two renderers that needs the diagram (or its {@linkplain DfdRenderer#drawParts parts}) lays it out
 * linked, the other waits for that layout, and the plain SVG is made from the linked one by taking the links out
 * ({@link SvgLinks}; the bytes are those {@code dot} writes for the plain diagram). At 50,000 flows this halves
 * the {@code dot} processes, 424 of 848, whose start-up was most of their cost (docs/performance.md).
 *
 * <pre>{@code
 * SharedLayout layout = SharedLayout.of(options, DiagramImages.defaults());
 * try (SharedLayout.Run run = layout.open(findings)) {
 *     layout.svg().writeTo(findings, Path.of("dfd.svg"));
 *     HtmlReport.standard().withDiagram(layout.linkedSvg()).writeTo(findings, Path.of("report.html"));
 * }
 * }</pre>
 *
 * The layouts are kept for the findings of an open {@link Run} only, and dropped when it closes; outside a run
 * each renderer lays its diagram out by itself, as {@link DfdRenderer#svg(DfdOptions, DiagramImages)} does. So are
 * diagrams that PlantUML's Smetana lays out (no {@code dot}), whose linked SVG differs in more than the links. A
 * failure (too large, out of time) is the same for both renderers and is met once.
 */
public final class SharedLayout {
    private final DfdOptions options;
    private final DiagramImages images;
    private final DfdRenderer svg;
    private final DfdRenderer linkedSvg;
    /** The open runs by their findings' identity. */
    private final Map<Findings, Run> runs = new IdentityHashMap<>();

    private SharedLayout(DfdOptions options, DiagramImages images) {
        this.options = Objects.requireNonNull(options, "options");
        this.images = Objects.requireNonNull(images, "images");
        this.svg = new DfdRenderer(options, DfdRenderer.Format.SVG, images, this);
        this.linkedSvg = new DfdRenderer(options.linked(true), DfdRenderer.Format.SVG, images, this);
    }

    /** The diagram of these options, as SVG plain and linked, laid out as {@code images} chooses. */
    public static SharedLayout of(DfdOptions options, DiagramImages images) {
        return new SharedLayout(options, images);
    }

    /** The SVG renderer of the diagram with the options given, as {@link DfdRenderer#svg(DfdOptions)}. */
    public DfdRenderer svg() {
        return svg;
    }

    /** The SVG renderer of the same diagram linked: each element a link to its section, with a tooltip. */
    public DfdRenderer linkedSvg() {
        return linkedSvg;
    }

    /**
     * Keeps each layout of these findings' diagram until the run is closed, for both renderers. Opening the same
     * findings again (a second thread writing them) shares the run; it ends when every opener closed it.
     */
    public Run open(Findings findings) {
        Objects.requireNonNull(findings, "findings");
        synchronized (runs) {
            Run run = runs.computeIfAbsent(findings, Run::new);
            run.opened++;
            return run;
        }
    }

    /**
     * The whole diagram's SVG from the run's one layout, or empty when there is no run of these findings, when the
     * diagram is not laid out by {@code dot}, or when the links could not be taken out (the caller lays it out).
     *
     * @throws DiagramException as {@link DfdRenderer#writeTo} does: the layout's failure
     */
    Optional<byte[]> whole(Findings findings, boolean linked) {
        Run run = runOf(findings);
        if (run == null) {
            return Optional.empty();
        }
        Laid laid = run.whole.get();
        if (laid == null) {
            return Optional.empty();
        }
        return linked || options.linked() ? Optional.of(laid.svg()) : SvgLinks.unlinked(laid.svg(), laid.titled());
    }

    /**
     * The diagram's parts from the run's one layout of each, or empty when there is no run of these findings or
     * no {@code dot}; a part whose links could not be taken out is laid out plain by itself.
     */
    Optional<List<DrawnPart>> parts(Findings findings, boolean linked) {
        Run run = runOf(findings);
        if (run == null || images.dot().isEmpty()) {
            return Optional.empty();
        }
        LaidParts laid = run.parts.get();
        if (linked || options.linked()) {
            return Optional.of(laid.drawn());
        }
        List<DrawnPart> plain = new ArrayList<>(laid.drawn().size());
        List<DfdDiagram> own = null;
        for (int i = 0; i < laid.drawn().size(); i++) {
            DrawnPart part = laid.drawn().get(i);
            Optional<byte[]> image = part.drawn() ? SvgLinks.unlinked(part.image(), laid.titled().get(i))
                    : Optional.empty();
            if (!part.drawn() || image.isPresent()) {
                plain.add(image.isPresent() ? new DrawnPart(part.part(), part.nodeCount(), image.get(), null) : part);
                continue;
            }
            own = own != null ? own : svg.partsOf(findings, options);
            try {
                plain.add(new DrawnPart(part.part(), part.nodeCount(), svg.image(own.get(i)), null));
            } catch (DiagramException e) {
                plain.add(new DrawnPart(part.part(), part.nodeCount(), null, e));
            }
        }
        return Optional.of(plain);
    }

    private Run runOf(Findings findings) {
        synchronized (runs) {
            return runs.get(findings);
        }
    }

    /** The whole diagram laid out linked, and the elements whose tooltips stay without links. */
    private record Laid(byte[] svg, BitSet titled) {
    }

    /** The parts laid out linked, and for each the elements whose tooltips stay without links. */
    private record LaidParts(List<DrawnPart> drawn, List<BitSet> titled) {
    }

    /** The layouts of one findings' diagram while outputs are written: each made once, by the first to need it. */
    public final class Run implements AutoCloseable {
        private final Findings findings;
        private int opened;
        /** The whole diagram, or null when it is not laid out by dot. */
        private final Once<Laid> whole;
        private final Once<LaidParts> parts;

        private Run(Findings findings) {
            this.findings = findings;
            this.whole = new Once<>(() -> {
                DfdDiagram diagram = DfdDiagram.of(findings.checkedModel(), options.linked(true));
                if (images.engineFor(diagram) != DiagramImages.Engine.DOT) {
                    return null;
                }
                return new Laid(linkedSvg.image(diagram), diagram.titled());
            });
            this.parts = new Once<>(() -> {
                List<DfdDiagram> diagrams = linkedSvg.partsOf(findings, options.linked(true));
                List<BitSet> titled = diagrams.stream().map(DfdDiagram::titled).toList();
                return new LaidParts(linkedSvg.drawEach(diagrams), titled);
            });
        }

        /** Drops the layouts when every opener of the run closed it. */
        @Override
        public void close() {
            synchronized (runs) {
                if (--opened == 0) {
                    runs.remove(findings);
                }
            }
        }
    }

    /** A value computed once, by the first thread to ask; the others wait for it (or its failure). */
    private static final class Once<T> {
        private final FutureTask<T> task;
        private final AtomicBoolean started = new AtomicBoolean();

        Once(Callable<T> compute) {
            this.task = new FutureTask<>(compute);
        }

        T get() {
            if (started.compareAndSet(false, true)) {
                task.run();
            }
            try {
                return Futures.result(task, RuntimeException.class);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DiagramException("interrupted while waiting for the diagram's layout", e);
            }
        }
    }
}
