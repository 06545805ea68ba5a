package dev.tmj.format.json;

import dev.tmj.format.tree.LocatedNode;
import dev.tmj.format.tree.LocatedTreeReader;

import dev.tmj.format.ModelText;
import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import java.nio.file.Path;

/**
 * Reads tmj's own model format (docs/model-format.md), in JSON or YAML: a document whose first non-blank
 * character is <code>{</code> is JSON, anything else YAML. What {@link TmjModelWriter} writes reads back to the
 * same model.
 *
 * <p>Every error is a {@link SourceException} with the line and column and the path of the value at fault, such
 * as {@code shop.yaml:14:13: dataflows[2].sink: no element named "Web Servr"; did you mean "Web Server"?}.
 */
public final class TmjModelReader {
    private TmjModelReader() {
    }

    /**
     * Reads a model file.
     *
     * @throws SourceException naming the file, line and column of the first problem
     */
    public static Model read(Path path) {
        return read(ModelText.read(path), path.toString());
    }

    /**
     * Reads a model from text; {@code fileName} names it in errors and element locations.
     *
     * @throws SourceException naming the file, line and column of the first problem
     */
    public static Model read(String text, String fileName) {
        LocatedNode root = LocatedTreeReader.read(text, fileName, LocatedTreeReader.detect(text));
        return ModelBinder.bind(root, fileName, ModelBinder.Dialect.TMJ);
    }
}
