package dev.tmj.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A threat library may be any file: errors quote none of it beyond a short excerpt (a key file's first word must
 * not reach a CI log), and a file that never ends or blocks is refused before it is read.
 */
class UntrustedLibraryTest {
    private static final String SECRET = "SECRET_TOKEN_abc123def456";

    @TempDir
    Path dir;

    @Test
    void should_not_echo_the_unrecognized_token_of_a_file_that_is_not_json() throws IOException {
        Path secret = Files.writeString(dir.resolve("key.txt"), SECRET + " more\n");

        assertThatThrownBy(() -> ThreatLibrary.fromJson(secret)).isInstanceOf(ThreatLibraryException.class)
                .hasMessage(secret + ":1:1: malformed JSON: unrecognized token: was expecting (JSON String, Number,"
                        + " Array, Object or token 'null', 'true' or 'false')")
                .hasMessageNotContaining("SECRET");
    }

    @Test
    void should_quote_keys_and_target_classes_only_as_short_escaped_excerpts() {
        String longKey = "K".repeat(35) + "\n\u001b[31m::error::" + SECRET;

        assertThatThrownBy(() -> ThreatLibrary.fromJson("[{\"" + longKey.replace("\n", "\\n")
                .replace("\u001b", "\\u001b") + "\": 1}]", "lib.json"))
                .hasMessage("lib.json:1:3: unknown key \"" + "K".repeat(35) + "\\n\\u001b[31…\" in threat");
        assertThatThrownBy(() -> ThreatLibrary.fromJson("[{\"SID\": \"T\", \"target\": \"" + SECRET + SECRET
                + "\"}]", "lib.json"))
                .hasMessageContaining("targets unknown class \"" + (SECRET + SECRET).substring(0, 40) + "…\"")
                .hasMessageNotContaining(SECRET + SECRET);
    }

    @Test
    void should_name_a_duplicate_key_in_an_excerpt() {
        assertThatThrownBy(() -> ThreatLibrary.fromJson("[{\"SID\": \"T\", \"description\": \"a\","
                + " \"description\": \"b\"}]", "lib.json"))
                .hasMessageStartingWith("lib.json:1:")
                .hasMessageEndingWith("malformed JSON: duplicate key \"description\"");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void should_refuse_a_device_or_a_folder_as_a_library_without_reading_it() {
        Path zero = Path.of("/dev/zero");
        assumeThat(zero).exists();

        assertThatThrownBy(() -> ThreatLibrary.fromJson(zero)).isInstanceOf(ThreatLibraryException.class)
                .hasMessage("/dev/zero: a threat library must be a regular file, not a device, FIFO or socket");
        assertThatThrownBy(() -> ThreatLibrary.fromJson(dir))
                .hasMessage(dir + ": a threat library must be a regular file, not a folder");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void should_refuse_a_fifo_as_a_library_instead_of_waiting_for_a_writer() throws Exception {
        Path fifo = dir.resolve("threats.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeThat(e).as("mkfifo is not available").isNull();
            return;
        }
        assumeThat(mkfifo.waitFor()).isZero();

        assertThatThrownBy(() -> ThreatLibrary.fromJson(fifo))
                .hasMessage(fifo + ": a threat library must be a regular file, not a device, FIFO or socket");
    }

    @Test
    void should_refuse_a_library_larger_than_the_limit() throws IOException {
        Path big = dir.resolve("big.json");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write('[');
            byte[] spaces = " ".repeat(1024 * 1024).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            for (int i = 0; i < ThreatLibrary.MAX_BYTES / spaces.length; i++) {
                out.write(spaces);
            }
            out.write(']');
        }

        assertThatThrownBy(() -> ThreatLibrary.fromJson(big))
                .hasMessage(big + ": the threat library is larger than tmj's limit of 16 MB");
    }
}
