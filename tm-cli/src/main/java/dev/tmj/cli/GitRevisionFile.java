package dev.tmj.cli;

import dev.tmj.format.json.ReadLimits;
import dev.tmj.model.SourceException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A model file as a git revision holds it: {@code tmj diff origin/main:tm.py tm.py}. The content comes from
 * {@code git cat-file blob REV:PATH}, run as a child process in the current directory with an argument array (no
 * shell), which is what {@code git show REV:PATH} prints for a file but never runs a textconv filter or a pager
 * and refuses a folder. PATH is as git reads it: relative to the repository's top, or to the current directory
 * when it starts with {@code ./} or {@code ../}. A REV that starts with {@code -} is refused (git would read it as
 * an option).
 */
final class GitRevisionFile {
    /** One byte more than any model tmj reads, so that ModelText refuses larger content with its usual message. */
    private static final int MAX_BYTES = ReadLimits.MAX_FILE_BYTES + 1;
    private static final int ERROR_LIMIT = 2_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** git reads nothing from tmj: its standard input is the null device. */
    private static final String NULL_DEVICE = System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null";

    private GitRevisionFile() {
    }

    /**
     * Whether a diff argument names a git revision's file rather than a file: a file of that name wins, else a
     * colon makes it {@code REV:PATH}.
     */
    static boolean isRevisionPath(String argument) {
        return !java.nio.file.Files.exists(Path.of(argument)) && argument.indexOf(':') > 0;
    }

    /**
     * The bytes of {@code REV:PATH}.
     *
     * @throws SourceException naming the argument when git cannot show it (a missing revision or path, no
     *     repository, no git) or when the revision starts with {@code -}
     */
    static byte[] read(String revisionPath) {
        String revision = revisionPath.substring(0, revisionPath.indexOf(':'));
        if (revision.startsWith("-")) {
            throw new SourceException(revisionPath, 0, 0, "a revision may not start with '-'");
        }
        ProcessBuilder builder = new ProcessBuilder(List.of("git", "cat-file", "blob", revisionPath))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File(NULL_DEVICE)));
        Process git;
        try {
            git = builder.start();
        } catch (IOException e) {
            throw new SourceException(revisionPath, 0, 0, "git could not be started: " + e.getMessage());
        }
        try {
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            Thread errorReader = new Thread(() -> copy(git.getErrorStream(), errors, ERROR_LIMIT),
                    "tmj-git-stderr");
            errorReader.setDaemon(true);
            errorReader.start();
            ByteArrayOutputStream content = new ByteArrayOutputStream(64 * 1024);
            copy(git.getInputStream(), content, MAX_BYTES);
            if (!git.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SourceException(revisionPath, 0, 0, "git did not answer within "
                        + TIMEOUT.toSeconds() + " s");
            }
            errorReader.join(TimeUnit.SECONDS.toMillis(10));
            if (git.exitValue() != 0) {
                String message = errors.toString(StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
                throw new SourceException(revisionPath, 0, 0, "git cannot show it"
                        + (message.isEmpty() ? " (exit status " + git.exitValue() + ")" : ": " + message));
            }
            return content.toByteArray();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(revisionPath, 0, 0, "interrupted while git read it");
        } finally {
            git.destroyForcibly();
        }
    }

    /** Copies at most {@code limit} bytes, then keeps draining so that the process never blocks on a full pipe. */
    private static void copy(InputStream in, ByteArrayOutputStream out, int limit) {
        byte[] buffer = new byte[64 * 1024];
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                int room = limit - out.size();
                if (room > 0) {
                    out.write(buffer, 0, Math.min(n, room));
                }
            }
        } catch (IOException e) {
            // The process ended or was killed; its exit status says what happened.
        }
    }
}
