package dev.tmj.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Interns attribute names into small integers so that a compiled condition reads an attribute with two
 * array loads instead of a map lookup. Filled once while {@link Schemas} initialises.
 */
public final class AttributeNames {
    private static final Map<String, Integer> IDS = new HashMap<>();

    private AttributeNames() {
    }

    static synchronized int idOf(String name) {
        return IDS.computeIfAbsent(name, n -> IDS.size());
    }

    /** The id of an attribute name that some schema declares, or -1. */
    public static int find(String name) {
        Schemas.ensureLoaded();
        synchronized (AttributeNames.class) {
            return IDS.getOrDefault(name, -1);
        }
    }

    /** Every attribute name that some schema declares. */
    public static java.util.Set<String> all() {
        Schemas.ensureLoaded();
        synchronized (AttributeNames.class) {
            return java.util.Set.copyOf(IDS.keySet());
        }
    }

    static synchronized int count() {
        return IDS.size();
    }
}
