package dev.tmj.iac;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Third-party IaC samples in {@code ../shared/iac} beside the repository (terragoat, kubernetes-goat): present in
 * CI, absent in a fresh clone, where the tests that need them are skipped through a JUnit assumption. Never copied
 * into the project.
 */
public final class SharedIac {
    private SharedIac() {
    }

    /** {@code ../shared/iac/<relative>}, or a skipped test when it is absent. */
    public static Path folder(String relative) {
        Path found = locate(relative);
        assumeTrue(found != null, "../shared/iac/" + relative + " not found; skipping");
        return found;
    }

    /**
     * The {@code tmj.shared.dir} the build passes, else {@code ../shared} of the repository root (the parent of
     * this module's base directory, where Maven runs its tests).
     */
    private static Path locate(String relative) {
        String configured = System.getProperty("tmj.shared.dir");
        if (configured != null && Files.isDirectory(Path.of(configured, "iac", relative))) {
            return Path.of(configured, "iac", relative).toAbsolutePath().normalize();
        }
        Path moduleBase = Path.of("").toAbsolutePath();
        Path candidate = moduleBase.resolve("../../shared/iac").resolve(relative).normalize();
        return Files.isDirectory(candidate) ? candidate : null;
    }
}
