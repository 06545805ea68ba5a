package dev.tmj.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * The command line's stdout: a {@link PrintWriter} through a large buffer, without a flush per line (with 700,000
 * findings, small writes made the one-line output take seconds of system time), that also takes a block of bytes
 * already encoded ({@link LineBlock}): through the writer, text is encoded a character at a time.
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
     * Writes bytes of this writer's charset after everything printed before it, as they are. An I/O error, such as
     * a closed pipe, sets {@link #checkError()} as the writer's own methods do.
     */
    void writeBlock(byte[] bytes, int offset, int length) {
        flush();
        try {
            stream.write(bytes, offset, length);
        } catch (IOException e) {
            setError();
        }
    }

    /** The charset of the bytes {@link #writeBlock} takes. */
    Charset charset() {
        return charset;
    }
}
