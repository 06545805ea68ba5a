package dev.tmj.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes an output file so that it is either complete or absent: the content goes to a temporary file beside
 * the target, which replaces the target only when writing succeeded. Every tmj output goes through here.
 *
 * <p>What is replaced: a regular file, or a path that does not exist yet. A symbolic link is followed and its
 * target replaced, so the link stays a link; a link to nothing is refused. A stream (a FIFO, a device such as
 * {@code /dev/null}, a socket, {@code /dev/stdout} or {@code /dev/fd/N}) cannot be replaced without destroying it,
 * so it is written directly. Every I/O error names the file it happened to.
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
        writeBytes(target, text(content));
    }

    /** Text content as bytes: UTF-8. */
    public static Bytes text(Content content) {
        return out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(writer);
            writer.flush();
        };
    }

    /**
     * Writes bytes, completely or not at all.
     *
     * @throws NoSuchDirectoryException when the target's folder does not exist (it is not created)
     * @throws IOException when the target is a directory or a link to nothing, or writing fails; the message names
     *     the file, and the target is unchanged
     */
    public static void writeBytes(Path target, Bytes content) throws IOException {
        try (Pending pending = prepare(target, content)) {
            pending.commit();
        }
    }

    /**
     * The first half of {@link #writeBytes}: the content is written to a temporary file beside the target, which
     * {@link Pending#commit()} then renames over it, so several files can be written first and replaced together
     * at the end. A stream target is written only by {@code commit}. {@link Pending#close()} deletes the temporary
     * file unless it was committed.
     */
    public static Pending prepare(Path target, Bytes content) throws IOException {
        OutputTarget output = OutputTarget.of(target);
        if (output.stream()) {
            return new Pending(output.path(), null, content);
        }
        Path dir = output.path().getParent();
        Path temp;
        try {
            temp = TempFiles.create(dir, "." + output.path().getFileName() + ".");
        } catch (IOException e) {
            throw new FileSystemException(output.path().toString(), null,
                    "cannot create a temporary file beside it: " + reason(e));
        }
        try {
            if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // Temporary files are private; the output is an ordinary file others may read.
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            // Opened without truncating it (it is new and empty): on ext4, truncating a file marks it to be written
            // out when closed, which made closing a 1.3 GB output wait half a second for the disk.
            try (OutputStream out = new BufferedOutputStream(named(Files.newOutputStream(temp,
                    StandardOpenOption.WRITE), output.path()), 1 << 16)) {
                content.writeTo(out);
            }
            return new Pending(output.path(), temp, null);
        } catch (IOException | RuntimeException | Error e) {
            TempFiles.delete(temp);
            throw e;
        }
    }

    /** An output written to its temporary file (or, for a stream, not yet written), waiting to replace its target. */
    public static final class Pending implements Closeable {
        private final Path target;
        private final Path temp;
        private final Bytes streamContent;
        private boolean committed;

        private Pending(Path target, Path temp, Bytes streamContent) {
            this.target = target;
            this.temp = temp;
            this.streamContent = streamContent;
        }

        /** The file written: the given path, with symbolic links resolved when it is replaced. */
        public Path target() {
            return target;
        }

        /** Replaces the target by the temporary file (a rename), or writes a stream target directly. */
        public void commit() throws IOException {
            if (committed) {
                return;
            }
            if (temp == null) {
                try (OutputStream out = new BufferedOutputStream(named(Files.newOutputStream(target,
                        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), target), 1 << 16)) {
                    streamContent.writeTo(out);
                }
            } else {
                TempFiles.replace(temp, target);
            }
            committed = true;
        }

        /** Deletes the temporary file unless it was committed; the target is then unchanged. */
        @Override
        public void close() {
            if (temp != null && !committed) {
                TempFiles.delete(temp);
            }
        }
    }

    /** A stream whose I/O errors name the file ("No space left on device" alone does not say where). */
    private static OutputStream named(OutputStream out, Path file) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw naming(e);
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                try {
                    out.write(bytes, offset, length);
                } catch (IOException e) {
                    throw naming(e);
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw naming(e);
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    out.close();
                } catch (IOException e) {
                    throw naming(e);
                }
            }

            private IOException naming(IOException e) {
                if (e instanceof FileSystemException named && named.getFile() != null) {
                    return e;
                }
                IOException wrapped = new FileSystemException(file.toString(), null, reason(e));
                wrapped.initCause(e);
                return wrapped;
            }
        };
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** The folder of an output file does not exist, or is a file (pytm fails with a traceback here). */
    public static final class NoSuchDirectoryException extends FileSystemException {
        private static final long serialVersionUID = 1L;

        public NoSuchDirectoryException(Path file, Path dir) {
            super(file.toString(), null, Files.exists(dir) ? "cannot write into " + dir + ": not a directory"
                    : "cannot write into " + dir + ": no such directory");
        }
    }
}
