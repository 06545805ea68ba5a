package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line's stdout: buffered, so that printing hundreds of thousands of findings is not a system call each. */
class StdoutTest {
    /** Counts the writes that reach the stream: each is a system call on a real stdout. */
    private static final class CountingStream extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int writes;

        @Override
        public void write(int b) {
            writes++;
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writes++;
            bytes.write(b, off, len);
        }
    }

    @Test
    void should_write_many_lines_to_stdout_in_few_writes() {
        CountingStream stream = new CountingStream();
        PrintWriter out = Main.stdout(stream, StandardCharsets.UTF_8);
        for (int i = 0; i < 10_000; i++) {
            out.println("INP01  High       flow " + i + "                  Lack of Input Validation");
        }
        out.flush();
        assertThat(stream.bytes.toString(StandardCharsets.UTF_8)).startsWith("INP01  High       flow 0 ")
                .contains("flow 9999 ").hasLineCount(10_000);
        assertThat(stream.writes).as("writes for 10,000 lines (one per line is a system call per finding)")
                .isLessThan(100);
    }

    @Test
    void should_print_everything_when_the_run_ends() throws IOException {
        CountingStream stream = new CountingStream();
        int code = Main.run(new String[] {"--describe", "Actor"}, Main.stdout(stream, StandardCharsets.UTF_8),
                new PrintWriter(new java.io.StringWriter()));
        assertThat(code).isZero();
        assertThat(stream.bytes.toString(StandardCharsets.UTF_8)).contains("Actor");
    }

    @Test
    void should_write_a_block_of_bytes_after_the_text_printed_before_it() {
        CountingStream stream = new CountingStream();
        StdoutWriter out = (StdoutWriter) Main.stdout(stream, StandardCharsets.UTF_8);
        out.println("header é");
        byte[] block = "Ärger \uD83D\uDE00 ok\n".getBytes(StandardCharsets.UTF_8);
        out.writeBlock(block, 0, block.length);
        out.print("after");
        out.flush();
        assertThat(stream.bytes.toString(StandardCharsets.UTF_8)).isEqualTo("header é\nÄrger \uD83D\uDE00 ok\nafter");
        assertThat(out.checkError()).isFalse();
    }

    @Test
    void should_write_lines_built_from_pieces_as_the_writer_encodes_their_text_even_a_lone_surrogate() {
        String text = "a\uD800b é \uD83D\uDE00\n";
        ByteArrayOutputStream viaWriter = new ByteArrayOutputStream();
        PrintWriter writer = new PrintWriter(new java.io.OutputStreamWriter(viaWriter, StandardCharsets.UTF_8));
        writer.print(text);
        writer.print(text);
        writer.flush();
        ByteArrayOutputStream viaBlock = new ByteArrayOutputStream();
        PrintWriter stdout = Main.stdout(viaBlock, StandardCharsets.UTF_8);

        new LineBlock().append(LineBlock.encoded(text)).append(LineBlock.encoded(text)).writeTo(stdout);

        assertThat(viaBlock.toByteArray()).isEqualTo(viaWriter.toByteArray());
    }

    @Test
    void should_report_a_failed_block_write_as_the_writer_reports_errors() {
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        StdoutWriter out = (StdoutWriter) Main.stdout(closed, StandardCharsets.UTF_8);

        new LineBlock().append(LineBlock.encoded("INP01 ...\n")).writeTo(out);

        assertThat(out.checkError()).isTrue();
    }
}
