package dev.tmj.pipeline;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The git work tree a file lies in, found by names alone: the nearest folder at or above it that holds a
 * {@code .git} entry (a folder in a checkout, a file in a worktree or submodule). git itself is never run and no
 * content is read, so a hostile {@code .git} cannot make tmj do anything.
 */
public final class WorkTree {
    private WorkTree() {
    }

    /** The top of the work tree that holds this folder, if any. */
    public static Optional<Path> topOf(Path folder) {
        for (Path at = folder.toAbsolutePath().normalize(); at != null; at = at.getParent()) {
            if (Files.exists(at.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }
}
