package dev.tmj.cli;

import dev.tmj.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The FILE of a single-file output option ({@code --json}, {@code --save-model}): {@code -} prints the output on
 * stdout, any other path is written by {@link AtomicFiles} (a regular file replaced atomically, a FIFO, device or
 * {@code /dev/stdout} written directly, a symbolic link's target replaced).
 */
final class OutputOption {
    private OutputOption() {
    }

    static boolean isStdout(Path file) {
        return file.toString().equals("-");
    }

    static void write(Path file, AtomicFiles.Bytes content, PrintWriter out) throws IOException {
        if (!isStdout(file)) {
            AtomicFiles.writeBytes(file, content);
            return;
        }
        // Rendered first, so that an error prints nothing half-way; stdout is picocli's writer (tests capture it).
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        content.writeTo(bytes);
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
    }
}
