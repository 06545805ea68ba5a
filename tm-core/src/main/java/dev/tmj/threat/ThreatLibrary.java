package dev.tmj.threat;

import dev.tmj.model.ElementType;
import dev.tmj.model.Excerpt;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ordered set of threats, in pytm's {@code threats.json} format. Libraries combine: {@link #and} adds
 * another library's threats (a SID in both is an error), {@link #overriddenBy} lets another library replace
 * threats by SID. Order matters: findings follow library order, as pytm's do.
 */
public final class ThreatLibrary {
    private final String name;
    private final List<Threat> threats;
    private final Map<String, Threat> bySid;
    private final Map<ElementType, List<Threat>> byType = new EnumMap<>(ElementType.class);

    private ThreatLibrary(String name, List<Threat> threats) {
        this.name = name;
        this.threats = List.copyOf(threats);
        Map<String, Threat> index = new LinkedHashMap<>();
        for (Threat threat : threats) {
            Threat previous = index.putIfAbsent(threat.id(), threat);
            if (previous != null) {
                throw new ThreatLibraryException(name, threat.location().map(l -> l.line()).orElse(0),
                        threat.location().map(l -> l.column()).orElse(0), "duplicate threat SID " + Excerpt.of(threat.id())
                                + previous.location().map(l -> " (first defined at line " + l.line() + ")")
                                        .orElse(""));
            }
        }
        this.bySid = Collections.unmodifiableMap(index);
        for (ElementType type : ElementType.values()) {
            byType.put(type, threats.stream().filter(t -> t.targets(type)).toList());
        }
    }

    /** A library of these threats, in this order. */
    public static ThreatLibrary of(String name, List<Threat> threats) {
        return new ThreatLibrary(name, threats);
    }

    /**
     * The largest threat library tmj reads: pytm's has about 100 threats in 150 kB; a larger file is not a library
     * (and an endless one, such as {@code /dev/zero}, must not hold the run).
     */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    /**
     * Loads a pytm-format threat library; entries marked {@code DEPRECATED} are skipped. The file must be a regular
     * file (following symbolic links) of at most {@link #MAX_BYTES}: a FIFO, a device or {@code /dev/stdin} would
     * block or never end.
     *
     * @throws ThreatLibraryException with file, line and column for unreadable files, malformed JSON, unknown
     *     keys, unknown target classes and invalid conditions
     */
    public static ThreatLibrary fromJson(Path path) {
        String name = path.toString();
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new ThreatLibraryException(name, 0, 0, "a threat library must be a regular file, not "
                    + (Files.isDirectory(path) ? "a folder" : "a device, FIFO or socket"));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ThreatLibraryException(name, 0, 0, "cannot read threat library: "
                    + e.getClass().getSimpleName().replace("Exception", "") + " " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw new ThreatLibraryException(name, 0, 0, "the threat library is larger than tmj's limit of "
                    + MAX_BYTES / (1024 * 1024) + " MB");
        }
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            return new ThreatLibrary(name, ThreatJsonReader.read(in, name));
        } catch (IOException e) {
            throw new ThreatLibraryException(name, 0, 0, "cannot read threat library: " + e.getMessage());
        }
    }

    /** Loads a pytm-format threat library from text; {@code sourceName} names it in errors. */
    public static ThreatLibrary fromJson(String json, String sourceName) {
        try (InputStream in = new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            return new ThreatLibrary(sourceName, ThreatJsonReader.read(in, sourceName));
        } catch (IOException e) {
            throw new ThreatLibraryException(sourceName, 0, 0, e.getMessage());
        }
    }

    /**
     * tmj's own library: every active pytm threat, with pytm's SIDs, targets and conditions, described in
     * tmj's words and tagged with its STRIDE category and CAPEC/CWE/OWASP references.
     */
    public static ThreatLibrary builtIn() {
        return cached("pytm", "/dev/tmj/threat/tmj-threats.json", "tmj built-in");
    }

    /**
     * The built-in libraries read so far, by name: read and compiled once per process (tens of milliseconds of
     * start-up), then shared. A library is immutable (its conditions are compiled trees; each evaluation has its own
     * frame), so any number of threads may resolve against one. The command line reads the pytm library on a
     * second thread while it parses its arguments ({@code dev.tmj.cli.Main}); a caller that asks for it meanwhile
     * waits here until it is ready.
     */
    private static final Map<String, ThreatLibrary> BUILT_IN = new java.util.HashMap<>();

    /** The prefix that names a built-in library where a threats file is expected: {@code builtin:iac}. */
    public static final String BUILT_IN_PREFIX = "builtin:";

    /** The names of the built-in libraries, for {@code builtin:NAME}. */
    public static final List<String> BUILT_IN_NAMES = List.of("pytm", "iac", "linddun", "all");

    /**
     * A built-in library by name: {@code pytm} (the {@link #builtIn() security library} with pytm's SIDs),
     * {@code iac} (threats in infrastructure code, read from facts the IaC importers record), {@code linddun} (privacy
     * threats in LINDDUN's categories, read from the model's privacy facts: docs/privacy.md), {@code all} (the three).
     *
     * @throws ThreatLibraryException naming the known libraries for any other name
     */
    public static ThreatLibrary builtIn(String name) {
        switch (name) {
            case "pytm":
                return builtIn();
            case "iac":
                return cached("iac", "/dev/tmj/threat/tmj-iac-threats.json", "tmj IaC");
            case "linddun":
                return cached("linddun", "/dev/tmj/threat/tmj-linddun-threats.json", "tmj LINDDUN");
            case "all":
                return builtIn().and(builtIn("iac")).and(builtIn("linddun"));
            default:
                throw new ThreatLibraryException(BUILT_IN_PREFIX + name, 0, 0, "no built-in threat library "
                        + Excerpt.quoted(name) + "; the built-in libraries are "
                        + String.join(", ", BUILT_IN_NAMES.stream().map(n -> BUILT_IN_PREFIX + n).toList()));
        }
    }

    /** A built-in library, read once per process ({@link #BUILT_IN}). */
    private static ThreatLibrary cached(String name, String resource, String label) {
        synchronized (BUILT_IN) {
            return BUILT_IN.computeIfAbsent(name, key ->
                    new ThreatLibrary(label, fromResource(ThreatLibrary.class, resource).threats));
        }
    }

    /** Loads a library shipped on the class path. */
    public static ThreatLibrary fromResource(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ThreatLibraryException(resource, 0, 0, "threat library resource not found");
            }
            return new ThreatLibrary(resource, ThreatJsonReader.read(in, resource));
        } catch (IOException e) {
            throw new ThreatLibraryException(resource, 0, 0, e.getMessage());
        }
    }

    /**
     * This library followed by another's threats.
     *
     * @throws ThreatLibraryException if both define the same SID; use {@link #overriddenBy} to replace threats
     */
    public ThreatLibrary and(ThreatLibrary other) {
        for (Threat threat : other.threats) {
            if (bySid.containsKey(threat.id())) {
                throw new ThreatLibraryException(other.name, threat.location().map(l -> l.line()).orElse(0),
                        threat.location().map(l -> l.column()).orElse(0), "threat " + Excerpt.of(threat.id())
                                + " is already defined by " + name
                                + "; declare the library as an override to replace it");
            }
        }
        List<Threat> all = new ArrayList<>(threats);
        all.addAll(other.threats);
        return new ThreatLibrary(name + " + " + other.name, all);
    }

    /** This library with threats of {@code overrides} replacing those with the same SID; new SIDs are appended. */
    public ThreatLibrary overriddenBy(ThreatLibrary overrides) {
        List<Threat> all = new ArrayList<>();
        for (Threat threat : threats) {
            all.add(overrides.bySid.getOrDefault(threat.id(), threat));
        }
        overrides.threats.stream().filter(t -> !bySid.containsKey(t.id())).forEach(all::add);
        return new ThreatLibrary(name + " overridden by " + overrides.name, all);
    }

    /** Where the library came from (a file, a resource, or a combination). */
    public String name() {
        return name;
    }

    /** All threats, in library order. */
    public List<Threat> threats() {
        return threats;
    }

    /** The threats whose targets include this element type, in library order; computed once. */
    public List<Threat> threatsFor(ElementType type) {
        return byType.get(type);
    }

    public Optional<Threat> find(String sid) {
        return Optional.ofNullable(bySid.get(sid));
    }

    public int size() {
        return threats.size();
    }

    @Override
    public String toString() {
        return "ThreatLibrary(" + name + ", " + threats.size() + " threats)";
    }
}
