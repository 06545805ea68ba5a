package dev.tmj.format.json;

import dev.tmj.format.tree.LocatedNode;
import dev.tmj.format.tree.LocatedTreeReader;

import dev.tmj.format.ModelText;
import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import java.nio.file.Path;

/**
 * Reads pytm's JSON model input, the format of {@code pytm.json.load} (pytm's {@code tests/input.json}):
 * {@code name}, {@code description} and the other TM settings, then {@code boundaries}, {@code data},
 * {@code elements} (each with {@code __class__}, default {@code Asset}) and {@code flows} (with {@code source}
 * and {@code sink} by element name, {@code data} by data name).
 *
 * <p>What tmj accepts beyond pytm's loader, and what it fixes:
 * <ul>
 *   <li>enumerations by member name, by pytm value, as pytm prints them ({@code "Classification.SECRET"}) and,
 *       for the ordered ones, by number, in every section ({@code "classification": "SECRET"},
 *       {@code "maxClassification": 3}, {@code "minTLSVersion": 6}, {@code "type": "SQL"},
 *       {@code "credentialsLife": "LONG"} or {@code "LONG_LIVED"});</li>
 *   <li>{@code "lifetime"} on a data item sets {@code credentialsLife} (pytm stored it as an unused extra);</li>
 *   <li>an element's {@code "data": ["name"]} refers to data items by name (pytm kept the strings);</li>
 *   <li>flows may name their {@code responseTo} and {@code response} flows; boundaries may nest by name in
 *       any order; {@code Data.carriedBy} may name flows; a flow's {@code data} may be a single name;</li>
 *   <li>{@code __class__} may also be {@code Element}; a flow's source or sink may be a boundary.</li>
 * </ul>
 * Unlike pytm, unknown keys are errors, not silent extra attributes. Every error is a {@link SourceException}
 * with the line and column in the JSON text and the JSON path, such as
 * {@code model.json:12:15: flows[2].sink: no element named "Web Servr"; did you mean "Web Server"?}.
 */
public final class PytmJsonModelReader {
    private PytmJsonModelReader() {
    }

    /**
     * Reads a pytm JSON model file.
     *
     * @throws SourceException naming the file, line and column of the first problem
     */
    public static Model read(Path path) {
        return read(ModelText.read(path), path.toString());
    }

    /**
     * Reads a pytm JSON model from text; {@code fileName} names it in errors and element locations.
     *
     * @throws SourceException naming the file, line and column of the first problem
     */
    public static Model read(String json, String fileName) {
        LocatedNode root = LocatedTreeReader.read(json, fileName, LocatedTreeReader.Syntax.JSON);
        return ModelBinder.bind(root, fileName, ModelBinder.Dialect.PYTM);
    }
}
