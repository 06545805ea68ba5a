package dev.tmj.resolve;

import dev.tmj.model.Element;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity of each element that finding fingerprints derive from: its boundary path and name, and for a
 * flow its source, sink and name. Running ids and creation order play no part, so an identity survives
 * unrelated changes to the model. Elements that share an identity are told apart by occurrence.
 */
final class Identities {
    private final Map<Element, String> identities = new IdentityHashMap<>();

    Identities(List<Element> elements) {
        Map<String, Integer> seen = new HashMap<>();
        for (Element element : elements) {
            String base = base(element);
            int occurrence = seen.merge(base, 1, Integer::sum);
            identities.put(element, occurrence == 1 ? base : base + "#" + occurrence);
        }
    }

    String of(Element element) {
        return identities.get(element);
    }

    private static String base(Element element) {
        if (element.isDataflow()) {
            return path(element.source()) + " -> " + path(element.sink()) + " : " + element.name();
        }
        return path(element);
    }

    private static String path(Element element) {
        StringBuilder path = new StringBuilder();
        List<Element> boundaries = element.boundaryPath();
        for (int i = boundaries.size() - 1; i >= 0; i--) {
            path.append(boundaries.get(i).name()).append('/');
        }
        return path.append(element.name()).toString();
    }
}
