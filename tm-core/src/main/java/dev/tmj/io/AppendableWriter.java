package dev.tmj.io;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/**
 * A {@link Writer} over any {@link Appendable}, so that a writer of text (the model writers) offers one
 * {@code write(..., Appendable)} and stream libraries (which want a Writer) can still write into a StringBuilder
 * or a file.
 */
public final class AppendableWriter extends Writer {
    private final Appendable out;

    private AppendableWriter(Appendable out) {
        this.out = out;
    }

    /** The appendable itself when it is a Writer, otherwise a Writer that appends to it. */
    public static Writer of(Appendable out) {
        return out instanceof Writer w ? w : new AppendableWriter(out);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        if (out instanceof StringBuilder sb) {
            sb.append(buffer, offset, length);
        } else {
            out.append(CharBuffer.wrap(buffer, offset, length));
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.append(text, offset, offset + length);
    }

    @Override
    public void flush() throws IOException {
        if (out instanceof Flushable f) {
            f.flush();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
