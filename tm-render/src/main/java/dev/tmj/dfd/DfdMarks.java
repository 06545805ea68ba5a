package dev.tmj.dfd;

import dev.tmj.model.Element;
import java.util.List;
import java.util.Optional;

/**
 * The styling hook of a data-flow diagram: which drawn elements, flows and boundaries carry a {@link DfdMark},
 * and the marks a legend explains. Everything else draws as usual. Asked with the elements of the checked model
 * being drawn.
 *
 * <pre>{@code
 * DfdMark added = new DfdMark("added", "#1a7f37", false);
 * DfdDiagram.of(checked, DfdOptions.defaults(), DfdMarks.of(e -> isNew(e) ? Optional.of(added) : Optional.empty(),
 *         List.of(added)));
 * }</pre>
 */
public interface DfdMarks {
    /** No marks and no legend: pytm's diagram. */
    DfdMarks NONE = of(element -> Optional.empty(), List.of());

    /** The mark of an element of the checked model, if it has one. */
    Optional<DfdMark> markOf(Element element);

    /** The marks the legend explains, in order; empty for no legend. */
    List<DfdMark> legend();

    /** Marks from a function and a legend. */
    static DfdMarks of(java.util.function.Function<Element, Optional<DfdMark>> marks, List<DfdMark> legend) {
        List<DfdMark> entries = List.copyOf(legend);
        return new DfdMarks() {
            @Override
            public Optional<DfdMark> markOf(Element element) {
                return marks.apply(element);
            }

            @Override
            public List<DfdMark> legend() {
                return entries;
            }
        };
    }
}
