package dev.tmj.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * The command line's stdout: a {@link PrintWriter} through a large buffer, without a flush per line (with 700,000
 * findings, small writes made the one-line output take seconds of system time), that also takes a large block of
 * text as the bytes of its charset in one write. Through the writer, a block of ASCII text is widened to characters
 * and narrowed back to bytes a character at a time; {@link #writeBlock} copies it twice as arrays.
 */
final class StdoutWriter extends PrintWriter {
    /** Large enough that printing one finding per line costs a system call per few hundred findings. */
    private static final int BUFFER_CHARS = 1 << 16;

    private final OutputStream stream;
    private final Charset charset;

    StdoutWriter(OutputStream stream, Charset charset) {
        super(new BufferedWriter(new OutputStreamWriter(stream, charset), BUFFER_CHARS), false);
        this.stream = stream;
        this.charset = charset;
    }

    /**
     * Writes the text after everything printed before it, encoded as the writer encodes it (a malformed surrogate
     * becomes {@code ?} either way). The text must not end inside a surrogate pair: the one-line output writes whole
     * lines. An I/O error, such as a closed pipe, sets {@link #checkError()} as the writer's own methods do.
     */
    void writeBlock(CharSequence text) {
        flush();
        try {
            stream.write(text.toString().getBytes(charset));
        } catch (IOException e) {
            setError();
        }
    }
}
