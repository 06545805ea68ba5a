package dev.tmj.dfd;

import dev.tmj.model.Element;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One part of a data-flow diagram too large to lay out whole ({@link DfdDiagram#parts}): a top-level boundary
 * with everything inside it, or the elements outside every boundary. A flow is drawn in a part when both its ends
 * are in that part, so flows between parts are not drawn (the report's element sections list them).
 *
 * <p>Each part has a file name, {@code dfd-<name>.svg}: the boundary's name in lower-case ASCII letters and
 * digits, every other run of characters one {@code -}, at most {@value #MAX_SLUG} characters, then {@code -2},
 * {@code -3} ... when an earlier part has the same; {@code dfd-outside.svg} for the elements outside every
 * boundary, or, when they are more than a part may hold ({@link #of(DfdGraph, int)}), {@code dfd-outside-1.svg},
 * {@code dfd-outside-2.svg} ... titled "Outside any boundary (1 of 7)" and so on. Parts come in drawing order (by
 * boundary name, then model order), the outside parts last, so the same model gives the same names.
 */
public final class DfdPart {
    /** The most characters of a boundary's name in a file name. */
    static final int MAX_SLUG = 48;
    private static final String OUTSIDE_TITLE = "Outside any boundary";

    private final Element boundary;
    private final String title;
    private final String fileName;
    /** What the part draws, found by {@link #of(DfdGraph, int)}. */
    private final Set<Element> nodes = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Element> boundaries = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Element> flows = Collections.newSetFromMap(new IdentityHashMap<>());

    private DfdPart(Element boundary, String title, String fileName) {
        this.boundary = boundary;
        this.title = title;
        this.fileName = fileName;
    }

    /** The boundary's name, or "Outside any boundary"; a text, not escaped. */
    public String title() {
        return title;
    }

    /** The part's SVG file name, {@code dfd-<name>.svg}, unique among the parts of one diagram. */
    public String fileName() {
        return fileName;
    }

    /** The top-level boundary drawn, or empty for the elements outside every boundary. */
    public Optional<Element> boundary() {
        return Optional.ofNullable(boundary);
    }

    /** The parts of a selected graph: its top-level boundaries in drawing order, then what lies outside them. */
    static List<DfdPart> of(DfdGraph whole) {
        return of(whole, Integer.MAX_VALUE);
    }

    /**
     * The parts of a selected graph, each element assigned to its part in one pass over the selection (a pass per
     * part took 418 passes over 75,000 elements at 50,000 flows). When more than {@code maxOutsideNodes} nodes lie
     * outside every boundary, they are drawn in several parts of at most that many nodes: the groups of nodes that
     * flows connect, in model order, packed into parts in turn, a group larger than a part cut in model order.
     */
    static List<DfdPart> of(DfdGraph whole, int maxOutsideNodes) {
        Set<Element> shown = whole.shownBoundaries();
        Map<Element, DfdPart> partOf = new IdentityHashMap<>();
        List<Element> tops = new ArrayList<>();
        Map<Element, Element> topOf = new IdentityHashMap<>();
        for (Element b : shown) {
            Element top = outermostShown(b, shown);
            topOf.put(b, top);
            if (top == b) {
                tops.add(b);
            }
        }
        tops.sort(Comparator.comparing(Element::name).thenComparing(whole::indexOf));
        Set<String> used = new HashSet<>();
        List<DfdPart> parts = new ArrayList<>();
        Map<Element, DfdPart> byTop = new IdentityHashMap<>();
        for (Element b : tops) {
            DfdPart part = new DfdPart(b, b.name(), unique("dfd-" + slug(b.name()), used));
            parts.add(part);
            byTop.put(b, part);
        }
        for (Element b : shown) {
            DfdPart part = byTop.get(topOf.get(b));
            part.boundaries.add(b);
            partOf.put(b, part);
        }
        List<Element> outside = new ArrayList<>();
        for (Element n : whole.shownNodes()) {
            Element top = outermostShown(n, shown);
            if (top == null) {
                outside.add(n);
            } else {
                DfdPart part = byTop.get(top);
                part.nodes.add(n);
                partOf.put(n, part);
            }
        }
        if (!outside.isEmpty()) {
            outside.sort(Comparator.comparingInt(whole::indexOf));
            List<List<Element>> chunks = OutsideChunks.of(outside, whole.shownFlows(), maxOutsideNodes);
            for (int i = 0; i < chunks.size(); i++) {
                DfdPart part = chunks.size() == 1 ? new DfdPart(null, OUTSIDE_TITLE, unique("dfd-outside", used))
                        : new DfdPart(null, OUTSIDE_TITLE + " (" + (i + 1) + " of " + chunks.size() + ")",
                                unique("dfd-outside-" + (i + 1), used));
                parts.add(part);
                for (Element n : chunks.get(i)) {
                    part.nodes.add(n);
                    partOf.put(n, part);
                }
            }
        }
        // A flow is drawn in a part when both its ends are in that part.
        for (Element flow : whole.shownFlows()) {
            DfdPart part = partOf.get(flow.source());
            if (part != null && part == partOf.get(flow.sink())) {
                part.flows.add(flow);
            }
        }
        return parts;
    }

    /** The outermost drawn boundary around an element (itself, when it is a drawn boundary), or null. */
    private static Element outermostShown(Element e, Set<Element> shown) {
        Element outermost = shown.contains(e) ? e : null;
        for (Element b = e.inBoundary().orElse(null); b != null; b = b.inBoundary().orElse(null)) {
            if (shown.contains(b)) {
                outermost = b;
            }
        }
        return outermost;
    }

    /** The nodes this part draws, by identity. */
    Set<Element> nodes() {
        return nodes;
    }

    /** The boundaries this part draws, by identity. */
    Set<Element> boundaries() {
        return boundaries;
    }

    /** The flows this part draws (both ends in the part), by identity. */
    Set<Element> flows() {
        return flows;
    }

    /** A name as a file name's part: lower-case ASCII letters and digits, runs of anything else one '-'. */
    static String slug(String name) {
        StringBuilder slug = new StringBuilder();
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length() && slug.length() < MAX_SLUG; i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                slug.append(c);
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        while (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.length() == 0 ? "boundary" : slug.toString();
    }

    private static String unique(String base, Set<String> used) {
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            name = base + "-" + n;
        }
        return name + ".svg";
    }

    @Override
    public String toString() {
        return fileName;
    }
}
