package dev.tmj.dfd;

import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.engine.GraphvizCmdLineEngine;
import guru.nidi.graphviz.engine.GraphvizException;
import guru.nidi.graphviz.engine.Rasterizer;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.DiagramDescription;

/**
 * How {@link DfdRenderer} lays data-flow diagrams out as SVG or PNG, in process. With Graphviz's {@code dot}
 * installed, through graphviz-java's command-line engine (no JavaScript engine); without it, through PlantUML's
 * pure-Java Smetana layout for diagrams of at most {@link #smetanaLimit()} nodes; larger diagrams then fail with a
 * {@link DiagramException} that says to install Graphviz.
 *
 * <pre>{@code
 * DiagramImages graphviz = DiagramImages.defaults().dotExecutable(Path.of("/opt/graphviz/bin/dot"));
 * byte[] png = DfdRenderer.png(DfdOptions.defaults(), graphviz).render(findings);
 * }</pre>
 *
 * The same diagram gives the same SVG bytes every time: {@code dot}'s SVG has no time stamps or random ids,
 * and PlantUML's ids are derived from the diagram text. graphviz-java's engine is process-wide state, so
 * renderings through {@code dot} are serialised.
 */
public final class DiagramImages {
    /** The largest diagram, in nodes, that the Smetana fallback lays out (it is much slower than dot). */
    public static final int DEFAULT_SMETANA_LIMIT = 200;

    private static final Object GRAPHVIZ = new Object();
    private static final DiagramImages DEFAULTS = new DiagramImages(null, DEFAULT_SMETANA_LIMIT);

    /** What lays a diagram out. */
    public enum Engine {
        /** Graphviz's {@code dot} program. */
        DOT,
        /** PlantUML's Smetana, a Java port of dot's layout, used when dot is missing. */
        SMETANA
    }

    private final Path dotExecutable;
    private final int smetanaLimit;

    private DiagramImages(Path dotExecutable, int smetanaLimit) {
        this.dotExecutable = dotExecutable;
        this.smetanaLimit = smetanaLimit;
    }

    /** {@code dot} from the {@code PATH}, Smetana for up to {@value #DEFAULT_SMETANA_LIMIT} nodes without it. */
    public static DiagramImages defaults() {
        return DEFAULTS;
    }

    /**
     * Uses this {@code dot} program instead of searching the {@code PATH}. A path that is not an executable
     * file counts as Graphviz not being installed.
     */
    public DiagramImages dotExecutable(Path executable) {
        return new DiagramImages(Objects.requireNonNull(executable, "executable"), smetanaLimit);
    }

    /** The largest number of nodes that the Smetana fallback lays out; 0 turns the fallback off. */
    public DiagramImages smetanaLimit(int nodes) {
        if (nodes < 0) {
            throw new IllegalArgumentException("the Smetana limit must be 0 or more, not " + nodes);
        }
        return new DiagramImages(dotExecutable, nodes);
    }

    public int smetanaLimit() {
        return smetanaLimit;
    }

    /** The {@code dot} program that will be used, if there is one. */
    public Optional<Path> dot() {
        if (dotExecutable != null) {
            return isExecutable(dotExecutable) ? Optional.of(dotExecutable.toAbsolutePath()) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, windows ? "dot.exe" : "dot");
            if (isExecutable(candidate)) {
                return Optional.of(candidate.toAbsolutePath());
            }
        }
        return Optional.empty();
    }

    private static boolean isExecutable(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }

    /**
     * What will lay this diagram out.
     *
     * @throws DiagramException when {@code dot} is missing and the diagram is too large for Smetana
     */
    public Engine engineFor(DfdDiagram diagram) {
        if (dot().isPresent()) {
            return Engine.DOT;
        }
        if (diagram.nodeCount() <= smetanaLimit) {
            return Engine.SMETANA;
        }
        throw new DiagramException("Graphviz's dot program was not found"
                + (dotExecutable != null ? " at " + dotExecutable : " on the PATH") + ", and the diagram has "
                + diagram.nodeCount() + " nodes, more than the " + smetanaLimit
                + " that the built-in layout draws. Install Graphviz (Debian or Ubuntu: apt-get install graphviz;"
                + " macOS: brew install graphviz; Windows: winget install graphviz) or draw a smaller part of the"
                + " model (levels, one boundary, an element's neighbourhood).");
    }

    /** The diagram as an SVG document. */
    String svg(DfdDiagram diagram) {
        return new String(image(diagram, false), StandardCharsets.UTF_8);
    }

    /** The diagram as a PNG image. */
    byte[] png(DfdDiagram diagram) {
        return image(diagram, true);
    }

    /** The diagram as a PNG image or the UTF-8 bytes of an SVG document, laid out by {@link #engineFor}. */
    byte[] image(DfdDiagram diagram, boolean png) {
        if (engineFor(diagram) == Engine.DOT) {
            return withDot(diagram.dot(), png);
        }
        return smetana(diagram, png ? FileFormat.PNG : FileFormat.SVG);
    }

    /**
     * DOT text as an SVG document, through {@code dot}.
     *
     * @throws DiagramException when {@code dot} is missing or rejects the text
     */
    String svg(String dot) {
        return new String(withDot(dot, false), StandardCharsets.UTF_8);
    }

    /**
     * DOT text as a PNG image, through {@code dot}.
     *
     * @throws DiagramException when {@code dot} is missing or rejects the text
     */
    byte[] png(String dot) {
        return withDot(dot, true);
    }

    private byte[] withDot(String dot, boolean png) {
        Path executable = dot().orElseThrow(() -> new DiagramException("Graphviz's dot program was not found"
                + (dotExecutable != null ? " at " + dotExecutable : " on the PATH")
                + "; install Graphviz (Debian or Ubuntu: apt-get install graphviz)"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        synchronized (GRAPHVIZ) {
            Set<Path> before = engineDirectories();
            try {
                Graphviz.useEngine(new GraphvizCmdLineEngine(executable.toString()));
                Graphviz graphviz = Graphviz.fromString(dot);
                if (png) {
                    graphviz.rasterize(Rasterizer.builtIn("png")).toOutputStream(out);
                } else {
                    graphviz.render(Format.SVG_STANDALONE).toOutputStream(out);
                }
            } catch (GraphvizException | IOException e) {
                throw new DiagramException("Graphviz could not render the diagram: " + e.getMessage(), e);
            } finally {
                removeOwnDirectories(before, dot);
            }
        }
        return out.toByteArray();
    }

    /** graphviz-java's engine leaves a folder per rendering in {@code $TMPDIR/GraphvizJava} (for 3 days). */
    private static Path engineFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"), "GraphvizJava");
    }

    private static Set<Path> engineDirectories() {
        try (Stream<Path> list = Files.list(engineFolder())) {
            return list.collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of();
        }
    }

    /** Deletes the folders this rendering left: new since it started, holding exactly its DOT text. */
    private static void removeOwnDirectories(Set<Path> before, String dot) {
        for (Path dir : engineDirectories()) {
            Path source = dir.resolve("dotfile.dot");
            try {
                if (before.contains(dir) || !dir.getFileName().toString().startsWith("DotEngine")
                        || !Files.isRegularFile(source) || !Files.readString(source).equals(dot)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                Files.deleteIfExists(dir);
            } catch (IOException | UncheckedIOException e) {
                // Left for graphviz-java's own clean-up.
            }
        }
    }

    private static byte[] smetana(DfdDiagram diagram, FileFormat format) {
        String source = SmetanaEmitter.write(diagram.graph());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            DiagramDescription description = new SourceStringReader(source)
                    .outputImage(out, new FileFormatOption(format, false));
            if (description == null || description.getDescription().contains("Error")) {
                throw new DiagramException("PlantUML's Smetana layout could not render the diagram: "
                        + (description == null ? "no diagram" : description.getDescription()));
            }
        } catch (IOException e) {
            throw new DiagramException("PlantUML's Smetana layout could not render the diagram: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
