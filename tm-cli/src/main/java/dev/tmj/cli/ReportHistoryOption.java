package dev.tmj.cli;

import dev.tmj.history.HistoryLocation;
import dev.tmj.history.HistoryStore;
import dev.tmj.history.Run;
import dev.tmj.pipeline.WorkTree;
import dev.tmj.report.html.ReportHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tmj MODEL --out DIR --history H}: the history section of the HTML report, from the runs {@code tmj check}
 * recorded of this model (its path relative to the top of its work tree, as the check records it).
 */
final class ReportHistoryOption {
    /** How many runs the chart shows: the last ones. */
    static final int RUNS = 20;

    private ReportHistoryOption() {
    }

    static ReportHistory read(String spec, Path model, Path workingDirectory, Map<String, String> env) {
        HistoryLocation location = HistoryLocation.parse(spec, workingDirectory);
        if (location.kind() == HistoryLocation.Kind.SQLITE && !Files.isRegularFile(location.file())) {
            return new ReportHistory(List.of(), Map.of()); // nothing recorded yet: no section
        }
        HistoryStore store = HistoryStore.open(location, env);
        String path = repositoryPath(model.toAbsolutePath().normalize());
        List<Run> runs = store.runs().stream().filter(r -> r.modelPath().equals(path)).toList();
        List<ReportHistory.Run> last = runs.subList(Math.max(0, runs.size() - RUNS), runs.size()).stream()
                .map(r -> new ReportHistory.Run("#" + r.id(), "#" + r.id() + " " + day(r) + (r.commit() == null ? ""
                        : " " + r.commit().substring(0, Math.min(12, r.commit().length()))), r.openBySeverity()))
                .toList();
        Map<String, String> firstSeen = new LinkedHashMap<>();
        store.firstSeen(path).forEach((fingerprint, first) -> firstSeen.put(fingerprint,
                first.time().atOffset(ZoneOffset.UTC).toLocalDate() + " (run #" + first.runId() + ")"));
        return new ReportHistory(last, firstSeen);
    }

    private static String day(Run run) {
        return run.time().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** The model's path as tmj check records it: relative to its work tree's top, forward slashes. */
    private static String repositoryPath(Path model) {
        Path top = WorkTree.topOf(model.getParent()).orElse(model.getParent());
        return top.relativize(model).toString().replace('\\', '/');
    }
}
