package dev.tmj.testing;

import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Findings in the form of pytm's expected files: {@code SID<TAB>target<TAB>finding|excluded}, sorted. */
public final class FindingLines {
    private FindingLines() {
    }

    public static List<String> of(Findings findings) {
        List<String> lines = new ArrayList<>();
        for (Finding f : findings.findings()) {
            lines.add(f.threatId() + "\t" + f.target() + "\tfinding");
        }
        for (Finding f : findings.excluded()) {
            lines.add(f.threatId() + "\t" + f.target() + "\texcluded");
        }
        return lines.stream().sorted().toList();
    }

    /** The lines pytm gives for {@code models/<name>.py} (its {@code <name>.expected.tsv}), sorted. */
    public static List<String> expected(String name) {
        try {
            return Files.readAllLines(SharedData.model(name + ".expected.tsv")).stream().filter(l -> !l.isBlank())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
