package dev.tmj.history;

import dev.tmj.gate.ModelCheck;
import dev.tmj.threat.ThreatLibrary;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One model of one check run, as it is appended to the history.
 *
 * @param time when the run happened
 * @param modelName the model's name
 * @param modelPath the model file, repository-relative with forward slashes
 * @param model the model file's bytes, stored compressed so that the version can be reopened
 * @param source the git commit and tmj's version
 * @param libraries the threat library the findings came from, by name ({@code builtin:pytm}, a file, or several
 *                  joined by {@code +}), with its number of threats
 * @param gatePassed whether the gate held for this model
 * @param findings every finding, in the run's order
 */
public record RunRecord(Instant time, String modelName, String modelPath, byte[] model, RunSource source,
        String libraries, boolean gatePassed, List<RecordedFinding> findings) {
    public RunRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(modelPath, "modelPath");
        model = model.clone();
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(libraries, "libraries");
        findings = List.copyOf(findings);
    }

    /**
     * A checked model's run.
     *
     * @param check the model through the gate
     * @param model the bytes of its file
     * @param time when the run happened
     * @param source the commit and versions
     */
    public static RunRecord of(ModelCheck check, byte[] model, Instant time, RunSource source) {
        ThreatLibrary library = check.findings().library();
        return new RunRecord(time, check.findings().checkedModel().model().name(), check.path(), model, source,
                library.name() + " (" + library.size() + " threats)", check.passed(), check.checked().stream().map(RecordedFinding::of).toList());
    }

    @Override
    public byte[] model() {
        return model.clone();
    }
}
