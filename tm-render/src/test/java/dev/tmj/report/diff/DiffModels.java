package dev.tmj.report.diff;

import dev.tmj.diff.ModelDiff;
import dev.tmj.format.ModelFiles;
import dev.tmj.pipeline.ModelThreatsFile;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.pipeline.Resolution;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The two versions of docs/examples/diff (the docs' example is the tested one), and models given as text. */
final class DiffModels {
    static final Path BEFORE = Path.of("..", "docs", "examples", "diff", "before.py");
    static final Path AFTER = Path.of("..", "docs", "examples", "diff", "after.py");

    private DiffModels() {
    }

    static ModelDiff commentBoard() {
        return ModelDiff.between(run(BEFORE), run(AFTER));
    }

    static Resolution run(Path file) {
        return Pipeline.fromFile(file, ModelFiles::read).modelThreatsFile(ModelThreatsFile.FORBID).run();
    }

    static Resolution script(String name, String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        return Pipeline.fromFile(Path.of(name), file -> ModelFiles.read(name, content, false)).run();
    }
}
