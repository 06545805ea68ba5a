package dev.tmj.resolve;

import dev.tmj.model.Element;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The identity of each element that finding fingerprints derive from: its kind (pytm's class) and name, and for
 * a flow also its source's and sink's identities. Running ids, creation order, boundaries and every other
 * attribute play no part, so an identity survives reordering and unrelated edits. Elements of one kind that
 * share a name are told apart by their boundary path, then by occurrence (docs/fingerprints.md).
 *
 * <p>The one place identities are computed: fingerprints, baselines and {@code tmj diff} (which matches the
 * elements of two model versions by it) all use it. {@link Findings#identities()} gives the identities its
 * fingerprints were made from; {@link #of(List)} those of any list of elements, such as a model's.
 *
 * <pre>{@code
 * String id = findings.identities().identityOf(element);   // "Dataflow:Query (Server:Web -> Datastore:DB)"
 * }</pre>
 */
public final class ElementIdentities {
    private final List<Element> elements;
    private volatile Map<Element, String> identities;
    /** The hash of each element's identity so far, by element: a finding only adds its SID. */
    private final Map<Element, Long> prefixes = new ConcurrentHashMap<>();

    /** Nothing is computed until a fingerprint is asked for: resolution itself never needs identities. */
    ElementIdentities(List<Element> elements) {
        this.elements = elements;
    }

    /**
     * The identities of these elements (in this order, which decides only the numbering of elements that share
     * kind, name and boundary path), computed when first asked for.
     */
    public static ElementIdentities of(List<Element> elements) {
        return new ElementIdentities(List.copyOf(elements));
    }

    /**
     * The identity of one of the elements, such as {@code Server:Web server}.
     *
     * @throws IllegalArgumentException if the element is not one of them
     */
    public String identityOf(Element element) {
        String identity = computed().get(element);
        if (identity == null) {
            throw new IllegalArgumentException("not one of these elements: " + element.label());
        }
        return identity;
    }

    /**
     * A stable 64-bit fingerprint of a threat on an element: FNV-1a over the element's identity, a NUL, then
     * the SID. Not cryptographic (it need not be), and cheap enough for a million findings.
     */
    String fingerprint(Element element, String sid) {
        Long prefix = prefixes.get(element);
        if (prefix == null) {
            // the hash of the identity and the NUL, the same for every threat on the element
            prefix = (fnv(FNV_OFFSET, identityOf(element)) ^ 0) * FNV_PRIME;
            prefixes.put(element, prefix);
        }
        return hex(fnv(prefix, sid));
    }

    /** The hash as 16 lower-case hex digits, leading zeros kept. */
    static String hex(long hash) {
        byte[] digits = new byte[16];
        for (int i = 15; i >= 0; i--) {
            digits[i] = HEX[(int) (hash & 0xf)];
            hash >>>= 4;
        }
        return new String(digits, StandardCharsets.ISO_8859_1);
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

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

    /**
     * Kind and name identify an element; only elements that share both are told apart, first by their boundary
     * path, then by occurrence, so a boundary move or a reordering changes nothing for a uniquely named one.
     */
    private static Map<Element, String> compute(List<Element> elements) {
        Map<String, Integer> named = new HashMap<>();
        for (Element element : elements) {
            named.merge(kindAndName(element), 1, Integer::sum);
        }
        Map<Element, String> nodes = new IdentityHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Element element : elements) {
            if (!element.isDataflow()) {
                nodes.put(element, distinct(element, named, seen));
            }
        }
        Map<Element, String> identities = new IdentityHashMap<>(nodes);
        Map<String, Integer> flows = new HashMap<>();
        List<Element> dataflows = elements.stream().filter(Element::isDataflow).toList();
        for (Element flow : dataflows) {
            flows.merge(flowBase(flow, nodes), 1, Integer::sum);
        }
        Map<String, Integer> seenFlows = new HashMap<>();
        for (Element flow : dataflows) {
            String base = flowBase(flow, nodes);
            int occurrence = seenFlows.merge(base, 1, Integer::sum);
            identities.put(flow, occurrence == 1 ? base : base + "#" + occurrence);
        }
        return identities;
    }

    private static String distinct(Element element, Map<String, Integer> named, Map<String, Integer> seen) {
        String base = kindAndName(element);
        if (named.get(base) > 1) {
            base = element.type().pytmName() + ":" + path(element);
        }
        int occurrence = seen.merge(base, 1, Integer::sum);
        return occurrence == 1 ? base : base + "#" + occurrence;
    }

    private static String kindAndName(Element element) {
        return element.type().pytmName() + ":" + element.name();
    }

    private static String flowBase(Element flow, Map<Element, String> nodes) {
        return kindAndName(flow) + " (" + end(flow.source(), nodes) + " -> " + end(flow.sink(), nodes) + ")";
    }

    private static String end(Element end, Map<Element, String> nodes) {
        String identity = end == null ? null : nodes.get(end);
        return identity != null ? identity : end == null ? "None" : kindAndName(end);
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
