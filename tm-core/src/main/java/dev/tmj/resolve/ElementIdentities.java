package dev.tmj.resolve;

import dev.tmj.model.Element;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
    /** Each element's identity with its hash, which a fingerprint extends by a NUL and the SID. */
    private volatile Map<Element, Text> identities;
    /**
     * The element of the last fingerprint and its identity: findings come element by element, and looking an element
     * up costs an identity hash, a call into the VM in C1-compiled code (the launcher's). Immutable, so a thread
     * that reads another's sees either whole.
     */
    private Known last;

    private record Known(Element element, Text identity) {
    }

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
        return known(element).text();
    }

    private Text known(Element element) {
        Text identity = computed().get(element);
        if (identity == null) {
            throw new IllegalArgumentException("not one of these elements: " + element.label());
        }
        return identity;
    }

    /**
     * A stable 64-bit fingerprint of a threat on an element: FNV-1a over the element's identity, a NUL, then
     * the SID. Not cryptographic (it need not be), and cheap enough for a million findings.
     */
    long fingerprint(Element element, String sid) {
        // the identity's hash extended by the NUL, the same for every threat on the element
        Known known = last;
        if (known == null || known.element() != element) {
            known = new Known(element, known(element));
            last = known;
        }
        long prefix = (known.identity().hash() ^ 0) * FNV_PRIME;
        return fnv(prefix, sid);
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

    private Map<Element, Text> computed() {
        Map<Element, Text> computed = identities;
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
     * Each element's base text is built once, and texts are counted by their FNV hash: at 50,000 flows the
     * String hashes of names like {@code Flow 123 (Server:Web 5 -> ...)} collide by the thousand.
     */
    private static Map<Element, Text> compute(List<Element> elements) {
        int size = elements.size();
        Text[] bases = new Text[size];
        Map<Text, int[]> named = new HashMap<>(2 * size);
        for (int i = 0; i < size; i++) {
            Element element = elements.get(i);
            if (!element.isDataflow()) {
                bases[i] = Text.of(kindAndName(element));
                count(named, bases[i]);
            }
        }
        Map<Element, Text> identities = new IdentityHashMap<>(size);
        Map<Text, int[]> seen = new HashMap<>(2 * size);
        for (int i = 0; i < size; i++) {
            Element element = elements.get(i);
            if (!element.isDataflow()) {
                Text base = named.get(bases[i])[0] > 1 ? Text.of(element.type().pytmName() + ":" + path(element))
                        : bases[i];
                identities.put(element, numbered(base, count(seen, base)));
            }
        }
        // every flow's base from the nodes' identities alone, before any flow's identity is added
        Map<Text, int[]> flows = new HashMap<>(2 * size);
        for (int i = 0; i < size; i++) {
            Element flow = elements.get(i);
            if (flow.isDataflow()) {
                bases[i] = Text.of(flowBase(flow, identities));
                count(flows, bases[i]);
            }
        }
        Map<Text, int[]> seenFlows = new HashMap<>();
        for (int i = 0; i < size; i++) {
            Element flow = elements.get(i);
            if (flow.isDataflow()) {
                Text base = bases[i];
                identities.put(flow, flows.get(base)[0] == 1 ? base : numbered(base, count(seenFlows, base)));
            }
        }
        return identities;
    }

    /** A text keyed by its 64-bit FNV hash, which spreads similar texts where String's hash does not. */
    private record Text(String text, long hash) {
        static Text of(String text) {
            return new Text(text, fnv(FNV_OFFSET, text));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Text t && t.hash == hash && t.text.equals(text);
        }

        @Override
        public int hashCode() {
            return (int) (hash ^ (hash >>> 32));
        }
    }

    /** Counts one more of a text; returns how many so far. */
    private static int count(Map<Text, int[]> counts, Text text) {
        int[] count = counts.get(text);
        if (count == null) {
            count = new int[1];
            counts.put(text, count);
        }
        return ++count[0];
    }

    private static Text numbered(Text base, int occurrence) {
        return occurrence == 1 ? base : Text.of(base.text() + "#" + occurrence);
    }

    private static String kindAndName(Element element) {
        return element.type().pytmName() + ":" + element.name();
    }

    private static String flowBase(Element flow, Map<Element, Text> nodes) {
        String kindAndName = kindAndName(flow);
        String source = end(flow.source(), nodes);
        String sink = end(flow.sink(), nodes);
        return new StringBuilder(kindAndName.length() + source.length() + sink.length() + 7).append(kindAndName)
                .append(" (").append(source).append(" -> ").append(sink).append(')').toString();
    }

    private static String end(Element end, Map<Element, Text> nodes) {
        Text identity = end == null ? null : nodes.get(end);
        return identity != null ? identity.text() : end == null ? "None" : kindAndName(end);
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
