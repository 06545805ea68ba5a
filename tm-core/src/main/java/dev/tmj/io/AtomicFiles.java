package dev.tmj.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes an output file so that it is either complete or absent: the content goes to a temporary file beside
 * the target, which replaces the target only when writing succeeded. Every tmj output goes through here.
 */
public final class AtomicFiles {
    /** Text content, written as UTF-8. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Byte content. */
    @FunctionalInterface
    public interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes text as UTF-8, completely or not at all. */
    public static void write(Path target, Content content) throws IOException {
        writeBytes(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(writer);
            writer.flush();
        });
    }

    /**
     * Writes bytes, completely or not at all.
     *
     * @throws NoSuchDirectoryException when the target's folder does not exist (it is not created)
     */
    public static void writeBytes(Path target, Bytes content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new NoSuchDirectoryException(dir);
        }
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // Temporary files are private; the output is an ordinary file others may read.
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The folder of an output file does not exist (pytm fails with a traceback here). */
    public static final class NoSuchDirectoryException extends IOException {
        private static final long serialVersionUID = 1L;

        public NoSuchDirectoryException(Path dir) {
            super("cannot write into " + dir + ": no such directory");
        }
    }
}
