package dev.tmj.report.diff;

import dev.tmj.dfd.DfdDiagram;
import dev.tmj.dfd.DfdMark;
import dev.tmj.dfd.DfdMarks;
import dev.tmj.dfd.DfdOptions;
import dev.tmj.dfd.DiagramImages;
import dev.tmj.diff.ElementChange;
import dev.tmj.diff.ModelDiff;
import dev.tmj.model.Action;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.output.Renderer;
import dev.tmj.resolve.CheckedModel;
import dev.tmj.resolve.ElementIdentities;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code tmj diff --dfd-svg}: the data-flow diagram of both versions at once, so that a reviewer sees the change
 * as a picture. It draws the new version with the old version's removed elements, flows and boundaries put back
 * (in their old boundaries, between their old ends), then marks through the diagram's styling hook
 * ({@link DfdMarks}): {@link #ADDED} green, {@link #REMOVED} dashed red, {@link #CHANGED} amber, everything else
 * as tmj draws it; a legend explains the colours. The layout is the DFD's own ({@link DfdDiagram}), so names are
 * escaped and the output is deterministic as there.
 *
 * <pre>{@code
 * DiffDiagram.svg().writeTo(ModelDiff.between(oldRun, newRun), Path.of("diff.svg"));
 * String dot = DiffDiagram.dot().renderText(diff);
 * }</pre>
 */
public final class DiffDiagram implements Renderer<ModelDiff> {
    /** Elements only the new version has: GitHub's green. */
    public static final DfdMark ADDED = new DfdMark("added", "#1a7f37", false);
    /** Elements only the old version had: red and dashed. */
    public static final DfdMark REMOVED = new DfdMark("removed", "#cf222e", true);
    /** Elements whose attributes changed: amber. */
    public static final DfdMark CHANGED = new DfdMark("changed", "#bf8700", false);

    private final DiagramImages images;

    private DiffDiagram(DiagramImages images) {
        this.images = images;
    }

    /** The diagram's DOT text, UTF-8. */
    public static DiffDiagram dot() {
        return new DiffDiagram(null);
    }

    /** An SVG document, laid out as {@code DfdRenderer.svg} lays a model's diagram out. */
    public static DiffDiagram svg() {
        return svg(DiagramImages.defaults());
    }

    /** An SVG document, laid out as {@code images} chooses. */
    public static DiffDiagram svg(DiagramImages images) {
        return new DiffDiagram(java.util.Objects.requireNonNull(images, "images"));
    }

    /**
     * Draws the diagram of both versions and writes it.
     *
     * @throws dev.tmj.dfd.DiagramException when the diagram cannot be laid out
     */
    @Override
    public void writeTo(ModelDiff diff, OutputStream out) throws IOException {
        DfdDiagram diagram = diagram(diff);
        out.write((images == null ? diagram.dot() : images.svg(diagram)).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The marked diagram of both versions. */
    static DfdDiagram diagram(ModelDiff diff) {
        CheckedModel union = CheckedModel.of(Union.of(diff));
        ElementIdentities ids = ElementIdentities.of(union.elements());
        Map<String, DfdMark> marks = new HashMap<>();
        diff.added().forEach(change -> marks.put(change.identity(), ADDED));
        diff.removed().forEach(change -> marks.put(change.identity(), REMOVED));
        diff.changed().stream().filter(change -> !change.isModel())
                .forEach(change -> marks.put(change.identity(), CHANGED));
        DfdMarks hook = DfdMarks.of(element -> Optional.ofNullable(marks.get(ids.identityOf(element))),
                List.of(ADDED, REMOVED, CHANGED));
        return DfdDiagram.of(union, DfdOptions.defaults(), hook);
    }

    /** The new version's model with the removed elements of the old one put back. */
    private static final class Union {
        private final Model model;
        private final Map<String, Element> byIdentity = new HashMap<>();
        private final ElementIdentities oldIds;

        private Union(ModelDiff diff) {
            model = diff.newRun().model().copy();
            // Both versions' flows are drawn side by side: neither may refuse or hide the other's as a duplicate.
            model.set("onDuplicates", Action.NO_ACTION);
            ElementIdentities ids = ElementIdentities.of(model.elements());
            model.elements().forEach(element -> byIdentity.put(ids.identityOf(element), element));
            oldIds = diff.before().identities();
        }

        static Model of(ModelDiff diff) {
            Union union = new Union(diff);
            for (ElementChange removed : diff.removed()) {
                union.restore(removed.before().orElseThrow());
            }
            return union.model;
        }

        /** The union's element for an element of the old checked model, restored first when the new lacks it. */
        private Element restore(Element old) {
            String identity = identity(old);
            Element present = byIdentity.get(identity);
            if (present != null) {
                return present;
            }
            Element restored = old.isDataflow()
                    ? model.dataflow(restore(old.source()), restore(old.sink()), old.name())
                    : model.add(old.type(), old.name());
            Optional<Element> boundary = old.inBoundary();
            if (boundary.isPresent()) {
                restored.set("inBoundary", restore(boundary.get()));
            }
            restored.set("inScope", old.inScope());
            restored.set("levels", old.levels());
            byIdentity.put(identity, restored);
            return restored;
        }

        /** A boundary that {@code ignoreUnused} left out of the old checked model has no identity there. */
        private String identity(Element old) {
            try {
                return oldIds.identityOf(old);
            } catch (IllegalArgumentException notAnalysed) {
                return old.type().pytmName() + ":" + old.name();
            }
        }
    }
}
