package dev.tmj.iac.terraform;

import dev.tmj.iac.hcl.Body;
import dev.tmj.iac.hcl.Hcl;
import dev.tmj.iac.hcl.HclException;
import dev.tmj.model.PositionedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The {@code *.tf} files of module folders, parsed once each, named as the user sees them: relative to the working
 * directory with forward slashes (absolute when outside it). Syntax errors of all files of a folder are reported
 * together.
 */
final class SourceFiles {
    private final Path workingDirectory = workingDirectory();
    private final Map<Path, List<Body>> parsed = new HashMap<>();

    /** The parsed {@code *.tf} files of a folder, by file name; adds the names of newly read files to {@code read}. */
    List<Body> parse(Path dir, List<String> read) throws IOException {
        List<Body> known = parsed.get(dir);
        if (known != null) {
            return known;
        }
        List<Body> bodies = new ArrayList<>();
        List<HclException> errors = new ArrayList<>();
        for (Path file : filesIn(dir, ".tf")) {
            String name = display(file);
            read.add(name);
            try {
                bodies.add(Hcl.parseFile(file, name));
            } catch (HclException e) {
                e.errors().forEach(error -> errors.add((HclException) error));
            }
        }
        if (!errors.isEmpty()) {
            List<HclException> first = errors.subList(0, Math.min(errors.size(), PositionedException.MAX_ERRORS));
            throw PositionedException.collect(first, errors.size() > first.size());
        }
        parsed.put(dir, bodies);
        return bodies;
    }

    /** The regular files of {@code dir} whose names end with {@code suffix}, sorted by name. */
    static List<Path> filesIn(Path dir, String suffix) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        }
    }

    private static Path workingDirectory() {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        try {
            return cwd.toRealPath();
        } catch (IOException e) {
            return cwd;
        }
    }

    /** A path as positions show it. */
    String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
        String text = shown.toString().replace(shown.getFileSystem().getSeparator(), "/");
        return text.isEmpty() ? "." : text;
    }
}
