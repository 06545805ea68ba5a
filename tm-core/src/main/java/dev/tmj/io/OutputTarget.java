package dev.tmj.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;

/**
 * Where the bytes of an output file go: a regular file (or a path that does not exist yet) is replaced atomically;
 * a stream (a FIFO, a character or block device, a socket, or a descriptor path such as {@code /dev/stdout}) is
 * written directly, since replacing it would turn it into a regular file. A symbolic link is followed: its final
 * target is written and the link stays a link.
 *
 * @param path the path to write, with symbolic links resolved for a regular file
 * @param stream whether to write directly instead of replacing
 */
record OutputTarget(Path path, boolean stream) {
    /** The descriptors of this process: written where they point, never resolved or replaced. */
    private static final Pattern DESCRIPTOR = Pattern.compile("/dev/std(in|out|err)|/dev/fd/\\d+|/proc/(self|\\d+)/fd/\\d+");

    static OutputTarget of(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (DESCRIPTOR.matcher(absolute.toString()).matches()) {
            return new OutputTarget(absolute, true);
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            checkFolder(absolute);
            return new OutputTarget(absolute, false);
        } catch (FileSystemException e) {
            // A file where a folder should be says only "Not a directory".
            checkFolder(absolute);
            throw e;
        }
        if (attributes.isSymbolicLink()) {
            Path resolved;
            try {
                resolved = absolute.toRealPath();
            } catch (NoSuchFileException e) {
                throw new FileSystemException(absolute.toString(), null, "a symbolic link to a file that does not "
                        + "exist (tmj writes the target of a link, never the link itself)");
            }
            return of(resolved);
        }
        if (attributes.isDirectory()) {
            throw new FileSystemException(absolute.toString(), null, "is a directory");
        }
        return new OutputTarget(absolute, attributes.isOther());
    }

    private static void checkFolder(Path absolute) throws IOException {
        Path dir = absolute.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new AtomicFiles.NoSuchDirectoryException(absolute, dir);
        }
    }
}
