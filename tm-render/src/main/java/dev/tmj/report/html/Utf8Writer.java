package dev.tmj.report.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A writer that encodes UTF-8 a chunk at a time: text is collected in a {@link StringBuilder} and each chunk is
 * encoded by {@link String#getBytes}. A report of a large model is gigabytes of mostly ASCII text with a few other
 * characters (·, ×, —) in every finding; through {@code BufferedWriter} and {@code OutputStreamWriter} each string
 * was copied into a char buffer and each chunk with one such character went through the charset encoder's
 * character-by-character loop, which took a fifth of {@code --out}'s time at 50,000 flows. The bytes are the same:
 * a surrogate pair split between two writes is kept whole, and a lone surrogate becomes {@code ?} as with
 * {@code OutputStreamWriter}. Not thread-safe; {@link #close()} flushes without closing the stream.
 */
final class Utf8Writer extends Writer {
    private static final int CHUNK = 1 << 16;
    private final OutputStream out;
    private StringBuilder text = new StringBuilder(CHUNK + 1024);

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        text.append(s, off, off + len);
        if (text.length() >= CHUNK) {
            drain();
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        text.append(chars, off, len);
        if (text.length() >= CHUNK) {
            drain();
        }
    }

    @Override
    public void write(int c) throws IOException {
        text.append((char) c);
        if (text.length() >= CHUNK) {
            drain();
        }
    }

    /** Encodes what was written, but a high surrogate at the end: its pair may come with the next write. */
    private void drain() throws IOException {
        int end = text.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return;
        }
        out.write(text.substring(0, end).getBytes(StandardCharsets.UTF_8));
        StringBuilder rest = new StringBuilder(CHUNK + 1024); // a new one: a builder once widened stays wide
        rest.append(text, end, text.length());
        text = rest;
    }

    /**
     * Writes what was written, but a trailing high surrogate, and flushes the stream: the same bytes as
     * {@code OutputStreamWriter}, which keeps such a surrogate too until its pair comes.
     */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
