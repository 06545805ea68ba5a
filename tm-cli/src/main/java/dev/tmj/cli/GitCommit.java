package dev.tmj.cli;

import dev.tmj.history.RunSource;
import dev.tmj.pipeline.WorkTree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The commit a run was made on, for the history: {@code git rev-parse HEAD}, the branch ({@code git symbolic-ref
 * --short -q HEAD}) and the commit's author, each from git run as a child process in the work tree with an argument
 * array (no shell, no pager). Outside a work tree, or when git is missing or fails, the values are null: a history
 * without a commit is still a history.
 */
final class GitCommit {
    private static final long TIMEOUT_SECONDS = 30;
    private static final int LIMIT = 4_096;

    private GitCommit() {
    }

    /** The run's source: the commit of the work tree holding {@code folder}, if any, and this tmj's version. */
    static RunSource of(Path folder) {
        String version = new Version().getVersion()[0];
        return WorkTree.topOf(folder).map(top -> new RunSource(git(top, "rev-parse", "--verify", "-q", "HEAD"),
                git(top, "symbolic-ref", "--short", "-q", "HEAD"),
                git(top, "log", "-1", "--no-show-signature", "--format=%an <%ae>", "HEAD"), version))
                .orElse(new RunSource(null, null, null, version));
    }

    /** git's one line of output, or null when git fails, prints nothing or does not answer in time. */
    private static String git(Path top, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", top.toString(), "--no-pager"));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File(
                            System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")))
                    .start();
            try {
                String out = read(git.getInputStream());
                if (!git.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || git.exitValue() != 0) {
                    return null;
                }
                String line = out.strip().lines().findFirst().orElse("");
                return line.isEmpty() ? null : line;
            } finally {
                git.destroyForcibly();
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[LIMIT];
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (out.size() < LIMIT) {
                    out.write(buffer, 0, Math.min(n, LIMIT - out.size()));
                }
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
