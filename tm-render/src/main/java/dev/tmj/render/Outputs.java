package dev.tmj.render;

import dev.tmj.dfd.DfdDiagram;
import dev.tmj.dfd.DfdOptions;
import dev.tmj.dfd.DfdRenderer;
import dev.tmj.dfd.DiagramImages;
import dev.tmj.dfd.SharedLayout;
import dev.tmj.format.json.PytmJsonWriter;
import dev.tmj.io.AtomicFiles;
import dev.tmj.output.Renderer;
import dev.tmj.report.html.HtmlReport;
import dev.tmj.report.html.MarkdownReport;
import dev.tmj.resolve.Findings;
import dev.tmj.sequence.SequenceRenderer;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The files tmj writes for a model, as a map from each {@link Kind} to the {@link Renderer} that makes it: the
 * command line's {@code --out DIR} and tm-test's artifacts.
 *
 * <pre>{@code
 * Outputs.standard().only(EnumSet.of(Kind.DFD_SVG, Kind.REPORT_HTML)).writeTo(findings, Path.of("out"));
 * }</pre>
 *
 * {@link #writeTo(Findings, Path)} first checks the diagram options against the model (an unknown boundary or
 * element writes nothing), then renders every output in memory and writes each file completely or not at all;
 * one output that fails does not stop the others.
 */
public final class Outputs {
    /** The files tmj writes for a model. */
    public enum Kind {
        DFD_DOT("dfd.dot"), DFD_SVG("dfd.svg"), DFD_PNG("dfd.png"), SEQ_PLANTUML("seq.plantuml"), SEQ_SVG("seq.svg"),
        REPORT_HTML("report.html"), REPORT_MD("report.md"), FINDINGS_JSON("findings.json");

        private final String fileName;

        Kind(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }
    }

    /** The kinds drawn with the diagram options of {@link #of}. */
    private static final Set<Kind> DIAGRAM_KINDS = EnumSet.of(Kind.DFD_DOT, Kind.DFD_SVG, Kind.DFD_PNG,
            Kind.REPORT_HTML);

    private final Map<Kind, Renderer<Findings>> renderers;
    /** The diagram options of the kinds that draw with them, checked before anything is written. */
    private final DfdOptions dfdOptions;
    private final Set<Kind> diagramKinds;
    /**
     * The layouts that dfd.svg and report.html's diagram share, each laid out once per run; null when either
     * renderer was replaced or left out (then each lays out by itself).
     */
    private final SharedLayout sharedLayout;

    private Outputs(Map<Kind, Renderer<Findings>> renderers, DfdOptions dfdOptions, Set<Kind> diagramKinds,
            SharedLayout sharedLayout) {
        this.renderers = Collections.unmodifiableMap(renderers);
        this.dfdOptions = dfdOptions;
        this.diagramKinds = diagramKinds.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(diagramKinds);
        this.diagramKinds.retainAll(renderers.keySet());
        this.sharedLayout = renderers.containsKey(Kind.DFD_SVG) && renderers.containsKey(Kind.REPORT_HTML)
                ? sharedLayout : null;
    }

    /** Every kind, with pytm's default diagram options and the bundled report templates. */
    public static Outputs standard() {
        return of(DfdOptions.defaults(), HtmlReport.standard(), MarkdownReport.standard());
    }

    /**
     * Every kind: the diagrams drawn with these options, the reports with these templates. The HTML report shows
     * the same diagram, with each element linked to its section.
     */
    public static Outputs of(DfdOptions dfdOptions, HtmlReport html, MarkdownReport markdown) {
        return of(dfdOptions, DiagramImages.defaults(), html, markdown);
    }

    /**
     * Every kind: the diagrams drawn with these options and laid out as {@code images} chooses, the reports with
     * these templates. The HTML report shows the same diagram, with each element linked to its section; dfd.svg
     * and the report's diagram (or each of their parts) are laid out once for both ({@link SharedLayout}).
     */
    public static Outputs of(DfdOptions dfdOptions, DiagramImages images, HtmlReport html, MarkdownReport markdown) {
        SharedLayout layout = SharedLayout.of(dfdOptions, images);
        Map<Kind, Renderer<Findings>> renderers = new EnumMap<>(Kind.class);
        renderers.put(Kind.DFD_DOT, DfdRenderer.dot(dfdOptions));
        renderers.put(Kind.DFD_SVG, layout.svg());
        renderers.put(Kind.DFD_PNG, DfdRenderer.png(dfdOptions, images));
        renderers.put(Kind.SEQ_PLANTUML, SequenceRenderer.plantUml());
        renderers.put(Kind.SEQ_SVG, SequenceRenderer.svg());
        renderers.put(Kind.REPORT_HTML, html.withDiagram(layout.linkedSvg()));
        renderers.put(Kind.REPORT_MD, markdown);
        renderers.put(Kind.FINDINGS_JSON, new PytmJsonWriter());
        return new Outputs(renderers, dfdOptions, DIAGRAM_KINDS, layout);
    }

    /** These outputs with the renderer of one kind replaced (or added). */
    public Outputs with(Kind kind, Renderer<Findings> renderer) {
        Map<Kind, Renderer<Findings>> changed = new EnumMap<>(Kind.class);
        changed.putAll(renderers);
        changed.put(kind, java.util.Objects.requireNonNull(renderer, "renderer"));
        Set<Kind> drawn = EnumSet.noneOf(Kind.class);
        drawn.addAll(diagramKinds);
        drawn.remove(kind);
        boolean shared = kind != Kind.DFD_SVG && kind != Kind.REPORT_HTML;
        return new Outputs(changed, dfdOptions, drawn, shared ? sharedLayout : null);
    }

    /** These outputs of the given kinds only. */
    public Outputs only(Set<Kind> kinds) {
        Map<Kind, Renderer<Findings>> chosen = new EnumMap<>(Kind.class);
        renderers.forEach((kind, renderer) -> {
            if (kinds.contains(kind)) {
                chosen.put(kind, renderer);
            }
        });
        return new Outputs(chosen, dfdOptions, diagramKinds, sharedLayout);
    }

    /** The renderer of each kind, in {@link Kind} order. */
    public Map<Kind, Renderer<Findings>> renderers() {
        return renderers;
    }

    /** Every output rendered in memory, by file name in {@link Kind} order. */
    public Map<String, byte[]> render(Findings findings) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        SharedLayout.Run layouts = openLayouts(findings);
        try {
            renderers.forEach((kind, renderer) -> files.put(kind.fileName(), renderer.render(findings)));
        } finally {
            closeLayouts(layouts);
        }
        return Collections.unmodifiableMap(files);
    }

    /** The run of the shared layouts for these findings, or null when dfd.svg and the report do not share. */
    private SharedLayout.Run openLayouts(Findings findings) {
        return sharedLayout == null ? null : sharedLayout.open(findings);
    }

    private static void closeLayouts(SharedLayout.Run layouts) {
        if (layouts != null) {
            layouts.close();
        }
    }

    /**
     * Checks the diagram options, creates the folder if needed and writes each file atomically: every output is
     * rendered into a temporary file first, then each is renamed over its target. An output whose renderer or
     * file fails is left out and the others are still written; {@link OutputsException} then names each failure
     * and the files written. A data-flow diagram too large to lay out whole is drawn in parts instead
     * ({@code dfd-<name>.svg}, see {@link dev.tmj.dfd.DfdPart}); when every part is drawn, that is no failure
     * but a warning, and {@code dfd.svg} and {@code dfd.png} are not written. Part files of an earlier run that
     * this one does not write are removed. A sequence diagram of more messages than PlantUML is given
     * ({@link dev.tmj.sequence.SequenceTooLargeException}) is written as its PlantUML text, {@code seq.plantuml},
     * instead of {@code seq.svg}: a warning as well.
     *
     * @return the paths written, in {@link Kind} order (the parts where {@code dfd.svg} would be)
     * @throws dev.tmj.dfd.UnknownDiagramElementException when the diagram options name a boundary or element the
     *     model lacks; nothing is written
     * @throws IOException when the folder cannot be created; nothing is written
     * @throws OutputsException when some outputs failed; the others were written
     */
    public List<Path> writeTo(Findings findings, Path dir) throws IOException {
        return writeTo(findings, dir, warning -> { });
    }

    /**
     * {@link #writeTo(Findings, Path)}, telling {@code warnings} what was written differently from what was asked
     * (a diagram drawn in parts, a sequence diagram written as text), one line each.
     */
    public List<Path> writeTo(Findings findings, Path dir, Consumer<String> warnings) throws IOException {
        return writeTo(findings, dir, warnings, htmlReportAside(findings));
    }

    /** {@link #writeTo(Findings, Path, Consumer)}, the HTML report rendered on a second thread when {@code aside}. */
    List<Path> writeTo(Findings findings, Path dir, Consumer<String> warnings, boolean aside) throws IOException {
        if (!diagramKinds.isEmpty()) {
            DfdDiagram.check(findings.checkedModel(), dfdOptions);
        }
        Map<Kind, Exception> failures = new EnumMap<>(Kind.class);
        createFolder(dir);
        // Every output is rendered straight into a temporary file beside its target (a large model's report is
        // gigabytes: more than a byte array holds); the renames at the end are quick, so an interrupted run leaves
        // the old outputs or the new ones, not half of each (and no temporary files: see AtomicFiles). An output
        // that cannot be rendered or written is left out and the others still replace theirs.
        Map<Kind, AtomicFiles.Pending> pending = new EnumMap<>(Kind.class);
        DiagramFallback fallback = new DiagramFallback();
        SequenceFallback sequenceFallback = new SequenceFallback();
        List<Path> written = new ArrayList<>();
        SharedLayout.Run layouts = openLayouts(findings);
        try {
            prepareAll(findings, dir, pending, failures, aside);
            fallback.apply(findings, dir, renderers, failures, warnings);
            sequenceFallback.apply(findings, dir, renderers, pending, failures, warnings);
            for (Kind kind : Kind.values()) { // the sequence fallback may write seq.plantuml unasked
                AtomicFiles.Pending file = pending.get(kind);
                try {
                    if (file != null) {
                        file.commit();
                        written.add(dir.resolve(kind.fileName()));
                    }
                } catch (IOException | RuntimeException e) {
                    failures.put(kind, e);
                }
                if (kind == Kind.DFD_SVG) {
                    fallback.commit(written, failures);
                }
            }
            try {
                fallback.removeStale(dir, renderers.keySet(), written);
            } catch (IOException e) {
                failures.putIfAbsent(Kind.DFD_SVG, e);
            }
            try {
                sequenceFallback.removeStale(dir, written);
            } catch (IOException e) {
                failures.putIfAbsent(Kind.SEQ_SVG, e);
            }
        } finally {
            closeLayouts(layouts);
            pending.values().forEach(AtomicFiles.Pending::close);
            fallback.close();
        }
        if (!failures.isEmpty()) {
            Map<Path, Exception> byFile = new LinkedHashMap<>();
            failures.forEach((kind, failure) -> byFile.put(dir.resolve(kind.fileName()), failure));
            throw new OutputsException(written, byFile);
        }
        return written;
    }

    /**
     * Heap the two reports' views may take per finding, an upper bound: at 50,000 flows (745,726 findings) the whole
     * run's resident memory was 2.6 to 2.9 GB with the HTML report rendered aside, as one after another
     * (docs/performance.md, "--out side by side").
     */
    static final long VIEW_BYTES_PER_FINDING = 2_048;

    /**
     * Whether the HTML report, the largest output, is rendered on a second thread beside the others: when there
     * are two processors and the heap has room for both reports' views on top of what it holds already. On a small
     * CI runner's heap a large model's outputs are rendered one after another.
     */
    private boolean htmlReportAside(Findings findings) {
        Runtime runtime = Runtime.getRuntime();
        long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        long findingCount = (long) findings.size() + findings.excluded().size();
        return renderers.containsKey(Kind.REPORT_HTML) && renderers.size() > 1 && runtime.availableProcessors() > 1
                && 2 * VIEW_BYTES_PER_FINDING * findingCount < free;
    }

    /**
     * Renders every output into its temporary file, one after another on this thread; when {@code aside}, the
     * HTML report meanwhile on a second one. The files are the same bytes either way: each output only reads the
     * findings and writes its own file.
     */
    private void prepareAll(Findings findings, Path dir, Map<Kind, AtomicFiles.Pending> pending,
            Map<Kind, Exception> failures, boolean aside) {
        java.util.concurrent.FutureTask<AtomicFiles.Pending> html = null;
        if (aside && renderers.containsKey(Kind.REPORT_HTML)) {
            Renderer<Findings> renderer = renderers.get(Kind.REPORT_HTML);
            Path target = dir.resolve(Kind.REPORT_HTML.fileName());
            html = new java.util.concurrent.FutureTask<>(() -> AtomicFiles.prepare(target,
                    out -> renderer.writeTo(findings, out)));
            Thread thread = new Thread(html, "tmj-report-html");
            thread.setDaemon(true);
            thread.start();
        }
        for (Map.Entry<Kind, Renderer<Findings>> output : renderers.entrySet()) {
            if (html != null && output.getKey() == Kind.REPORT_HTML) {
                continue;
            }
            Path target = dir.resolve(output.getKey().fileName());
            try {
                pending.put(output.getKey(), AtomicFiles.prepare(target,
                        out -> output.getValue().writeTo(findings, out)));
            } catch (IOException | RuntimeException e) {
                failures.put(output.getKey(), e);
            }
        }
        if (html != null) {
            collect(html, Kind.REPORT_HTML, pending, failures);
        }
    }

    /**
     * Waits for an output rendered on another thread: its temporary file goes to {@code pending}, or its failure to
     * {@code failures}, as if it had been rendered on this thread (an {@link Error} is thrown as it is).
     */
    private static <K> void collect(java.util.concurrent.Future<AtomicFiles.Pending> rendering, K key,
            Map<K, AtomicFiles.Pending> pending, Map<K, Exception> failures) {
        try {
            pending.put(key, rendering.get());
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            failures.put(key, cause instanceof Exception exception ? exception : e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            rendering.cancel(true);
            failures.put(key, e);
        }
    }

    /**
     * Writes each file from its renderer, completely or not at all, and all of them at the end: every output is
     * rendered into a temporary file beside its target first, then each is renamed over its target. An output
     * whose renderer or file fails is left out and the others are still written. The folders must exist. This is
     * how every set of outputs is written: {@code --out DIR}'s and a CI check's ({@code dev.tmj.check}).
     *
     * @param input what every renderer renders
     * @param files each target file with its renderer, in the order to write them
     * @return the paths written, in the order given
     * @throws OutputsException when some outputs failed; the others were written
     */
    public static <T> List<Path> write(T input, Map<Path, ? extends Renderer<? super T>> files) {
        return write(input, files, false);
    }

    /**
     * {@link #write(Object, Map)}, rendering the files side by side, one thread per processor, when
     * {@code inParallel}: for outputs of moderate size such as a CI check's, where the time is the writers' and
     * not memory. The bytes, the files written and the failures reported are the same as one after another.
     * {@code --out} renders one after another: its two reports of a very large model, held at once, doubled
     * the memory (docs/performance.md).
     */
    public static <T> List<Path> write(T input, Map<Path, ? extends Renderer<? super T>> files, boolean inParallel) {
        if (!inParallel || files.size() < 2 || Runtime.getRuntime().availableProcessors() < 2) {
            return writeInOrder(input, files);
        }
        Map<Path, Exception> failures = new LinkedHashMap<>();
        Map<Path, AtomicFiles.Pending> pending = new LinkedHashMap<>();
        List<Path> written = new ArrayList<>();
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(
                Math.min(files.size(), Runtime.getRuntime().availableProcessors()), task -> {
                    Thread thread = new Thread(task, "tmj-output");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            Map<Path, java.util.concurrent.Future<AtomicFiles.Pending>> rendering = new LinkedHashMap<>();
            for (Map.Entry<Path, ? extends Renderer<? super T>> output : files.entrySet()) {
                Renderer<? super T> renderer = output.getValue();
                rendering.put(output.getKey(), threads.submit(() -> AtomicFiles.prepare(output.getKey(),
                        out -> renderer.writeTo(input, out))));
            }
            rendering.forEach((file, output) -> collect(output, file, pending, failures));
            commitAll(pending, written, failures);
        } finally {
            threads.shutdownNow();
            pending.values().forEach(AtomicFiles.Pending::close);
        }
        if (!failures.isEmpty()) {
            throw new OutputsException(written, orderedAsGiven(files, failures));
        }
        return written;
    }

    private static Map<Path, Exception> orderedAsGiven(Map<Path, ?> files, Map<Path, Exception> failures) {
        Map<Path, Exception> ordered = new LinkedHashMap<>();
        files.keySet().stream().filter(failures::containsKey).forEach(file -> ordered.put(file, failures.get(file)));
        return ordered;
    }

    private static void commitAll(Map<Path, AtomicFiles.Pending> pending, List<Path> written,
            Map<Path, Exception> failures) {
        for (Map.Entry<Path, AtomicFiles.Pending> file : pending.entrySet()) {
            try {
                file.getValue().commit();
                written.add(file.getKey());
            } catch (IOException | RuntimeException e) {
                failures.put(file.getKey(), e);
            }
        }
    }

    private static <T> List<Path> writeInOrder(T input, Map<Path, ? extends Renderer<? super T>> files) {
        Map<Path, Exception> failures = new LinkedHashMap<>();
        // Every output is rendered straight into a temporary file beside its target (a large model's report is
        // gigabytes: more than a byte array holds); the renames at the end are quick, so an interrupted run leaves
        // the old outputs or the new ones, not half of each (and no temporary files: see AtomicFiles). An output
        // that cannot be rendered or written is left out and the others still replace theirs.
        Map<Path, AtomicFiles.Pending> pending = new LinkedHashMap<>();
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, ? extends Renderer<? super T>> output : files.entrySet()) {
                Renderer<? super T> renderer = output.getValue();
                try {
                    pending.put(output.getKey(), AtomicFiles.prepare(output.getKey(),
                            out -> renderer.writeTo(input, out)));
                } catch (IOException | RuntimeException e) {
                    failures.put(output.getKey(), e);
                }
            }
            commitAll(pending, written, failures);
        } finally {
            pending.values().forEach(AtomicFiles.Pending::close);
        }
        if (!failures.isEmpty()) {
            throw new OutputsException(written, failures);
        }
        return written;
    }

    /** Creates the output folder; a file in its place is an error that names it. */
    private static void createFolder(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new FileSystemException(dir.toString(), null, "is a file, not a directory for the outputs");
        }
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            // A parent is a file: the exception names the path but says nothing else.
            throw new FileSystemException(e.getFile(), null, "is a file, not a directory");
        }
    }
}
