package dev.tmj.format.threatdragon;

import dev.tmj.format.tree.LocatedNode;
import dev.tmj.model.Model;
import dev.tmj.model.ModelWarning;

/**
 * What the reader could not map, as the model's notes ({@link Model#warnings()}): each with the line of the value
 * and its JSON path, so that {@code tmj import --report-unmapped} can list them and nothing is dropped silently.
 */
final class Notes {
    private final TreeValues nodes;
    private final Model model;

    Notes(TreeValues nodes, Model model) {
        this.nodes = nodes;
        this.model = model;
    }

    void add(LocatedNode at, String message) {
        String path = at.path();
        model.warn(new ModelWarning(nodes.location(at), (path.isEmpty() ? "" : path + ": ") + message));
    }

    /** A note for a string field that tmj does not keep, when it is set. */
    void ignoredWhenSet(LocatedNode object, String key, String what) {
        LocatedNode value = object.get(key);
        if (value != null && value.is(LocatedNode.Kind.STRING) && !value.text().isBlank()) {
            add(value, what + " is not kept: tmj models have no such field");
        }
    }
}
