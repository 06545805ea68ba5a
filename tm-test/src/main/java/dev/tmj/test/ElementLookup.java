package dev.tmj.test;

import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.model.Suggestions;
import dev.tmj.resolve.CheckedModel;
import java.util.List;
import java.util.Optional;

/**
 * Finds, in the checked model that findings refer to, the element a test names. The checker works on a copy,
 * so an element of the user's model is matched by its position (the copy keeps the order), checked by name.
 */
final class ElementLookup {
    private ElementLookup() {
    }

    /** The checked twin of an element of the user's model (or the element itself if it is already checked). */
    static Element twin(CheckedModel checked, Element element) {
        List<Element> copies = checked.model().elements();
        if (element.model() == checked.model()) {
            return element;
        }
        int index = indexOf(element.model().elements(), element);
        if (index >= 0 && index < copies.size() && sameElement(copies.get(index), element)) {
            return copies.get(index);
        }
        return copies.stream().filter(c -> sameElement(c, element)).findFirst()
                .orElseThrow(() -> new AssertionError(FailureMessages.unknownElement(checked.model().name(),
                        element.name(), Optional.empty()).text()));
    }

    /** The first element with this name, or a failure suggesting the closest name. */
    static Element named(CheckedModel checked, String name) {
        Model model = checked.model();
        return model.elements().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(FailureMessages.unknownElement(model.name(), name,
                        Suggestions.closest(name, model.elements().stream().map(Element::name).toList())).text()));
    }

    private static int indexOf(List<Element> elements, Element element) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) == element) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameElement(Element a, Element b) {
        return a.type() == b.type() && a.name().equals(b.name());
    }
}
