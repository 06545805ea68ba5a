package dev.tmj.format.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * JSON as Python's {@code json.dump(obj, f)} writes it with {@code ensure_ascii}: {@code ", "} and {@code ": "}
 * separators, no indentation, every character outside space to tilde escaped ({@code \"}, {@code \\}, {@code \b},
 * {@code \t}, {@code \n}, {@code \f}, {@code \r}, otherwise a backslash-u escape with lower-case hex digits, each
 * surrogate of a pair on its own). The output is ASCII, written to a byte buffer and from there to the stream, or
 * kept in memory (a chunk that a helper thread renders, {@link #inMemory}).
 *
 * <p>Why not a Jackson generator with a pretty printer: a finding is two dozen short values, and the printer's
 * separators and the generator's checks per value made writing the findings of a 50,000-flow model (over a
 * gigabyte) take several times longer than copying the bytes. Escaping is the same as
 * {@link EscapingJsonWriter#escaping EscapingJsonWriter.escaping("\u007f", true)} (a property test compares them).
 * The writer checks nothing about structure: its one caller writes a fixed shape.
 */
final class PythonJsonOutput {
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int BUFFER_BYTES = 1 << 16;

    /** Where a full buffer goes; null when the output is kept in memory and the buffer grows instead. */
    private final OutputStream out;
    private byte[] buffer;
    private int used;
    /** Per open object or list: whether a value was written in it (so the next one needs {@code ", "}). */
    private boolean[] nonEmpty = new boolean[16];
    private int depth;
    /** A key was just written: the value after it takes no separator. */
    private boolean afterKey;

    /** Something written to an output (tests write small documents this way). */
    @FunctionalInterface
    interface Body {
        void write(PythonJsonOutput json) throws IOException;
    }

    PythonJsonOutput(OutputStream out) {
        this.out = out;
        this.buffer = new byte[BUFFER_BYTES];
    }

    private PythonJsonOutput(byte[] buffer) {
        this.out = null;
        this.buffer = buffer;
    }

    /**
     * An output kept in memory, starting in {@code buffer} (which it replaces by a larger one when full), to be
     * copied into another output by {@link #values}: the helper threads render chunks of a long list this way.
     */
    static PythonJsonOutput inMemory(byte[] buffer) {
        return new PythonJsonOutput(buffer);
    }

    /** The bytes written so far: the first {@link #size()} bytes of this array (an output kept in memory). */
    byte[] bytes() {
        return buffer;
    }

    /** How many bytes are in {@link #bytes()}. */
    int size() {
        return used;
    }

    /** A copy of the bytes written to an output kept in memory, which then starts again as a new one. */
    byte[] take() {
        byte[] taken = Arrays.copyOf(buffer, used);
        used = 0;
        depth = 0;
        nonEmpty[0] = false;
        afterKey = false;
        return taken;
    }

    /** The JSON string literal of a text, quotes included, as this writer writes it: to write it many times. */
    static byte[] literal(String text) {
        byte[] bytes = new byte[text.length() * 6 + 2];
        int n = 0;
        bytes[n++] = '"';
        for (int i = 0; i < text.length(); i++) {
            n = escape(text.charAt(i), bytes, n);
        }
        bytes[n++] = '"';
        return Arrays.copyOf(bytes, n);
    }

    void startObject() throws IOException {
        open((byte) '{');
    }

    void endObject() throws IOException {
        close((byte) '}');
    }

    void startArray() throws IOException {
        open((byte) '[');
    }

    void endArray() throws IOException {
        close((byte) ']');
    }

    /** A key of the current object, given as its {@link #literal}. */
    void key(byte[] literal) throws IOException {
        separate();
        put(literal);
        ensure(2);
        buffer[used++] = ':';
        buffer[used++] = ' ';
        afterKey = true;
    }

    /** A value given as the bytes of its literal. */
    void raw(byte[] literal) throws IOException {
        separate();
        put(literal);
    }

    /**
     * Starts a value that the caller then writes whole with {@link #append} and {@link #appendString} (a finding
     * copied from its threat's template): the separator before it, as before any value, and nothing else.
     */
    void beginValue() throws IOException {
        separate();
    }

    /** Bytes of the value begun by {@link #beginValue}, exactly as given. */
    void append(byte[] bytes) throws IOException {
        put(bytes);
    }

    /** The bytes of {@code bytes} from {@code from} on, as {@link #append(byte[])}. */
    void append(byte[] bytes, int from) throws IOException {
        int length = bytes.length - from;
        ensure(length);
        if (length > buffer.length - used) { // longer than the stream's buffer
            out.write(bytes, from, length);
            return;
        }
        System.arraycopy(bytes, from, buffer, used, length);
        used += length;
    }

    /**
     * A number as part of the value begun by {@link #beginValue}: its decimal digits written straight into the
     * buffer, without a string per number (a 50,000-flow model writes over a million).
     */
    void appendNumber(long value) throws IOException {
        if (value == Long.MIN_VALUE) { // the one value whose negation is not a long
            put(Long.toString(value).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return;
        }
        ensure(20);
        long rest = value;
        if (rest < 0) {
            buffer[used++] = '-';
            rest = -rest;
        }
        int digits = 1;
        for (long bound = 10; digits < 19 && rest >= bound; bound *= 10) {
            digits++;
        }
        for (int i = used + digits - 1; i >= used; i--) {
            buffer[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        used += digits;
    }

    /** A number as a string literal ({@code "745726"}, a finding's running id) without a String for it. */
    void appendQuotedNumber(long value) throws IOException {
        ensure(22);
        buffer[used++] = '"';
        appendNumber(value);
        buffer[used++] = '"';
    }

    /**
     * 64 bits as a string literal of 16 lower-case hex digits, leading zeros kept (a finding's fingerprint, the
     * digits {@code Finding.fingerprint()} spells), without a String for it.
     */
    void appendHexLiteral(long bits) throws IOException {
        ensure(18);
        byte[] to = buffer;
        int at = used;
        to[at] = '"';
        long rest = bits;
        for (int i = at + 16; i > at; i--) {
            to[i] = HEX[(int) (rest & 0xf)];
            rest >>>= 4;
        }
        to[at + 17] = '"';
        used = at + 18;
    }

    /**
     * Values written by another output kept in memory (at its top level, so separated by {@code ", "} already), as
     * the next values of the current list: one separator before them as before any value. A large block goes to
     * the stream in one write, without passing through this output's buffer.
     */
    void values(PythonJsonOutput written) throws IOException {
        separate();
        if (out != null && written.used > buffer.length - used) {
            flush();
            out.write(written.buffer, 0, written.used);
            return;
        }
        ensure(written.used);
        System.arraycopy(written.buffer, 0, buffer, used, written.used);
        used += written.used;
    }

    void string(String text) throws IOException {
        separate();
        appendString(text);
    }

    /** A string's literal as part of the value begun by {@link #beginValue} (or after {@link #separate}). */
    void appendString(String text) throws IOException {
        int length = text.length();
        long longest = length * 6L + 2;
        if (out != null && longest > buffer.length) {
            put(literal(text));
            return;
        }
        ensure((int) longest);
        byte[] to = buffer;
        int n = used;
        to[n++] = '"';
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                to[n++] = (byte) c; // the common case, without a call per character
            } else {
                n = escape(c, to, n);
            }
        }
        to[n++] = '"';
        used = n;
    }

    void bool(boolean value) throws IOException {
        raw(value ? TRUE : FALSE);
    }

    void nullValue() throws IOException {
        raw(NULL);
    }

    void number(long value) throws IOException {
        separate();
        appendNumber(value);
    }

    /** Writes what is buffered to the stream (which is not flushed); nothing for an output kept in memory. */
    void flush() throws IOException {
        if (out == null) {
            return;
        }
        out.write(buffer, 0, used);
        used = 0;
    }

    static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private void open(byte bracket) throws IOException {
        separate();
        ensure(1);
        buffer[used++] = bracket;
        if (++depth == nonEmpty.length) {
            nonEmpty = Arrays.copyOf(nonEmpty, depth * 2);
        }
        nonEmpty[depth] = false;
    }

    private void close(byte bracket) throws IOException {
        ensure(1);
        buffer[used++] = bracket;
        depth--;
    }

    /** {@code ", "} before every value of an object or list but its first; nothing after a key. */
    private void separate() throws IOException {
        if (afterKey) {
            afterKey = false;
            return;
        }
        if (nonEmpty[depth]) {
            ensure(2);
            buffer[used++] = ',';
            buffer[used++] = ' ';
        }
        nonEmpty[depth] = true;
    }

    private void put(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length - used) {
            if (out == null) {
                ensure(bytes.length);
            } else {
                flush();
                if (bytes.length > buffer.length) {
                    out.write(bytes);
                    return;
                }
            }
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    /** Room for this many more bytes: the buffer flushed to the stream, or grown when kept in memory. */
    private void ensure(int bytes) throws IOException {
        if (buffer.length - used >= bytes) {
            return;
        }
        if (out != null) {
            flush();
        } else {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, used + bytes));
        }
    }

    /** One character escaped into {@code to} at {@code at} (up to six bytes); returns the position after it. */
    private static int escape(char c, byte[] to, int at) {
        int n = at;
        if (c >= 0x20 && c < 0x7f) {
            if (c == '"' || c == '\\') {
                to[n++] = '\\';
            }
            to[n++] = (byte) c;
            return n;
        }
        char shortEscape = switch (c) {
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
        to[n++] = '\\';
        if (shortEscape != 0) {
            to[n++] = (byte) shortEscape;
            return n;
        }
        to[n++] = 'u';
        to[n++] = HEX[(c >> 12) & 0xf];
        to[n++] = HEX[(c >> 8) & 0xf];
        to[n++] = HEX[(c >> 4) & 0xf];
        to[n++] = HEX[c & 0xf];
        return n;
    }
}
