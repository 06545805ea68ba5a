package dev.tmj.cli;

import dev.tmj.output.Renderer;
import dev.tmj.render.ExportFormat;
import dev.tmj.render.Outputs;
import dev.tmj.resolve.Findings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --export FORMAT FILE} (repeatable): the resolved model in other tools' formats ({@link ExportFormat}),
 * written through {@link Outputs#write}, each file completely or not at all.
 */
final class ExportOption {
    private ExportOption() {
    }

    /**
     * The files to write and their renderers, from the option's values (FORMAT, FILE pairs); checked before the model
     * is read, so that an unknown format writes nothing.
     *
     * @throws dev.tmj.model.SourceException for an unknown format, listing the known ones (exit 2)
     */
    static Map<Path, Renderer<Findings>> files(List<String> values) {
        Map<Path, Renderer<Findings>> files = new LinkedHashMap<>();
        for (int i = 0; i + 1 < values.size(); i += 2) {
            files.put(Path.of(values.get(i + 1)), ExportFormat.named(values.get(i)).renderer());
        }
        return files;
    }

    /**
     * Writes every export; a failed one is named on stderr and the others are still written.
     *
     * @return 0, or 2 when only the input was at fault (a folder that does not exist), else 3
     */
    static int write(Findings findings, Map<Path, Renderer<Findings>> files, PrintWriter err, boolean debug) {
        return WrittenOutputs.write(() -> Outputs.write(findings, files), err, debug);
    }
}
