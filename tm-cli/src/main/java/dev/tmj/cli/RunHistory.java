package dev.tmj.cli;

import dev.tmj.gate.CheckResult;
import dev.tmj.gate.ModelCheck;
import dev.tmj.history.HistoryException;
import dev.tmj.history.HistoryLocation;
import dev.tmj.history.HistoryStore;
import dev.tmj.history.RunRecord;
import dev.tmj.history.RunSource;
import dev.tmj.io.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The step of {@code tmj check} that appends the run to the history (docs/history.md): each model with its file,
 * the git commit and every finding. It comes after the verdict and the outputs, and never changes the verdict: a
 * history that cannot be written is a failed step (exit 3), said in one line without any password.
 */
final class RunHistory {
    private RunHistory() {
    }

    /**
     * Records each model of the result as a run.
     *
     * @param modelFiles the model files, in the result's order
     * @return whether every model was recorded
     */
    static boolean record(CheckResult result, List<Path> modelFiles, HistoryLocation location,
            Map<String, String> env, Path workingDirectory, PrintWriter err, boolean debug) {
        try {
            HistoryStore store = HistoryStore.open(location, env);
            RunSource source = GitCommit.of(workingDirectory);
            Instant now = Instant.now();
            List<ModelCheck> models = result.models();
            for (int i = 0; i < models.size(); i++) {
                byte[] content = Files.readAllBytes(modelFiles.get(i));
                long id = store.record(RunRecord.of(models.get(i), content, now, source));
                err.println("tmj: recorded run #" + id + " of " + TerminalText.line(models.get(i).path()) + " in "
                        + TerminalText.line(location.display()));
            }
            return true;
        } catch (HistoryException | IOException e) {
            if (debug) {
                e.printStackTrace(err);
            }
            err.println("tmj: could not record the run: " + TerminalText.line(ErrorHandling.message(e)));
            return false;
        }
    }
}
