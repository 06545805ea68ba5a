package dev.tmj.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds pytm's threat library for the benchmarks: an explicit path (the {@code threats} JMH parameter or the
 * {@code tmj.threats} system property), else {@code pytm/threats.json} under the {@code tmj.shared.dir}
 * system property, else {@code shared/pytm/threats.json} beside the working directory or any of its ancestors
 * (from the repository root that is {@code ../shared/pytm/threats.json}).
 */
public final class ThreatsFile {
    /** System property naming the threat library file. */
    public static final String PROPERTY = "tmj.threats";

    private static final String RELATIVE = "shared/pytm/threats.json";

    private ThreatsFile() {
    }

    /**
     * The threat library to use.
     *
     * @param explicit a path given on the command line; blank for "find it"
     * @throws IllegalStateException naming every place looked at, when there is no such file
     */
    public static Path locate(String explicit) {
        String given = explicit == null || explicit.isBlank() ? System.getProperty(PROPERTY, "") : explicit;
        if (!given.isBlank()) {
            Path path = Path.of(given).toAbsolutePath().normalize();
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException("threat library " + path + " does not exist");
            }
            return path;
        }
        List<Path> tried = new ArrayList<>();
        String shared = System.getProperty("tmj.shared.dir", "");
        if (!shared.isBlank()) {
            tried.add(Path.of(shared, "pytm", "threats.json"));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            tried.add(dir.resolve(RELATIVE));
        }
        for (Path candidate : tried) {
            if (Files.isRegularFile(candidate)) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("cannot find pytm's threats.json; looked at " + tried
                + ". Pass its path with -p threats=PATH or -D" + PROPERTY + "=PATH");
    }
}
