package dev.tmj.history;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A recorded run, without its findings: what {@code tmj history} lists.
 *
 * @param id the run's number, increasing as runs are appended
 * @param time when it was recorded
 * @param modelName the model's name
 * @param modelPath the model file
 * @param contentSha256 the SHA-256 of the model file, lower-case hex
 * @param commit the git commit, or null
 * @param branch the git branch, or null
 * @param author the commit's author, or null
 * @param tmjVersion tmj's version
 * @param libraries the threat libraries
 * @param gatePassed whether the gate held
 * @param bySeverity how many findings of each severity (labels, highest first)
 * @param byStatus how many findings of each status (labels, open first)
 * @param openBySeverity how many open findings of each severity
 */
public record Run(long id, Instant time, String modelName, String modelPath, String contentSha256, String commit,
        String branch, String author, String tmjVersion, String libraries, boolean gatePassed,
        Map<String, Integer> bySeverity, Map<String, Integer> byStatus, Map<String, Integer> openBySeverity) {
    public Run {
        Objects.requireNonNull(time, "time");
        bySeverity = Map.copyOf(bySeverity);
        byStatus = Map.copyOf(byStatus);
        openBySeverity = Map.copyOf(openBySeverity);
    }

    /** How many findings the run has. */
    public int findingCount() {
        return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
    }
}
