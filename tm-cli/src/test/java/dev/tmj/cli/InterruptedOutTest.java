package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} stopped by SIGTERM (a cancelled CI job) while it replaces its outputs leaves no temporary file:
 * tmj runs in a child JVM whose first output, {@code dfd.dot}, is a FIFO nobody reads, so it waits there with
 * every other output written to its temporary file, and is then terminated.
 */
class InterruptedOutTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(300)
    void should_leave_no_temporary_file_when_terminated_while_writing_out() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("report.html"), "old report");
        Path fifo = out.resolve("dfd.dot");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor()).isZero();
        Process tmj = ChildTmj.of(SharedData.model("webapp.py").toString(), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        try {
            while (temporaryFiles(out).size() < 7) {
                assertThat(tmj.isAlive()).as("tmj waits at the FIFO: %s", log()).isTrue();
                Thread.sleep(50);
            }
            tmj.destroy(); // SIGTERM

            assertThat(tmj.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(temporaryFiles(out)).as(log()).isEmpty();
            assertThat(out.resolve("report.html")).as("replaced at the end or not at all").hasContent("old report");
        } finally {
            tmj.destroyForcibly();
        }
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("log.txt"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static List<String> temporaryFiles(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".tmp")).toList();
        }
    }
}
