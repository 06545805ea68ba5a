package dev.tmj.check;

import dev.tmj.model.SourceLocation;
import dev.tmj.pipeline.WorkTree;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Paths as every CI output writes them: relative to the top of the git work tree (the nearest folder at or above
 * the model holding a {@code .git} entry), else to the working directory, with forward slashes.
 *
 * <p>An element's file is the file its {@code SourceLocation} names when that file exists (a model script, a
 * JSON or YAML model). The Java DSL records only the declaring class's source file name ({@code ShopModel.java},
 * from the stack frame), so for such a bare name this looks, best-effort, for the model's display path ending in
 * that name, else for the one file of that name in the work tree (hidden folders, {@code target}, {@code build}
 * and {@code node_modules} left out, at most {@value #MAX_VISITED} entries looked at); when there is none or more
 * than one, the element points at the model's own path.
 */
final class RepositoryPaths {
    static final int MAX_VISITED = 50_000;
    private static final Set<String> SKIPPED = Set.of("target", "build", "node_modules", "out");

    private final Path root;
    private final Path workingDirectory;
    private final String displayPath;
    private final Map<String, Optional<String>> byName = new HashMap<>();
    /** The answer for each file an element names: every finding asks, and a model's elements name one file. */
    private final Map<String, Optional<String>> declaring = new HashMap<>();

    private RepositoryPaths(Path root, Path workingDirectory, String displayPath) {
        this.root = root;
        this.workingDirectory = workingDirectory;
        this.displayPath = displayPath;
    }

    /** The paths of a model file's work tree. */
    static RepositoryPaths of(Path modelFile, Path workingDirectory) {
        Path folder = workingDirectory.resolve(modelFile).toAbsolutePath().normalize().getParent();
        return new RepositoryPaths(WorkTree.topOf(folder).orElse(workingDirectory), workingDirectory, null);
    }

    /** The paths of a model built in memory, shown as {@code displayPath}: the working directory's work tree. */
    static RepositoryPaths inMemory(Path workingDirectory, String displayPath) {
        return new RepositoryPaths(WorkTree.topOf(workingDirectory).orElse(workingDirectory), workingDirectory,
                displayPath);
    }

    /** The top these paths are relative to. */
    Path root() {
        return root;
    }

    /** A file relative to the top, with forward slashes. */
    String relative(Path file) {
        Path absolute = workingDirectory.resolve(file).toAbsolutePath().normalize();
        return root.relativize(absolute).toString().replace(File.separatorChar, '/');
    }

    /** The repository-relative file that declares an element, if it can be known. */
    Optional<String> declaringFile(SourceLocation location) {
        return declaring.computeIfAbsent(location.file(), this::declaringFile);
    }

    private Optional<String> declaringFile(String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Path file;
        try {
            file = workingDirectory.resolve(name);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (Files.isRegularFile(file)) {
            return Optional.of(relative(file));
        }
        if (name.indexOf('/') >= 0 || name.indexOf(File.separatorChar) >= 0) {
            return Optional.empty();
        }
        return byName.computeIfAbsent(name, this::findByName);
    }

    private Optional<String> findByName(String name) {
        if (displayPath != null && (displayPath.equals(name) || displayPath.endsWith("/" + name))) {
            return Optional.of(displayPath);
        }
        List<Path> found = new ArrayList<>(2);
        int[] visited = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String folder = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skip = !dir.equals(root) && (folder.startsWith(".") || SKIPPED.contains(folder));
                    return skip ? FileVisitResult.SKIP_SUBTREE : count();
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && file.getFileName().toString().equals(name)) {
                        found.add(file);
                    }
                    return found.size() > 1 ? FileVisitResult.TERMINATE : count();
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                private FileVisitResult count() {
                    return ++visited[0] > MAX_VISITED ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Best effort: an unreadable tree means the element points at the model's own path.
            return Optional.empty();
        }
        return found.size() == 1 && visited[0] <= MAX_VISITED ? Optional.of(relative(found.get(0)))
                : Optional.empty();
    }
}
