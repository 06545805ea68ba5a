package dev.tmj.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The temporary folders benchmarks write their inputs into, removed at the end of a trial. */
final class TempFolders {
    private TempFolders() {
    }

    /** Deletes each folder with everything in it, deepest first. */
    static void delete(Path... folders) throws IOException {
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
