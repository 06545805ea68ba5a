package dev.tmj.dfd;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a diagram ({@link DfdDiagram#parts}) laid out by {@code dot} several to a run: {@code dot} reads
 * several graphs from one input and writes their SVG documents one after another, and a run's start-up (exec,
 * dynamic linking, fontconfig) cost more than laying out a part of a few dozen nodes (at 50,000 flows, 424 parts,
 * most of 24 nodes: see docs/performance.md). A batch holds consecutive parts of at most as many nodes together as
 * one diagram may have ({@link DiagramImages#dotLimit()}), so that it gets done in the time one diagram gets.
 *
 * <p>Each document of a batch is the bytes {@code dot} writes for that graph alone, with one exception that
 * {@link #split} undoes: Graphviz (2.43) carries its page position over to the next graph, and names the root group
 * of every graph after the first {@code page0,1_graph0} instead of {@code graph0}. Output of any other form gives
 * nothing, and the caller lays each part out by itself.
 */
final class DotBatches {
    private static final byte[] END = "</svg>\n".getBytes(StandardCharsets.US_ASCII);
    private static final String START = "<?xml";
    /** The root group as named after another graph in the same run. */
    private static final Pattern PAGED_ROOT = Pattern.compile("\n<g id=\"page[0-9]+,[0-9]+_graph0\" class=\"graph\"");
    private static final String ROOT = "\n<g id=\"graph0\" class=\"graph\"";

    private DotBatches() {
    }

    /** The parts in batches of consecutive parts, each of at most {@code maxNodes} nodes or of one part. */
    static List<List<DfdDiagram>> of(List<DfdDiagram> parts, int maxNodes) {
        List<List<DfdDiagram>> batches = new ArrayList<>();
        List<DfdDiagram> batch = new ArrayList<>();
        long nodes = 0;
        for (DfdDiagram part : parts) {
            if (!batch.isEmpty() && nodes + part.nodeCount() > maxNodes) {
                batches.add(batch);
                batch = new ArrayList<>();
                nodes = 0;
            }
            batch.add(part);
            nodes += part.nodeCount();
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    /** The graphs' DOT texts as one input for {@code dot}: one after another. */
    static String input(List<DfdDiagram> batch) {
        StringBuilder input = new StringBuilder();
        batch.forEach(part -> input.append(part.dot()));
        return input.toString();
    }

    /**
     * The SVG documents of {@code dot}'s output for {@code count} graphs, each as {@code dot} writes it for its graph
     * alone, or empty when the output is not {@code count} documents of the expected form.
     */
    static Optional<List<byte[]>> split(byte[] output, int count) {
        List<byte[]> documents = new ArrayList<>(count);
        int from = 0;
        while (from < output.length) {
            int end = indexOf(output, END, from);
            if (end < 0) {
                return Optional.empty();
            }
            end += END.length;
            // one char per byte, so that the document's bytes come back as they were whatever they encode
            String document = new String(output, from, end - from, StandardCharsets.ISO_8859_1);
            if (!document.startsWith(START)) {
                return Optional.empty();
            }
            Matcher paged = PAGED_ROOT.matcher(document);
            if (paged.find()) {
                if (documents.isEmpty()) {
                    return Optional.empty();
                }
                document = document.substring(0, paged.start()) + ROOT + document.substring(paged.end());
            }
            if (document.contains(" id=\"page")) {
                return Optional.empty();
            }
            documents.add(document.getBytes(StandardCharsets.ISO_8859_1));
            from = end;
        }
        return documents.size() == count ? Optional.of(documents) : Optional.empty();
    }

    private static int indexOf(byte[] bytes, byte[] what, int from) {
        outer:
        for (int i = from, last = bytes.length - what.length; i <= last; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
