package dev.tmj.iac.hcl;

import dev.tmj.model.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads HCL2's native syntax ({@code hashicorp/hcl}'s {@code hclsyntax/spec.md}) into a {@link Body} whose every
 * attribute, block and expression carries its file, line and column. Written for tmj: no parser generator, no
 * third-party HCL library. Errors are {@link HclException}s ({@code main.tf:3:9: expected ...}); a file with several
 * errors throws the first, carrying the others ({@link HclException#errors()}).
 */
public final class Hcl {
    /** The largest file read, in bytes. */
    public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

    private Hcl() {
    }

    /**
     * Parses a whole file's text.
     *
     * @param text the text of the file
     * @param file the file's name as errors and positions show it
     * @throws HclException on a syntax error, or nesting deeper than 100 levels
     */
    public static Body parse(String text, String file) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            throw new HclException(SourcePosition.of(file, 1, 1), "a byte order mark is not allowed in HCL (save the file as UTF-8 without BOM)");
        }
        return new BodyParser(new HclLexer(text, file)).parseFile();
    }

    /**
     * Reads and parses a file of at most {@link #MAX_FILE_BYTES} bytes of UTF-8.
     *
     * @param path the file to read
     * @param file its name as errors and positions show it (for example relative to the working directory)
     * @throws HclException when the file is too large, is not UTF-8, or does not parse
     * @throws IOException when it cannot be read
     */
    public static Body parseFile(Path path, String file) throws IOException {
        return parse(readText(path, file), file);
    }

    /** The text of a file of at most {@link #MAX_FILE_BYTES} bytes of strict UTF-8. */
    public static String readText(Path path, String file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new HclException(SourcePosition.of(file, 0, 0),
                    "the file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new HclException(SourcePosition.of(file, lineOfFirstBadByte(bytes), 0), "the file is not valid UTF-8");
        }
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int line = 1;
        int from = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, from, i - from));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                from = i + 1;
            }
        }
        return 0;
    }
}
