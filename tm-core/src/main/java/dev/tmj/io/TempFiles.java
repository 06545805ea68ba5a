package dev.tmj.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files of outputs being written. Each is deleted by its writer on every normal and exceptional
 * path; those still present when the JVM shuts down (Ctrl-C, SIGTERM, {@code System.exit} from another thread) are
 * deleted by a shutdown hook, so an interrupted run leaves no {@code .report.html.N.tmp} behind. Only SIGKILL and
 * a crash of the JVM escape it.
 */
final class TempFiles {
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static boolean hookInstalled;

    private TempFiles() {
    }

    /** Creates a temporary file in {@code dir} and registers it until {@link #delete}. */
    static Path create(Path dir, String prefix) throws IOException {
        installHook();
        Path temp = Files.createTempFile(dir, prefix, ".tmp");
        LIVE.add(temp);
        return temp;
    }

    /** Deletes a temporary file (if it is still there) and forgets it. */
    static void delete(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Nothing more to do: it is left for the shutdown hook to try again.
            return;
        }
        LIVE.remove(temp);
    }

    /**
     * Renames a finished temporary file to its target. A regular file there is first moved aside (to the temporary
     * name plus {@code .old}), then deleted once the new file is in place, rather than renamed over: renaming over
     * an existing file makes ext4 (auto_da_alloc) write the new file out to disk before the rename returns, half a
     * second or more for a 1.3 GB {@code --json} output, most of such a run's waiting. Without it the kernel writes
     * the output back in its own time, as for any file written without fsync (tmj, like pytm, does not fsync its
     * outputs). The renames hold the lock that the shutdown hook takes, so Ctrl-C cannot leave the target missing
     * between them; should the second rename fail, the old file is moved back.
     */
    static synchronized void replace(Path temp, Path target) throws IOException {
        Path aside = movedAside(target, temp.resolveSibling(temp.getFileName() + ".old"));
        try {
            move(temp, target);
        } catch (IOException | RuntimeException e) {
            if (aside != null) {
                move(aside, target);
            }
            throw e;
        }
        LIVE.remove(temp);
        if (aside != null) {
            LIVE.add(aside);
            delete(aside);
        }
    }

    /** Where the regular file at {@code target} was moved, or null when there is none to move (or it cannot be). */
    private static Path movedAside(Path target, Path aside) {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
            return aside;
        } catch (IOException e) {
            // Gone meanwhile, or not movable (a file system without atomic renames): renamed over, as before.
            return null;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes every registered temporary file: what the shutdown hook does, after a replacement under way. */
    static synchronized void deleteAll() {
        for (Path temp : Set.copyOf(LIVE)) {
            delete(temp);
        }
    }

    /** The temporary files not yet deleted. */
    static Set<Path> live() {
        return Set.copyOf(LIVE);
    }

    private static synchronized void installHook() {
        if (hookInstalled) {
            return;
        }
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "tmj-temp-files"));
            hookInstalled = true;
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already shutting down: each writer still deletes its own temporary file.
            return;
        }
    }
}
