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
        String configured = System.getProperty("tmj.shared.dir");
        Path shared = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        Path pytm = shared.resolve("pytm");
        if (!Files.isDirectory(pytm)) {
            pytm = Path.of("..", "shared", "pytm");
        }
        assumeTrue(Files.isRegularFile(pytm.resolve("threats.json")),
                "pytm reference data not found (../shared/pytm); skipping");
        return pytm.normalize();
    }

    public static Path threatsJson() {
        return pytm().resolve("threats.json");
    }

    public static Path model(String file) {
        return pytm().resolve("models").resolve(file);
    }
}
