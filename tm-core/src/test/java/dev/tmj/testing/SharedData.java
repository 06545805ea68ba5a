package dev.tmj.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * pytm's reference data in {@code ../shared/pytm}: present in CI, absent in a user's fresh clone, where the
 * tests that need it are skipped through a JUnit assumption.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The pytm folder, or a skipped test when it is absent. */
    public static Path pytm() {
        Path pytm = locate();
        assumeTrue(pytm != null, "pytm reference data not found (../shared/pytm); skipping");
        return pytm;
    }

    /** {@code shared/pytm} beside the project or beside any folder above the working directory. */
    private static Path locate() {
        String configured = System.getProperty("tmj.shared.dir");
        if (configured != null && Files.isRegularFile(Path.of(configured, "pytm", "threats.json"))) {
            return Path.of(configured, "pytm").toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("pytm");
            if (Files.isRegularFile(candidate.resolve("threats.json"))) {
                return candidate;
            }
        }
        return null;
    }

    public static Path threatsJson() {
        return pytm().resolve("threats.json");
    }

    public static Path model(String file) {
        return pytm().resolve("models").resolve(file);
    }
}
