package dev.tmj.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A regular file is replaced atomically; a stream is written, never replaced; a link keeps being a link. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void should_replace_a_regular_file_and_leave_no_temporary_file() throws IOException {
        Path file = Files.writeString(dir.resolve("out.json"), "old");

        AtomicFiles.writeBytes(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(file).hasContent("new");
        assertThat(dir.toFile().list()).containsExactly("out.json");
    }

    @Test
    @Timeout(60)
    void should_write_to_a_fifo_without_replacing_it() throws Exception {
        Path fifo = dir.resolve("fifo");
        run("mkfifo", fifo.toString());
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        AtomicFiles.writeBytes(fifo, out -> out.write("through the pipe".getBytes(StandardCharsets.UTF_8)));

        assertThat(read.get(50, TimeUnit.SECONDS)).isEqualTo("through the pipe");
        assertThat(kind(fifo).isOther()).as("still a FIFO").isTrue();
        assertThat(dir.toFile().list()).containsExactly("fifo");
    }

    @Test
    void should_write_to_a_character_device_and_leave_it_a_device() throws Exception {
        // A null device of our own (as /dev/null is), so that a failure cannot break the machine's.
        Path device = dir.resolve("null");
        assumeThat(exitCode("mknod", device.toString(), "c", "1", "3")).as("mknod needs root").isZero();

        AtomicFiles.writeBytes(device, out -> out.write("discarded".getBytes(StandardCharsets.UTF_8)));

        assertThat(kind(device).isOther()).as("still a character device").isTrue();
        assertThat(Files.size(device)).isZero();
    }

    @Test
    void should_write_to_dev_null_without_replacing_it() throws IOException {
        AtomicFiles.writeBytes(Path.of("/dev/null"), out -> out.write("discarded".getBytes(StandardCharsets.UTF_8)));

        assertThat(kind(Path.of("/dev/null")).isOther()).isTrue();
    }

    @Test
    void should_replace_the_target_of_a_symbolic_link_and_keep_the_link() throws IOException {
        Path target = Files.writeString(Files.createDirectories(dir.resolve("real")).resolve("out.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real/out.json"));

        AtomicFiles.writeBytes(link, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real/out.json"));
        assertThat(target).hasContent("new");
        assertThat(dir.resolve("real").toFile().list()).containsExactly("out.json");
    }

    @Test
    void should_refuse_a_symbolic_link_to_nothing_and_name_it() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("missing/out.json"));

        assertThatThrownBy(() -> AtomicFiles.writeBytes(link, out -> out.write(1)))
                .isInstanceOf(FileSystemException.class)
                .hasMessageStartingWith(link + ": a symbolic link to a file that does not exist");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void should_refuse_a_directory_and_name_it() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("out.json"));

        assertThatThrownBy(() -> AtomicFiles.writeBytes(folder, out -> out.write(1)))
                .hasMessage(folder + ": is a directory");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void should_name_the_file_when_the_disk_is_full() throws IOException {
        // /dev/full fails every write with ENOSPC, as a full disk does.
        assertThatThrownBy(() -> AtomicFiles.writeBytes(Path.of("/dev/full"), out -> out.write(new byte[1 << 17])))
                .isInstanceOf(FileSystemException.class)
                .hasMessage("/dev/full: No space left on device");
        assertThat(kind(Path.of("/dev/full")).isOther()).isTrue();
    }

    @Test
    void should_name_the_file_when_its_folder_is_a_file() throws IOException {
        Path file = Files.writeString(dir.resolve("afile"), "x");

        assertThatThrownBy(() -> AtomicFiles.writeBytes(file.resolve("out.json"), out -> out.write(1)))
                .hasMessage(file.resolve("out.json") + ": cannot write into " + file + ": not a directory");
    }

    @Test
    void should_leave_the_old_file_and_no_temporary_file_when_the_content_fails_midway() throws IOException {
        Path file = Files.writeString(dir.resolve("report.html"), "old");

        assertThatThrownBy(() -> AtomicFiles.writeBytes(file, out -> {
            out.write(new byte[200_000]);
            throw new IllegalStateException("renderer failed");
        })).hasMessage("renderer failed");

        assertThat(file).hasContent("old");
        assertThat(dir.toFile().list()).containsExactly("report.html");
        assertThat(TempFiles.live()).isEmpty();
    }

    @Test
    void should_delete_the_temporary_files_still_pending_when_the_jvm_shuts_down() throws IOException {
        Path file = dir.resolve("report.html");
        AtomicFiles.Pending pending = AtomicFiles.prepare(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(dir.toFile().list()).singleElement().asString().startsWith(".report.html.").endsWith(".tmp");

        TempFiles.deleteAll(); // what the shutdown hook does on Ctrl-C or SIGTERM

        assertThat(dir.toFile().list()).isEmpty();
        pending.close();
    }

    @Test
    void should_replace_the_target_only_on_commit() throws IOException {
        Path file = Files.writeString(dir.resolve("seq.svg"), "old");

        try (AtomicFiles.Pending pending = AtomicFiles.prepare(file,
                out -> out.write("new".getBytes(StandardCharsets.UTF_8)))) {
            assertThat(file).hasContent("old");
            pending.commit();
        }

        assertThat(file).hasContent("new");
        assertThat(dir.toFile().list()).containsExactly("seq.svg");
    }

    @Test
    void should_leave_a_reader_of_the_old_file_reading_the_old_content() throws IOException {
        Path file = Files.writeString(dir.resolve("out.json"), "old");

        try (InputStream reader = Files.newInputStream(file)) {
            AtomicFiles.writeBytes(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

            assertThat(new String(reader.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("old");
        }
        assertThat(file).hasContent("new");
        assertThat(dir.toFile().list()).containsExactly("out.json");
    }

    @Test
    void should_replace_only_the_name_written_when_the_old_file_has_another_link() throws IOException {
        Path file = Files.writeString(dir.resolve("out.json"), "old");
        Path other = Files.createLink(dir.resolve("kept.json"), file);

        AtomicFiles.writeBytes(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(file).hasContent("new");
        assertThat(other).hasContent("old");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("out.json", "kept.json");
    }

    @Test
    void should_put_the_old_file_back_when_the_new_one_cannot_take_its_place() throws IOException {
        Path file = Files.writeString(dir.resolve("out.json"), "old");
        AtomicFiles.Pending pending = AtomicFiles.prepare(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        Path temp = TempFiles.live().stream().filter(p -> p.getParent().equals(dir)).findFirst().orElseThrow();
        Files.delete(temp); // the new file vanished before it could be renamed into place

        assertThatThrownBy(pending::commit).isInstanceOf(NoSuchFileException.class).hasMessageContaining(temp.toString());

        assertThat(file).hasContent("old");
        assertThat(dir.toFile().list()).containsExactly("out.json");
        pending.close();
        assertThat(TempFiles.live()).noneMatch(p -> p.getParent().equals(dir));
    }

    private static BasicFileAttributes kind(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        assertThat(exitCode(command)).as(String.join(" ", command)).isZero();
    }

    private static int exitCode(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
