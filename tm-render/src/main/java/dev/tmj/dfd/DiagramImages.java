package dev.tmj.dfd;

import dev.tmj.io.XmlText;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.DiagramDescription;

/**
 * How {@link DfdRenderer} lays data-flow diagrams out as SVG or PNG. With Graphviz's {@code dot} installed, by
 * running it as a child process (the DOT text on its standard input, the image on its standard output: no shell,
 * no files, so any number of renderings run at once); without it, through PlantUML's pure-Java Smetana layout for
 * diagrams of at most {@link #smetanaLimit()} nodes; larger diagrams then fail with a {@link DiagramException}
 * that says to install Graphviz.
 *
 * <pre>{@code
 * DiagramImages graphviz = DiagramImages.defaults().dotExecutable(Path.of("/opt/graphviz/bin/dot"))
 *         .dotTimeout(Duration.ofMinutes(5));
 * byte[] png = DfdRenderer.png(DfdOptions.defaults(), graphviz).render(findings);
 * }</pre>
 *
 * <p>{@code dot} gets {@link #dotTimeout()} to lay a diagram out ({@value #DEFAULT_DOT_TIMEOUT_SECONDS} s unless
 * the system property {@value #DOT_TIMEOUT_PROPERTY} gives another number of seconds); after that it is killed,
 * with every process it started, and the rendering fails with a {@link DiagramTimeoutException}.
 *
 * <p>A diagram of more than {@link #dotLimit()} nodes is not handed to {@code dot} at all: {@code dot}'s layout
 * grows much faster than the diagram (on a 2-CPU machine 400 nodes took 2 s and 1,250 nodes did not finish
 * within 150 s, see docs/performance.md), so waiting for the timeout would only delay the other outputs. Such
 * a rendering fails at once with a {@link DiagramException} that says how to draw it anyway.
 *
 * <p>The same diagram gives the same SVG bytes every time: {@code dot}'s SVG has no time stamps or random ids,
 * and PlantUML's ids are derived from the diagram text.
 */
public final class DiagramImages {
    /** The largest diagram, in nodes, that the Smetana fallback lays out (it is much slower than dot). */
    public static final int DEFAULT_SMETANA_LIMIT = 200;
    /** The time {@code dot} gets by default, in seconds. */
    public static final int DEFAULT_DOT_TIMEOUT_SECONDS = 60;
    /** The system property that sets the default time {@code dot} gets, in seconds ({@code -Dtmj.dot.timeout=300}). */
    public static final String DOT_TIMEOUT_PROPERTY = "tmj.dot.timeout";
    /** The largest diagram, in nodes, handed to {@code dot} by default (see docs/performance.md, "Scale"). */
    public static final int DEFAULT_DOT_LIMIT = 400;
    /** The system property that sets the largest diagram handed to {@code dot}, in nodes ({@code -Dtmj.dot.limit=2000}). */
    public static final String DOT_LIMIT_PROPERTY = "tmj.dot.limit";
    /** The longest timeout the system property may give: a day. */
    private static final BigDecimal MAX_TIMEOUT_SECONDS = BigDecimal.valueOf(86_400);

    private static final DiagramImages DEFAULTS = new DiagramImages(null, DEFAULT_SMETANA_LIMIT, null, -1);

    /** What lays a diagram out. */
    public enum Engine {
        /** Graphviz's {@code dot} program. */
        DOT,
        /** PlantUML's Smetana, a Java port of dot's layout, used when dot is missing. */
        SMETANA
    }

    private final Path dotExecutable;
    private final int smetanaLimit;
    /** The time dot gets, or null for the system property's or the default. */
    private final Duration dotTimeout;
    /** The largest diagram dot gets, or -1 for the system property's or the default. */
    private final int dotLimit;

    private DiagramImages(Path dotExecutable, int smetanaLimit, Duration dotTimeout, int dotLimit) {
        this.dotExecutable = dotExecutable;
        this.smetanaLimit = smetanaLimit;
        this.dotTimeout = dotTimeout;
        this.dotLimit = dotLimit;
    }

    /**
     * {@code dot} from the {@code PATH} with the default timeout, Smetana for up to
     * {@value #DEFAULT_SMETANA_LIMIT} nodes without it.
     */
    public static DiagramImages defaults() {
        return DEFAULTS;
    }

    /**
     * Gives {@code dot} this long to lay a diagram out; then it is killed and the rendering fails with a
     * {@link DiagramTimeoutException}.
     */
    public DiagramImages dotTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.toMillis() <= 0) {
            throw new IllegalArgumentException("the dot timeout must be at least 1 ms, not " + timeout);
        }
        return new DiagramImages(dotExecutable, smetanaLimit, timeout, dotLimit);
    }

    /**
     * The time {@code dot} gets: the one set with {@link #dotTimeout(Duration)}, else the system property
     * {@value #DOT_TIMEOUT_PROPERTY} (seconds, a decimal number above 0, at most a day), else
     * {@value #DEFAULT_DOT_TIMEOUT_SECONDS} s.
     *
     * @throws DiagramException when the system property is not such a number
     */
    public Duration dotTimeout() {
        if (dotTimeout != null) {
            return dotTimeout;
        }
        String property = System.getProperty(DOT_TIMEOUT_PROPERTY);
        if (property == null || property.isBlank()) {
            return Duration.ofSeconds(DEFAULT_DOT_TIMEOUT_SECONDS);
        }
        try {
            BigDecimal seconds = new BigDecimal(property.strip());
            if (seconds.compareTo(MAX_TIMEOUT_SECONDS) <= 0 && seconds.movePointRight(3).longValue() > 0) {
                return Duration.ofMillis(seconds.movePointRight(3).longValue());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DiagramException("The system property " + DOT_TIMEOUT_PROPERTY + " must be a number of seconds"
                + " from 0.001 to 86400, not \"" + Escaping.oneLine(property.length() > 40
                        ? property.substring(0, 40) + "..." : property) + "\"");
    }

    /** A duration as seconds, as the messages write it: {@code 60 s}, {@code 0.001 s}. */
    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString() + " s";
    }

    /**
     * Uses this {@code dot} program instead of searching the {@code PATH}. A path that is not an executable
     * file counts as Graphviz not being installed.
     */
    public DiagramImages dotExecutable(Path executable) {
        return new DiagramImages(Objects.requireNonNull(executable, "executable"), smetanaLimit, dotTimeout,
                dotLimit);
    }

    /** The largest number of nodes that the Smetana fallback lays out; 0 turns the fallback off. */
    public DiagramImages smetanaLimit(int nodes) {
        if (nodes < 0) {
            throw new IllegalArgumentException("the Smetana limit must be 0 or more, not " + nodes);
        }
        return new DiagramImages(dotExecutable, nodes, dotTimeout, dotLimit);
    }

    public int smetanaLimit() {
        return smetanaLimit;
    }

    /** Hands {@code dot} diagrams of at most this many nodes; larger ones fail at once. */
    public DiagramImages dotLimit(int nodes) {
        if (nodes < 0) {
            throw new IllegalArgumentException("the dot limit must be 0 or more, not " + nodes);
        }
        return new DiagramImages(dotExecutable, smetanaLimit, dotTimeout, nodes);
    }

    /**
     * The largest diagram, in nodes, handed to {@code dot}: the one set with {@link #dotLimit(int)}, else the
     * system property {@value #DOT_LIMIT_PROPERTY}, else {@value #DEFAULT_DOT_LIMIT}.
     *
     * @throws DiagramException when the system property is not a whole number from 0 to 2147483647
     */
    public int dotLimit() {
        return dotLimit >= 0 ? dotLimit : dotLimit(System.getProperty(DOT_LIMIT_PROPERTY));
    }

    /** The limit a value of the system property gives (null or blank: the default). */
    static int dotLimit(String property) {
        if (property == null || property.isBlank()) {
            return DEFAULT_DOT_LIMIT;
        }
        try {
            int nodes = Integer.parseInt(property.strip());
            if (nodes >= 0) {
                return nodes;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DiagramException("The system property " + DOT_LIMIT_PROPERTY + " must be a number of nodes"
                + " from 0 to 2147483647, not \"" + Escaping.oneLine(property.length() > 40
                        ? property.substring(0, 40) + "..." : property) + "\"");
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
     * @throws DiagramTooLargeException when the diagram is larger than {@link #dotLimit()}
     * @throws DiagramException when {@code dot} is missing and the diagram is too large for Smetana
     */
    public Engine engineFor(DfdDiagram diagram) {
        if (dot().isPresent()) {
            int limit = dotLimit();
            if (diagram.nodeCount() > limit) {
                throw new DiagramTooLargeException("The data-flow diagram (" + diagram.nodeCount() + " nodes, "
                        + diagram.edgeCount() + " flows, " + diagram.clusterCount() + " boundaries) was not drawn: it"
                        + " has " + diagram.nodeCount() + " nodes, more than the " + limit + " that Graphviz's dot"
                        + " is given, since it would not lay them out in the time it gets. Its DOT text (tmj --dfd,"
                        + " or dfd.dot of --out) can be rendered by hand; raise the limit with -D" + DOT_LIMIT_PROPERTY
                        + "=NODES (and the time with -D" + DOT_TIMEOUT_PROPERTY + "=SECONDS; TMJ_JAVA_OPTS for ./tmj),"
                        + " or draw a part of the model (--boundary, --around, --levels).");
            }
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

    /**
     * An already drawn diagram (one with {@link DfdMarks}, say) as an SVG document, laid out as
     * {@link DfdRenderer#svg} lays a model's out.
     *
     * @throws DiagramException when the diagram cannot be laid out
     */
    public String svg(DfdDiagram diagram) {
        return new String(image(diagram, false), StandardCharsets.UTF_8);
    }

    /** The diagram as a PNG image. */
    byte[] png(DfdDiagram diagram) {
        return image(diagram, true);
    }

    /** The diagram as a PNG image or the UTF-8 bytes of an SVG document, laid out by {@link #engineFor}. */
    byte[] image(DfdDiagram diagram, boolean png) {
        if (engineFor(diagram) == Engine.DOT) {
            try {
                return withDot(diagram.dot(), png);
            } catch (DiagramTimeoutException e) {
                throw new DiagramTimeoutException(e.timeout(), "Graphviz's dot did not lay the data-flow diagram ("
                        + count(diagram.nodeCount(), "node") + ", " + count(diagram.edgeCount(), "flow") + ", "
                        + count(diagram.clusterCount(), "boundary", "boundaries") + ") out within " + seconds(e.timeout()) + " and was stopped. Its DOT text (tmj"
                        + " --dfd, or dfd.dot of --out) can be rendered with more time: give dot longer with -D"
                        + DOT_TIMEOUT_PROPERTY + "=SECONDS (TMJ_JAVA_OPTS for ./tmj), or draw a part of the model"
                        + " (--boundary, --around, --levels).");
            }
        }
        return smetana(diagram, png ? FileFormat.PNG : FileFormat.SVG);
    }

    /**
     * The diagrams as SVG documents from one run of {@code dot} ({@link DotBatches}), each the bytes {@code dot}
     * writes for it alone; empty when the output could not be split into them. The run gets {@link #dotTimeout()}.
     *
     * @throws DiagramException when {@code dot} is missing, rejects a diagram or runs out of time
     */
    java.util.Optional<java.util.List<byte[]>> svgsInOneRun(java.util.List<DfdDiagram> diagrams) {
        return DotBatches.split(runDot(DotBatches.input(diagrams), "svg", ""), diagrams.size());
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
        return runDot(dot, png ? "png" : "svg", "");
    }

    /**
     * What {@code dot} makes of a graph in one of its output formats ({@code svg}, {@code png}, {@code plain});
     * {@code why} (empty, or {@code "; ..."}) tells a user without Graphviz what needed it.
     */
    byte[] runDot(String dot, String format, String why) {
        Path executable = dot().orElseThrow(() -> new DiagramException("Graphviz's dot program was not found"
                + (dotExecutable != null ? " at " + dotExecutable : " on the PATH") + why
                + "; install Graphviz (Debian or Ubuntu: apt-get install graphviz)"));
        return DotProcess.run(executable, format, dot, dotTimeout());
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
        if (format == FileFormat.SVG) {
            // PlantUML writes a name's ">" as it is, and "]]>" is not allowed in XML text.
            return XmlText.escapeCdataEnds(out.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        return out.toByteArray();
    }

    private static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
