package dev.tmj.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lines of output built as UTF-8 bytes from pieces encoded once each, written in blocks: the one-line output of
 * 745,726 findings was a StringBuilder widened to chars and encoded back to bytes a character at a time. A piece is
 * a whole String's encoding, so the bytes are those of the lines' text encoded at once (a lone surrogate is
 * {@code ?} either way).
 */
final class LineBlock {
    /** About how many bytes are written at once. */
    static final int SIZE = 1 << 15;

    private byte[] bytes;
    private int size;

    /** A block of lines. */
    LineBlock() {
        this(SIZE + 1024);
    }

    /** A block for a short piece built from pieces, such as a line's columns; it grows as needed. */
    LineBlock(int capacity) {
        bytes = new byte[capacity];
    }

    static byte[] encoded(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    int size() {
        return size;
    }

    LineBlock append(byte[] piece) {
        ensure(piece.length);
        System.arraycopy(piece, 0, bytes, size, piece.length);
        size += piece.length;
        return this;
    }

    LineBlock spaces(int count) {
        if (count > 0) {
            ensure(count);
            Arrays.fill(bytes, size, size + count, (byte) ' ');
            size += count;
        }
        return this;
    }

    /** Empties the block. */
    LineBlock clear() {
        size = 0;
        return this;
    }

    /** Another block's bytes. */
    LineBlock append(LineBlock other) {
        ensure(other.size);
        System.arraycopy(other.bytes, 0, bytes, size, other.size);
        size += other.size;
        return this;
    }

    /** The decimal digits of a number that is not negative, as {@code Integer.toString} writes them. */
    LineBlock decimal(int value) {
        int digits = 1;
        for (int rest = value; rest >= 10; rest /= 10) {
            digits++;
        }
        ensure(digits);
        int rest = value;
        for (int i = size + digits - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        size += digits;
        return this;
    }

    /** Whether the text from {@code start} begins, after blanks, as a CI command may ({@code ::}, {@code ##}). */
    boolean mayStartCommand(int start) {
        int i = start;
        while (i < size && bytes[i] == ' ') {
            i++;
        }
        return i < size && (bytes[i] == ':' || bytes[i] == '#');
    }

    /** The text from {@code start}, which is then cut off: for a line that must be escaped whole. */
    String cutFrom(int start) {
        String text = new String(bytes, start, size - start, StandardCharsets.UTF_8);
        size = start;
        return text;
    }

    /** The bytes of the block, which is then emptied: a piece built from pieces. */
    byte[] cutBytes() {
        byte[] piece = Arrays.copyOf(bytes, size);
        size = 0;
        return piece;
    }

    /** Writes the block and empties it: stdout takes the bytes as they are, another writer their text. */
    void writeTo(PrintWriter out) {
        if (out instanceof StdoutWriter stdout && stdout.charset().equals(StandardCharsets.UTF_8)) {
            stdout.writeBlock(bytes, 0, size);
        } else {
            out.write(new String(bytes, 0, size, StandardCharsets.UTF_8));
        }
        size = 0;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
