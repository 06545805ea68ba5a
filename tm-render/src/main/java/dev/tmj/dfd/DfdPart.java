package dev.tmj.dfd;

import dev.tmj.model.Element;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
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
 * boundary. Parts come in drawing order (by boundary name, then model order), the outside part last, so the
 * same model gives the same names.
 */
public final class DfdPart {
    /** The most characters of a boundary's name in a file name. */
    static final int MAX_SLUG = 48;
    private static final String OUTSIDE_TITLE = "Outside any boundary";

    private final Element boundary;
    private final String title;
    private final String fileName;

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
        Set<Element> shown = whole.shownBoundaries();
        List<Element> tops = new ArrayList<>();
        for (Element b : shown) {
            if (outermostShown(b, shown) == b) {
                tops.add(b);
            }
        }
        tops.sort(Comparator.comparing(Element::name).thenComparing(whole::indexOf));
        Set<String> used = new HashSet<>();
        List<DfdPart> parts = new ArrayList<>();
        for (Element b : tops) {
            parts.add(new DfdPart(b, b.name(), unique("dfd-" + slug(b.name()), used)));
        }
        if (whole.shownNodes().stream().anyMatch(n -> outermostShown(n, shown) == null)) {
            parts.add(new DfdPart(null, OUTSIDE_TITLE, unique("dfd-outside", used)));
        }
        return parts;
    }

    /** The outermost drawn boundary around an element (itself, when it is a drawn boundary), or null. */
    private static Element outermostShown(Element e, Set<Element> shown) {
        Element outermost = shown.contains(e) ? e : null;
        for (Element b : e.boundaryPath()) {
            if (shown.contains(b)) {
                outermost = b;
            }
        }
        return outermost;
    }

    /** Keeps of a selection what this part draws: nodes, boundaries, and flows with both ends kept. */
    void restrict(Set<Element> nodes, Set<Element> boundaries, Set<Element> flows) {
        Set<Element> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        shown.addAll(boundaries);
        nodes.removeIf(n -> outermostShown(n, shown) != boundary);
        boundaries.removeIf(b -> boundary == null || outermostShown(b, shown) != boundary);
        flows.removeIf(f -> !kept(f.source(), nodes, boundaries) || !kept(f.sink(), nodes, boundaries));
    }

    private static boolean kept(Element end, Set<Element> nodes, Set<Element> boundaries) {
        return end.isBoundary() ? boundaries.contains(end) : nodes.contains(end);
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
