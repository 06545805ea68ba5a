package dev.tmj.format.threatdragon;

import dev.tmj.format.ModelText;
import dev.tmj.format.tree.LocatedNode;
import dev.tmj.format.tree.LocatedTreeReader;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a model that OWASP Threat Dragon (version 2) saved: every diagram's actors, processes and stores become
 * elements, flows dataflows, trust boundary boxes boundaries that hold the cells drawn inside them, and the threats
 * recorded on cells findings with their status (docs/interchange.md, "Threat Dragon", has the whole mapping).
 * What tmj cannot keep becomes a {@linkplain Model#warnings() note} with the cell's line and path.
 *
 * <pre>{@code
 * Model model = ThreatDragonReader.read(Path.of("demo.json"));
 * }</pre>
 *
 * <p>Errors are {@link SourceException}s with the file, line, column and JSON path of the value at fault, such as
 * {@code demo.json:40:18: detail.diagrams[0].cells[2].data.threats[0].status: expected a threat status ...}.
 */
public final class ThreatDragonReader {
    private ThreatDragonReader() {
    }

    /**
     * Reads a Threat Dragon model file.
     *
     * @throws SourceException naming the file, line, column and path of the first problem
     */
    public static Model read(Path file) {
        return read(ModelText.read(file), file.toString());
    }

    /**
     * Reads a Threat Dragon model from text; {@code fileName} names it in errors, notes and element locations.
     *
     * @throws SourceException naming the file, line, column and path of the first problem
     */
    public static Model read(String text, String fileName) {
        LocatedNode root = LocatedTreeReader.read(text, fileName, LocatedTreeReader.Syntax.JSON);
        return new ThreatDragonReader.Binding(fileName).model(root);
    }

    /**
     * Whether a JSON text is a Threat Dragon model: an object with a {@code summary} object and a {@code detail}
     * object that holds a {@code diagrams} list. pytm's JSON, tmj's and OTM's documents have no such keys.
     */
    public static boolean isThreatDragon(String text) {
        if (!text.contains("\"diagrams\"") || !text.contains("\"summary\"")) {
            return false; // most JSON models: decided without parsing
        }
        LocatedNode root;
        try {
            root = LocatedTreeReader.read(text, "model", LocatedTreeReader.Syntax.JSON);
        } catch (SourceException e) {
            return false; // the reader of the other kind names the syntax error
        }
        LocatedNode summary = root.is(LocatedNode.Kind.OBJECT) ? root.get("summary") : null;
        LocatedNode detail = root.is(LocatedNode.Kind.OBJECT) ? root.get("detail") : null;
        return summary != null && summary.is(LocatedNode.Kind.OBJECT) && detail != null
                && detail.is(LocatedNode.Kind.OBJECT) && detail.get("diagrams") != null
                && detail.get("diagrams").is(LocatedNode.Kind.ARRAY);
    }

    /** One reading: the model being built and where its cells were. */
    static final class Binding {
        private final TreeValues nodes;

        Binding(String file) {
            this.nodes = new TreeValues(file);
        }

        Model model(LocatedNode root) {
            nodes.expect(root, LocatedNode.Kind.OBJECT, "a Threat Dragon model (an object)");
            LocatedNode version = root.get("version");
            LocatedNode detail = nodes.required(root, "detail", LocatedNode.Kind.OBJECT);
            LocatedNode diagrams = nodes.required(detail, "diagrams", LocatedNode.Kind.ARRAY);
            if (version == null) {
                throw nodes.error(root, "expected \"version\": \"2.x\"; this looks like a Threat Dragon 1 model,"
                        + " which tmj does not read: open it in Threat Dragon 2 and save it again");
            }
            String text = nodes.string(version);
            if (!text.startsWith("2.")) {
                throw nodes.error(version, "expected a Threat Dragon 2 model (\"version\": \"2.x\"), got "
                        + version.describe());
            }
            LocatedNode summary = nodes.required(root, "summary", LocatedNode.Kind.OBJECT);
            String title = nodes.string(nodes.required(summary, "title", LocatedNode.Kind.STRING));
            if (title.isBlank()) {
                throw nodes.error(summary.get("title"), "expected the model's title, got an empty string");
            }
            Model model = Model.named(title);
            model.locatedAt(nodes.location(root));
            nodes.optionalString(summary, "description").filter(d -> !d.isEmpty())
                    .ifPresent(d -> model.set("description", d));
            Notes notes = new Notes(nodes, model);
            notes.ignoredWhenSet(summary, "owner", "the model's owner");
            notes.ignoredWhenSet(detail, "reviewer", "the model's reviewer");
            LocatedNode contributors = detail.get("contributors");
            if (contributors != null && !contributors.items().isEmpty()) {
                notes.add(contributors, "the contributors are not kept: tmj models have no people");
            }
            Map<String, Element> byCellId = new HashMap<>();
            Carried carried = new Carried(nodes, notes, model, byCellId);
            LocatedNode settings = summary.get(Vocabulary.TMJ);
            if (settings != null) {
                carried.applyToModel(settings);
            }
            List<CellSet> sets = new ArrayList<>();
            for (LocatedNode diagram : diagrams.items()) {
                nodes.expect(diagram, LocatedNode.Kind.OBJECT, "a diagram (an object)");
                sets.add(new CellSet(nodes, notes, carried, diagram));
            }
            // tmj's order, as its own reader creates it: boundaries, then elements, then flows.
            sets.forEach(s -> s.addBoundaries(model, byCellId));
            sets.forEach(s -> s.addNodes(model, byCellId));
            sets.forEach(CellSet::placeInBoxes);
            sets.forEach(s -> s.addFlows(model, byCellId));
            carried.resolve();
            sets.forEach(CellSet::addThreats);
            return model;
        }
    }
}
