package dev.tmj.dfd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of Graphviz's {@code dot} as a child process: the DOT text on its standard input, the image on its
 * standard output, its error messages captured. No file is written and no shell is involved, so runs at the same
 * time (two CI jobs, parallel test classes) cannot disturb each other, and nothing is left behind. When the run
 * takes longer than its timeout, {@code dot} and every process it started are killed.
 */
final class DotProcess {
    /** How much of {@code dot}'s error output a message quotes. */
    private static final int ERROR_LIMIT = 2_000;
    /** How long to wait for killed processes and for the pipes to drain after {@code dot} ended. */
    private static final long DRAIN_SECONDS = 10;

    private DotProcess() {
    }

    /**
     * The output of {@code dot -T<format>} for this DOT text.
     *
     * @throws DiagramTimeoutException when {@code dot} did not finish within the timeout (it was killed)
     * @throws DiagramException when {@code dot} cannot be started or rejects the text
     */
    static byte[] run(Path executable, String format, String dot, Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(executable.toString(), "-T" + format);
        // Graphviz's "safe mode": image and shape files named in a graph are not read.
        builder.environment().put("SERVER_NAME", "tmj");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new DiagramException("Graphviz's dot (" + executable + ") could not be started: " + e.getMessage(),
                    e);
        }
        ByteArrayOutputStream image = new ByteArrayOutputStream(64 * 1024);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        byte[] input = dot.getBytes(StandardCharsets.UTF_8);
        // Three threads, so that neither side blocks on a full pipe while the other waits.
        Thread writer = start("tmj-dot-stdin", () -> {
            try (OutputStream in = process.getOutputStream()) {
                in.write(input);
            } catch (IOException e) {
                // dot stopped reading (it rejected the text or was killed); its exit says why.
            }
        });
        Thread reader = start("tmj-dot-stdout", () -> copy(process.getInputStream(), image, Long.MAX_VALUE));
        Thread errorReader = start("tmj-dot-stderr", () -> copy(process.getErrorStream(), errors, ERROR_LIMIT));
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new DiagramException("Graphviz's dot was interrupted", e);
        }
        if (!finished) {
            kill(process);
            join(writer, reader, errorReader);
            throw new DiagramTimeoutException(timeout);
        }
        join(writer, reader, errorReader);
        if (reader.isAlive()) {
            // dot ended but something it started still holds its output open.
            kill(process);
            throw new DiagramException("Graphviz's dot ended but its output did not");
        }
        if (process.exitValue() != 0) {
            String message = Escaping.oneLine(errors.toString(StandardCharsets.UTF_8)).strip();
            throw new DiagramException("Graphviz could not render the diagram: "
                    + (message.isEmpty() ? "dot exited with status " + process.exitValue() : message));
        }
        return image.toByteArray();
    }

    /** Kills {@code dot} and what it started (found before {@code dot} dies, when they still are its children). */
    private static void kill(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : descendants) {
            try {
                handle.onExit().get(DRAIN_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                // Killed with SIGKILL; nothing more can be done.
            }
        }
        try {
            process.waitFor(DRAIN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread start(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void copy(InputStream from, ByteArrayOutputStream to, long limit) {
        byte[] buffer = new byte[16 * 1024];
        try (from) {
            for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                int kept = (int) Math.min(n, Math.max(0, limit - to.size()));
                to.write(buffer, 0, kept);
            }
        } catch (IOException e) {
            // The pipe closed because dot was killed; the caller reports that.
        }
    }

    private static void join(Thread... threads) {
        try {
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(DRAIN_SECONDS));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
