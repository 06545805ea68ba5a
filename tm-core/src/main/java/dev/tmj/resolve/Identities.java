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
    private final List<Element> elements;
    private volatile Map<Element, String> identities;

    /** Nothing is computed until a fingerprint is asked for: resolution itself never needs identities. */
    Identities(List<Element> elements) {
        this.elements = elements;
    }

    String of(Element element) {
        return computed().get(element);
    }

    /**
     * A stable 64-bit fingerprint of a threat on an element: FNV-1a over the element's identity, a NUL, then
     * the SID. Not cryptographic (it need not be), and cheap enough for a million findings.
     */
    String fingerprint(Element element, String sid) {
        long hash = FNV_OFFSET;
        String identity = of(element);
        hash = fnv(hash, identity);
        hash = (hash ^ 0) * FNV_PRIME;
        hash = fnv(hash, sid);
        String hex = Long.toHexString(hash);
        return "0".repeat(16 - hex.length()) + hex;
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private static long fnv(long start, String text) {
        long hash = start;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // UTF-16 code units, high byte first: stable across platforms and runs.
            hash = (hash ^ (c >>> 8)) * FNV_PRIME;
            hash = (hash ^ (c & 0xff)) * FNV_PRIME;
        }
        return hash;
    }

    private Map<Element, String> computed() {
        Map<Element, String> computed = identities;
        if (computed == null) {
            synchronized (this) {
                computed = identities;
                if (computed == null) {
                    computed = compute(elements);
                    identities = computed;
                }
            }
        }
        return computed;
    }

    private static Map<Element, String> compute(List<Element> elements) {
        Map<Element, String> identities = new IdentityHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Element element : elements) {
            String base = base(element);
            int occurrence = seen.merge(base, 1, Integer::sum);
            identities.put(element, occurrence == 1 ? base : base + "#" + occurrence);
        }
        return identities;
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
