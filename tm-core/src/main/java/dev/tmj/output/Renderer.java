package dev.tmj.output;

import dev.tmj.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One output: of a resolved model's {@code Findings} (a diagram, a report, a findings file) or of a CI check's
 * {@code CheckResult} (SARIF, JUnit XML, Code Quality, the summary). Every output is made by
 * {@link #writeTo(Object, OutputStream)}; the byte, text and file variants below call it and nothing else.
 * What an output looks like (diagram options, a template, an image format) is decided when the renderer is
 * made, so that one renderer stands for one output and a set of outputs is a map of renderers.
 *
 * <p>Renderers read their input (the findings and their checked model) and never change it. The same input
 * always gives the same bytes.
 *
 * @param <T> what the output is made from: {@code Findings} or {@code CheckResult}
 */
@FunctionalInterface
public interface Renderer<T> {

    /**
     * Writes the output of this input: text as UTF-8, images as their bytes. The stream is flushed, not
     * closed.
     *
     * @throws IOException if the stream fails
     */
    void writeTo(T input, OutputStream out) throws IOException;

    /** The output as bytes. */
    default byte[] render(T input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            writeTo(input, out);
        } catch (IOException e) {
            // A byte array does not fail; only a renderer's own input (a template file, say) can.
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A text output as a string (its UTF-8 bytes decoded). */
    default String renderText(T input) {
        return new String(render(input), StandardCharsets.UTF_8);
    }

    /**
     * Writes the output to a file, completely or not at all: through a temporary file in the same folder that
     * replaces the target only when the output is complete. A FIFO, a device or {@code /dev/stdout} is written
     * directly and a symbolic link's target is replaced ({@link AtomicFiles}).
     *
     * @throws IOException if the file's folder does not exist (it is not created) or writing fails; the message
     *     names the file, which is then unchanged
     */
    default void writeTo(T input, Path file) throws IOException {
        AtomicFiles.writeBytes(file, out -> writeTo(input, out));
    }
}
