package dev.tmj.format;

import dev.tmj.format.json.ReadLimits;
import dev.tmj.model.SourceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The text of a model file, as every reader gets it: at most {@link ReadLimits#MAX_FILE_BYTES} bytes (a larger
 * file, or an endless one such as {@code /dev/zero}, is refused once the limit is read, before the reader
 * allocates more), strict UTF-8 (the first invalid byte is named by its offset, line and column), and without a
 * leading byte order mark, so that a BOM neither hides the format nor shifts columns.
 */
public final class ModelText {
    private static final char BOM = '\uFEFF';

    private ModelText() {
    }

    /**
     * Reads a model file.
     *
     * @throws SourceException for a missing, unreadable, too large or not UTF-8 file
     */
    public static String read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            boolean regular = Files.isRegularFile(file);
            if (regular && Files.size(file) > ReadLimits.MAX_FILE_BYTES) {
                throw new SourceException(name, 0, 0, ReadLimits.fileTooLarge());
            }
            // A regular file's size is known: read into one array of that size. readNBytes(limit) would gather
            // chunks and copy them once more (4 bytes allocated per byte of a 9 MB model); a stream without a
            // size (a pipe, /dev/zero) still goes through it, bounded by the limit.
            if (regular) {
                bytes = Files.readAllBytes(file);
            } else {
                try (InputStream in = Files.newInputStream(file)) {
                    bytes = in.readNBytes(ReadLimits.MAX_FILE_BYTES + 1);
                }
            }
        } catch (NoSuchFileException e) {
            throw new SourceException(name, 0, 0, "no such file");
        } catch (IOException e) {
            throw new SourceException(name, 0, 0, "cannot read the model: "
                    + e.getClass().getSimpleName().replace("Exception", "") + " " + e.getMessage());
        }
        return of(bytes, name);
    }

    /**
     * The text of a model given as bytes (a file read from git, say), checked as a file's is.
     *
     * @param name what errors call the model, such as {@code origin/main:tm.py}
     * @throws SourceException for too large or not UTF-8 content
     */
    public static String of(byte[] bytes, String name) {
        if (bytes.length > ReadLimits.MAX_FILE_BYTES) {
            throw new SourceException(name, 0, 0, ReadLimits.fileTooLarge());
        }
        return withoutBom(decode(bytes, name));
    }

    /** The text without a leading byte order mark. */
    public static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    private static String decode(byte[] bytes, String name) {
        if (isAscii(bytes)) {
            // ASCII is valid UTF-8 as it is: copied once, without a decoder and a buffer of twice the file's size;
            // as ISO 8859-1, which copies every byte as it is, where US-ASCII would look for bytes over 127 again
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw invalidUtf8(bytes, in.position(), name);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** The error for an invalid byte at {@code offset}: its line, and its column counted in characters. */
    private static SourceException invalidUtf8(byte[] bytes, int offset, String name) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        return new SourceException(name, line, column, String.format(
                "invalid UTF-8 at byte offset %d (byte 0x%02X); a model file must be UTF-8 text", offset,
                bytes[offset] & 0xFF));
    }
}
