package dev.tmj.render;

import dev.tmj.dfd.DfdRenderer;
import dev.tmj.dfd.DfdRenderer.DrawnPart;
import dev.tmj.dfd.DiagramException;
import dev.tmj.dfd.DiagramTooLargeException;
import dev.tmj.io.AtomicFiles;
import dev.tmj.render.Outputs.Kind;
import dev.tmj.resolve.Findings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code --out}'s data-flow diagram when it is too large to lay out whole ({@link DiagramTooLargeException}): one
 * SVG file per top-level boundary and one or more for the elements outside every boundary ({@code dfd-<name>.svg}, see
 * {@link dev.tmj.dfd.DfdPart}) instead of {@code dfd.svg} and {@code dfd.png}. When every part is drawn the
 * fallback is a success with a warning; a part too large itself is a failure that names it, the DOT text
 * ({@code dfd.dot}) being what is left, and the parts that were drawn are still written.
 */
final class DiagramFallback {
    /** Part files of an earlier run, removed when this run does not write them. */
    private static final String PART_GLOB = "dfd-*.svg";

    private final List<AtomicFiles.Pending> pending = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();
    private boolean used;

    /**
     * Draws the parts when the whole SVG failed as too large, prepares their files, and takes the failures of
     * {@code dfd.svg} and {@code dfd.png} back when every part was drawn, or replaces the SVG's with one that
     * names the parts not drawn; when no part was drawn, the whole diagram's failure stands.
     */
    void apply(Findings findings, Path dir, Map<Kind, ? extends Object> renderers, Map<Kind, Exception> failures,
            Consumer<String> warnings) {
        if (!(failures.get(Kind.DFD_SVG) instanceof DiagramTooLargeException whole)
                || !(renderers.get(Kind.DFD_SVG) instanceof DfdRenderer svg) || !svg.drawsSvg()) {
            return;
        }
        List<DrawnPart> parts;
        try {
            parts = svg.drawParts(findings);
        } catch (DiagramException e) {
            return;
        }
        List<String> notDrawn = new ArrayList<>();
        for (DrawnPart part : parts) {
            if (!part.drawn()) {
                notDrawn.add("\"" + part.part().title() + "\" (" + part.nodeCount() + " nodes: "
                        + part.failure().getMessage() + ")");
                continue;
            }
            Path target = dir.resolve(part.part().fileName());
            try {
                pending.add(AtomicFiles.prepare(target, out -> out.write(part.image())));
                files.add(target);
            } catch (IOException e) {
                notDrawn.add("\"" + part.part().title() + "\" (" + target + ": " + e.getMessage() + ")");
            }
        }
        if (files.isEmpty() && !notDrawn.isEmpty()) {
            return; // no part drawn either: the whole diagram's failure says what to do
        }
        used = true;
        String drawn = files.size() + " of " + parts.size() + " parts (one per top-level boundary and one or more for"
                + " the elements outside every boundary)";
        if (notDrawn.isEmpty()) {
            failures.remove(Kind.DFD_SVG);
            if (failures.get(Kind.DFD_PNG) instanceof DiagramTooLargeException) {
                failures.remove(Kind.DFD_PNG);
            }
            warnings.accept("the data-flow diagram is too large to lay out whole, so it was drawn in " + drawn
                    + " instead of dfd.svg and dfd.png; flows between parts are in dfd.dot and the reports. "
                    + whole.getMessage());
        } else {
            failures.put(Kind.DFD_SVG, new DiagramException("the data-flow diagram is too large to lay out whole,"
                    + " and drawn per boundary only " + drawn + " could be drawn; not drawn: "
                    + String.join("; ", notDrawn) + ". The whole diagram's DOT text is dfd.dot. "
                    + whole.getMessage(), whole));
        }
    }

    /** Renames the part files over their targets, in part order; adds each to {@code written}. */
    void commit(List<Path> written, Map<Kind, Exception> failures) {
        for (int i = 0; i < pending.size(); i++) {
            try {
                pending.get(i).commit();
                written.add(files.get(i));
            } catch (IOException | RuntimeException e) {
                failures.putIfAbsent(Kind.DFD_SVG, e);
            }
        }
    }

    /**
     * Removes what an earlier run left that this one replaced: part files not written now, and (when the parts
     * stand for the whole diagram) the whole diagram's {@code dfd.svg} and {@code dfd.png}, which would show an
     * older model.
     */
    void removeStale(Path dir, Set<Kind> kinds, List<Path> written) throws IOException {
        if (!kinds.contains(Kind.DFD_SVG)) {
            return;
        }
        Set<Path> current = new HashSet<>(files);
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, PART_GLOB)) {
            for (Path file : old) {
                if (!current.contains(file) && Files.isRegularFile(file)) {
                    stale.add(file);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (used) {
            stale.add(dir.resolve(Kind.DFD_SVG.fileName()));
            stale.add(dir.resolve(Kind.DFD_PNG.fileName()));
        }
        for (Path file : stale) {
            if (!written.contains(file)) {
                Files.deleteIfExists(file);
            }
        }
    }

    void close() {
        pending.forEach(AtomicFiles.Pending::close);
    }
}
