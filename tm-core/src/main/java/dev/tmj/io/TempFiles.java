package dev.tmj.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** A temporary file that was renamed into place is no longer temporary. */
    static void forget(Path temp) {
        LIVE.remove(temp);
    }

    /** Deletes every registered temporary file: what the shutdown hook does. */
    static void deleteAll() {
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
