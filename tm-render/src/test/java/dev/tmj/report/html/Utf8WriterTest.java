package dev.tmj.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reports' writer gives the bytes that {@code BufferedWriter} over {@code OutputStreamWriter} gave. */
class Utf8WriterTest {
    /** ASCII, Latin-1, other BMP characters, a surrogate pair's halves and a character outside the BMP. */
    private static final String[] PIECES = {"a", "<td>", "·", "×", "—", "▸", "\ud83d", "\ude00", "\ud83d\ude00", "é",
        "\n", "x".repeat(70_000)};

    @Test
    void should_write_the_same_bytes_as_an_output_stream_writer_for_any_pieces_in_any_chunks() throws IOException {
        Random random = new Random(20261205);
        for (int run = 0; run < 100; run++) {
            List<String> writes = new ArrayList<>();
            int n = random.nextInt(200);
            for (int i = 0; i < n; i++) {
                StringBuilder piece = new StringBuilder();
                for (int k = random.nextInt(5); k >= 0; k--) {
                    String p = PIECES[random.nextInt(PIECES.length)];
                    piece.append(p.length() > 1000 && random.nextBoolean() ? p.substring(random.nextInt(1000)) : p);
                }
                writes.add(piece.toString());
            }
            long seed = random.nextLong();
            assertThat(written(true, writes, seed)).as("run %d", run).isEqualTo(written(false, writes, seed));
        }
    }

    @Test
    void should_keep_a_surrogate_pair_whole_across_a_chunk_boundary() throws IOException {
        String pair = "\ud83d\ude00";
        List<String> writes = List.of("y".repeat((1 << 16) - 1) + pair.charAt(0), pair.charAt(1) + "z");
        assertThat(new String(written(true, writes, 1), StandardCharsets.UTF_8))
                .endsWith("y" + pair + "z");
    }

    /**
     * The bytes of the writes through a {@link Utf8Writer} ({@code ours}) or the JDK's writers, each write a
     * string, a char array or single chars (at most 50) as {@code seed} chooses.
     */
    private static byte[] written(boolean ours, List<String> writes, long seed) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer w = ours ? new Utf8Writer(bytes)
                : new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16);
        Random how = new Random(seed);
        for (String s : writes) {
            switch (how.nextInt(3)) {
                case 0 -> w.write(s);
                case 1 -> w.write(("[" + s + "]").toCharArray(), 1, s.length());
                default -> s.chars().limit(50).forEach(c -> {
                    try {
                        w.write(c);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        }
        w.flush();
        return bytes.toByteArray();
    }
}
