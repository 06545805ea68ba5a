package dev.tmj.test;

import dev.tmj.render.Outputs;
import dev.tmj.render.Outputs.Kind;
import dev.tmj.resolve.Findings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/** The files written after a {@link ThreatModelTest} class, rendered by tm-render's {@link Outputs}. */
final class Artifacts {
    private static final Set<Kind> KINDS = EnumSet.of(Kind.DFD_SVG, Kind.SEQ_SVG, Kind.REPORT_HTML, Kind.REPORT_MD,
            Kind.FINDINGS_JSON);
    static final String[] NAMES = KINDS.stream().map(Kind::fileName).toArray(String[]::new);

    private Artifacts() {
    }

    /** Renders every artifact in memory, then writes each file completely or not at all. */
    static void write(Findings findings, Path dir) throws IOException {
        Outputs.standard().only(KINDS).writeTo(findings, dir);
    }

    /** A model name as a folder name: runs of anything but letters, digits, '.', '_' and '-' become '-'. */
    static String safeFileName(String name) {
        String safe = name.strip().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        return safe.isEmpty() ? "model" : safe;
    }
}
