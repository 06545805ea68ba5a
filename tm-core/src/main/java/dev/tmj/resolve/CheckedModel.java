package dev.tmj.resolve;

import dev.tmj.model.Element;
import dev.tmj.model.Model;
import java.util.List;
import java.util.Set;

/**
 * A model after pytm's {@code check()}: a private copy with flows ordered and numbered, responses linked,
 * flow defaults filled in, inputs and outputs set, data carriers and processors known.
 * Renderers draw this, so that diagrams show what the resolver analysed.
 *
 * @param model the checked copy (the caller's model is never changed)
 * @param elements the elements in analysis order: creation order, or pytm's order with {@code ignoreUnused}
 * @param dataflows the dataflows in flow order
 * @param hiddenDuplicates flows that {@code onDuplicates = IGNORE} leaves out of diagrams (still analysed)
 * @param warnings modelling errors that pytm accepts and tmj accepts too, each starting with the model line
 *     when it is known (a flow whose end is a boundary, say)
 */
public record CheckedModel(Model model, List<Element> elements, List<Element> dataflows,
        Set<Element> hiddenDuplicates, List<String> warnings) {
    public CheckedModel {
        elements = List.copyOf(elements);
        dataflows = List.copyOf(dataflows);
        hiddenDuplicates = Set.copyOf(hiddenDuplicates);
        warnings = List.copyOf(warnings);
    }

    /** Checks a model: see {@link ModelChecker}. */
    public static CheckedModel of(Model model) {
        return new ModelChecker(model.copy()).check();
    }

    /** The boundaries, in analysis order. */
    public List<Element> boundaries() {
        return elements.stream().filter(Element::isBoundary).toList();
    }
}
