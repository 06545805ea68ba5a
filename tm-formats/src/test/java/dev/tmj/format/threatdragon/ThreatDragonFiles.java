package dev.tmj.format.threatdragon;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Threat Dragon's demo models and schemas in {@code ../shared/interchange/threat-dragon} (test data under their own
 * licence, never copied into the project): tests that need them are skipped when the folder is absent.
 */
final class ThreatDragonFiles {
    private ThreatDragonFiles() {
    }

    /** The folder, or a skipped test. */
    static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("interchange").resolve("threat-dragon");
            if (Files.isRegularFile(candidate.resolve("threat-dragon-v2.schema.json"))) {
                return candidate;
            }
        }
        assumeTrue(false, "Threat Dragon's files not found (../shared/interchange/threat-dragon); skipping");
        return null;
    }

    static Path file(String name) {
        return folder().resolve(name);
    }

    /** Every v2 model: the demo models and the two example models, not the schemas or the OTM demo. */
    static List<Path> models() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.toString().endsWith(".json") && !f.toString().contains("schema")
                    && !f.toString().endsWith(".otm.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
