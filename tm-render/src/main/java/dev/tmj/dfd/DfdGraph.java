package dev.tmj.dfd;

import dev.tmj.model.Element;
import dev.tmj.model.Suggestions;
import dev.tmj.resolve.CheckedModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a data-flow diagram draws and in which order, independent of the output syntax: pytm's {@code dfd()}
 * drawing order (clusters by boundary level, outermost first, by name within a level; each cluster holding
 * the elements whose {@code inBoundary} it is, in element order; then the remaining elements and flows in
 * element order), after the level, boundary and neighbourhood filters.
 */
final class DfdGraph {
    /** pytm wraps every label at 18 columns. */
    static final int WRAP = 18;
    /**
     * The longest text a label shows, in code points: 12 lines of 18 columns, readable in a diagram; a name of
     * thousands of characters made an unreadable diagram (and beyond 16,384 bytes a DOT file dot rejects).
     */
    static final int MAX_LABEL = 200;
    /** The most letters of a name in a node or cluster id. */
    static final int ID_LETTERS = 64;

    /** Something drawn: a node, an edge or a cluster. */
    sealed interface Item permits Node, Edge, Cluster {
    }

    /** An element drawn as a node. */
    record Node(Element element, int index, String id, List<String> lines) implements Item {
    }

    /**
     * A flow drawn as an edge; {@code response} is the response merged into it ({@code dir = both}), or null.
     */
    record Edge(Element flow, int index, String source, String sink, List<String> lines, Element response)
            implements Item {
        boolean merged() {
            return response != null;
        }
    }

    /** A boundary drawn as a cluster. */
    record Cluster(Element boundary, int index, String id, List<String> lines, List<Item> children)
            implements Item {
    }

    private final CheckedModel checked;
    private final DfdOptions options;
    private final List<Element> elements;
    private final Map<Element, Integer> index;
    private final Map<Element, String> ids;
    private final Set<Element> shownNodes = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Element> shownFlows = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Element> shownBoundaries = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Boundaries that a drawn flow starts or ends at (a modelling error that pytm accepts). */
    private final Set<Element> flowEnds = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Flows and the responses merged into them; shared with the parts, read only once selected. */
    private final Map<Element, Element> merged;
    private final Set<Element> drawn = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Item> items = new ArrayList<>();
    /** The elements whose {@code inBoundary} each boundary is, in element order; made when first needed. */
    private Map<Element, List<Element>> inside;
    /** The elements to lay out, in element order: all of them for a whole diagram, a part's own for a part. */
    private final List<Element> layoutOrder;
    private int nodeCount;
    private int edgeCount;
    private int clusterCount;

    private final DfdMarks marks;

    private DfdGraph(CheckedModel checked, DfdOptions options, DfdMarks marks) {
        this.checked = checked;
        this.options = options;
        this.marks = marks;
        this.elements = checked.elements();
        this.layoutOrder = elements;
        this.merged = new IdentityHashMap<>();
        this.index = new IdentityHashMap<>();
        this.ids = new IdentityHashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            index.put(e, i);
            ids.put(e, id(e, i));
        }
    }

    /**
     * A part of a selected graph: the same ids and options, what {@link DfdPart#of(DfdGraph, int)} assigned to the
     * part. Only the part's own elements are looked at, so drawing every part takes time linear in the selection.
     */
    private DfdGraph(DfdGraph whole, DfdPart part) {
        this.checked = whole.checked;
        this.options = whole.options;
        this.marks = whole.marks;
        this.elements = whole.elements;
        this.index = whole.index;
        this.ids = whole.ids;
        this.inside = whole.inside;
        this.merged = whole.merged;
        shownNodes.addAll(part.nodes());
        shownBoundaries.addAll(part.boundaries());
        shownFlows.addAll(part.flows());
        for (Element flow : shownFlows) {
            for (Element end : List.of(flow.source(), flow.sink())) {
                if (end.isBoundary()) {
                    flowEnds.add(end);
                }
            }
        }
        List<Element> own = new ArrayList<>(shownNodes.size() + shownBoundaries.size() + shownFlows.size());
        own.addAll(shownNodes);
        own.addAll(shownBoundaries);
        own.addAll(shownFlows);
        own.sort(Comparator.comparingInt(index::get));
        this.layoutOrder = own;
    }

    static DfdGraph of(CheckedModel checked, DfdOptions options) {
        return of(checked, options, DfdMarks.NONE);
    }

    static DfdGraph of(CheckedModel checked, DfdOptions options, DfdMarks marks) {
        DfdGraph graph = selected(checked, options, marks);
        graph.layOut();
        return graph;
    }

    /** What the options select, not yet laid out: the start of {@link #part}. */
    static DfdGraph selected(CheckedModel checked, DfdOptions options) {
        return selected(checked, options, DfdMarks.NONE);
    }

    static DfdGraph selected(CheckedModel checked, DfdOptions options, DfdMarks marks) {
        DfdGraph graph = new DfdGraph(checked, options, java.util.Objects.requireNonNull(marks, "marks"));
        graph.select();
        return graph;
    }

    /** The part of this selected graph (see {@link DfdPart}), laid out. */
    DfdGraph part(DfdPart part) {
        insideMap();
        DfdGraph graph = new DfdGraph(this, part);
        graph.layOut();
        return graph;
    }

    /** The boundaries drawn, by identity. */
    Set<Element> shownBoundaries() {
        return Collections.unmodifiableSet(shownBoundaries);
    }

    /** The elements drawn as nodes, by identity. */
    Set<Element> shownNodes() {
        return Collections.unmodifiableSet(shownNodes);
    }

    /** The flows drawn as edges, by identity. */
    Set<Element> shownFlows() {
        return Collections.unmodifiableSet(shownFlows);
    }

    /** The index of an element in {@code CheckedModel.elements()}. */
    int indexOf(Element e) {
        return index.get(e);
    }

    CheckedModel checked() {
        return checked;
    }

    DfdOptions options() {
        return options;
    }

    /** The caller's mark of a drawn element, if any. */
    java.util.Optional<DfdMark> mark(Element e) {
        return marks.markOf(e);
    }

    /** The marks the legend explains. */
    List<DfdMark> legend() {
        return marks.legend();
    }

    /** The top-level items in drawing order. */
    List<Item> items() {
        return items;
    }

    int nodeCount() {
        return nodeCount;
    }

    int edgeCount() {
        return edgeCount;
    }

    int clusterCount() {
        return clusterCount;
    }

    /**
     * {@code <class lower>_<letters of the name>_<index in CheckedModel.elements()>}, at most {@value #ID_LETTERS}
     * letters of the name (the index keeps ids unique; a name's 16,000 letters made an id dot could not read).
     */
    private static String id(Element e, int i) {
        StringBuilder id = new StringBuilder(e.type().pytmName().toLowerCase(Locale.ROOT)).append('_');
        e.name().codePoints().filter(Character::isLetter).limit(ID_LETTERS).forEach(id::appendCodePoint);
        return id.append('_').append(i).toString();
    }

    private static boolean isNode(Element e) {
        return !e.isBoundary() && !e.isDataflow();
    }

    /** The options name levels as ints, the model stores them as Long (like all its ints). */
    private boolean onLevels(Set<Long> elementLevels) {
        return options.levels().isEmpty()
                || elementLevels.stream().anyMatch(level -> options.levels().contains(level.intValue()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Selection

    private void select() {
        boolean merge = checked.model().mergeResponses();
        Set<Element> hidden = checked.hiddenDuplicates();
        Set<Element> suppressed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> flows = new ArrayList<>();
        for (Element e : elements) {
            if (e.isDataflow() && !hidden.contains(e)) {
                flows.add(e);
            }
        }
        if (merge) {
            for (Element flow : flows) {
                Element response = (Element) flow.get("response");
                if (response != null) {
                    suppressed.add(response);
                    merged.put(flow, response);
                }
            }
        }
        Set<Element> roots = boundaryRoots();
        for (Element e : elements) {
            if (isNode(e) && onLevels(e.levels()) && inScope(e, roots)) {
                shownNodes.add(e);
            }
        }
        List<Element> candidates = new ArrayList<>();
        for (Element flow : flows) {
            // pytm's rule, and (unlike pytm, which let Graphviz invent a bare node) both ends must be drawn.
            boolean onLevel = onLevels(flow.levels())
                    || onLevels(flow.source().levels()) && onLevels(flow.sink().levels());
            if (!suppressed.contains(flow) && onLevel && isDrawnEnd(flow.source(), roots)
                    && isDrawnEnd(flow.sink(), roots)) {
                candidates.add(flow);
            }
        }
        Set<Element> centres = centres();
        if (centres != null) {
            shownNodes.retainAll(neighbourhood(centres, candidates));
        }
        for (Element flow : candidates) {
            if (isDrawnEnd(flow.source(), roots) && isDrawnEnd(flow.sink(), roots)) {
                shownFlows.add(flow);
                for (Element end : List.of(flow.source(), flow.sink())) {
                    if (end.isBoundary()) {
                        flowEnds.add(end);
                    }
                }
            }
        }
        if (centres == null) {
            // pytm draws every boundary, empty or not; with a boundary chosen, those inside it.
            for (Element e : elements) {
                if (e.isBoundary() && (roots == null || roots.contains(e) || inScope(e, roots))) {
                    shownBoundaries.add(e);
                }
            }
        } else {
            // Around a neighbourhood, only the boundaries around what is drawn, up to the chosen boundary.
            for (Element node : shownNodes) {
                for (Element b : node.boundaryPath()) {
                    shownBoundaries.add(b);
                    if (roots != null && roots.contains(b)) {
                        break;
                    }
                }
            }
        }
    }

    /**
     * Whether a flow's end is drawn: a node that is shown, or a boundary whose cluster is drawn (outside a
     * neighbourhood); a flow to a boundary then points into the boundary's box, as the sequence diagram
     * draws the boundary as a participant.
     */
    private boolean isDrawnEnd(Element end, Set<Element> roots) {
        if (end.isBoundary()) {
            return options.centre() == null && (roots == null || roots.contains(end) || inScope(end, roots));
        }
        return shownNodes.contains(end);
    }

    /** Whether a drawn flow starts or ends at this boundary. */
    boolean isFlowEnd(Element boundary) {
        return flowEnds.contains(boundary);
    }

    /** Whether any drawn flow starts or ends at a boundary. */
    boolean hasFlowEnds() {
        return !flowEnds.isEmpty();
    }

    /** The boundaries {@link DfdOptions#onlyBoundary()} names, or null when it names none. */
    private Set<Element> boundaryRoots() {
        String name = options.boundary();
        if (name == null) {
            return null;
        }
        Set<Element> roots = Collections.newSetFromMap(new IdentityHashMap<>());
        List<String> known = new ArrayList<>();
        for (Element e : elements) {
            if (e.isBoundary()) {
                known.add(e.name());
                if (e.name().equals(name)) {
                    roots.add(e);
                }
            }
        }
        if (roots.isEmpty()) {
            throw new UnknownDiagramElementException(unknown("boundary", name, known));
        }
        return roots;
    }

    /** The elements {@link DfdOptions#neighbourhoodOf()} names, or null when it names none. */
    private Set<Element> centres() {
        String name = options.centre();
        if (name == null) {
            return null;
        }
        Set<Element> centres = Collections.newSetFromMap(new IdentityHashMap<>());
        List<String> known = new ArrayList<>();
        for (Element e : elements) {
            if (isNode(e)) {
                known.add(e.name());
                if (e.name().equals(name)) {
                    centres.add(e);
                }
            }
        }
        if (centres.isEmpty()) {
            throw new UnknownDiagramElementException(unknown("element", name, known));
        }
        return centres;
    }

    private static String unknown(String what, String name, List<String> known) {
        String message = "The model has no " + what + " named \"" + name + "\"";
        var suggestion = Suggestions.closest(name, known);
        if (suggestion.isPresent()) {
            return message + "; did you mean \"" + suggestion.get() + "\"?";
        }
        if (known.isEmpty()) {
            return message + "; it has no " + what + "s that can be drawn";
        }
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(known));
        Collections.sort(sorted);
        return message + "; known " + what + "s: " + String.join(", ", sorted.subList(0, Math.min(10,
                sorted.size()))) + (sorted.size() > 10 ? ", ..." : "");
    }

    private static boolean inScope(Element e, Set<Element> roots) {
        if (roots == null) {
            return true;
        }
        for (Element b : e.boundaryPath()) {
            if (roots.contains(b)) {
                return true;
            }
        }
        return false;
    }

    /** The elements at most {@code radius} flows from the centres, flows taken in either direction. */
    private Set<Element> neighbourhood(Set<Element> centres, List<Element> flows) {
        Map<Element, List<Element>> adjacent = new IdentityHashMap<>();
        for (Element flow : flows) {
            adjacent.computeIfAbsent(flow.source(), k -> new ArrayList<>()).add(flow.sink());
            adjacent.computeIfAbsent(flow.sink(), k -> new ArrayList<>()).add(flow.source());
        }
        Map<Element, Integer> distance = new IdentityHashMap<>();
        Deque<Element> queue = new ArrayDeque<>();
        for (Element c : centres) {
            if (shownNodes.contains(c)) {
                distance.put(c, 0);
                queue.add(c);
            }
        }
        while (!queue.isEmpty()) {
            Element e = queue.poll();
            int d = distance.get(e);
            if (d == options.radius()) {
                continue;
            }
            for (Element next : adjacent.getOrDefault(e, List.of())) {
                if (!distance.containsKey(next)) {
                    distance.put(next, d + 1);
                    queue.add(next);
                }
            }
        }
        Set<Element> reached = Collections.newSetFromMap(new IdentityHashMap<>());
        reached.addAll(distance.keySet());
        return reached;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Drawing order

    private void layOut() {
        Set<Element> parents = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element b : shownBoundaries) {
            b.inBoundary().filter(shownBoundaries::contains).ifPresent(parents::add);
        }
        TreeMap<Integer, Set<Element>> byLevel = new TreeMap<>(Comparator.reverseOrder());
        for (Element b : layoutOrder) {
            if (!shownBoundaries.contains(b) || parents.contains(b)) {
                continue;
            }
            byLevel.computeIfAbsent(0, k -> new LinkedHashSet<>()).add(b);
            int level = 1;
            for (Element p = parentOf(b); p != null; p = parentOf(p)) {
                byLevel.computeIfAbsent(level++, k -> new LinkedHashSet<>()).add(p);
            }
        }
        Comparator<Element> byName = Comparator.comparing(Element::name).thenComparing(index::get);
        for (Set<Element> level : byLevel.values()) {
            List<Element> sorted = new ArrayList<>(level);
            sorted.sort(byName);
            for (Element b : sorted) {
                if (!drawn.contains(b)) {
                    items.add(cluster(b));
                }
            }
        }
        for (Element e : layoutOrder) {
            if (drawn.contains(e) || e.isBoundary()) {
                continue;
            }
            Element boundary = e.inBoundary().orElse(null);
            if (boundary == null || !shownBoundaries.contains(boundary)) {
                Item item = item(e);
                if (item != null) {
                    items.add(item);
                }
            }
        }
    }

    /** The boundary around a drawn boundary, when that one is drawn too. */
    private Element parentOf(Element boundary) {
        Element parent = boundary.inBoundary().orElse(null);
        return parent != null && shownBoundaries.contains(parent) ? parent : null;
    }

    /**
     * The boundary's cluster, the clusters inside it nested, each holding its elements in element order. Iterative
     * (a stack of open clusters), so that any depth of nesting draws, in time linear in the elements.
     */
    private Cluster cluster(Element boundary) {
        insideMap();
        Deque<OpenCluster> open = new ArrayDeque<>();
        open.push(open(boundary));
        while (true) {
            OpenCluster top = open.peek();
            if (top.next < top.inside.size()) {
                Element e = top.inside.get(top.next++);
                if (drawn.contains(e)) {
                    continue;
                }
                if (!e.isBoundary()) {
                    Item item = item(e);
                    if (item != null) {
                        top.children.add(item);
                    }
                } else if (shownBoundaries.contains(e)) {
                    open.push(open(e));
                }
                continue;
            }
            open.pop();
            Element b = top.boundary;
            Cluster done = new Cluster(b, index.get(b), "cluster_" + ids.get(b), label(b.name()),
                    List.copyOf(top.children));
            if (open.isEmpty()) {
                return done;
            }
            open.peek().children.add(done);
        }
    }

    private void insideMap() {
        if (inside == null) {
            inside = new IdentityHashMap<>();
            for (Element e : elements) {
                e.inBoundary().ifPresent(b -> inside.computeIfAbsent(b, k -> new ArrayList<>()).add(e));
            }
        }
    }

    private OpenCluster open(Element boundary) {
        drawn.add(boundary);
        clusterCount++;
        return new OpenCluster(boundary, inside.getOrDefault(boundary, List.of()));
    }

    /** A cluster being filled: its boundary, the elements inside it, how many were looked at, its items. */
    private static final class OpenCluster {
        final Element boundary;
        final List<Element> inside;
        final List<Item> children = new ArrayList<>();
        int next;

        OpenCluster(Element boundary, List<Element> inside) {
            this.boundary = boundary;
            this.inside = inside;
        }
    }

    private Item item(Element e) {
        drawn.add(e);
        if (e.isDataflow()) {
            if (!shownFlows.contains(e)) {
                return null;
            }
            edgeCount++;
            List<String> lines = new ArrayList<>(label(displayName(e)));
            Element response = merged.get(e);
            if (response != null) {
                lines.addAll(label(displayName(response)));
            }
            return new Edge(e, index.get(e), ids.get(e.source()), ids.get(e.sink()), List.copyOf(lines), response);
        }
        if (!shownNodes.contains(e)) {
            return null;
        }
        nodeCount++;
        return new Node(e, index.get(e), ids.get(e), label(e.name()));
    }

    /** pytm's {@code display_name()}: a numbered flow shows its order. */
    static String displayName(Element e) {
        if (e.isDataflow()) {
            long order = (Long) e.get("order");
            if (order != -1) {
                return "(" + order + ") " + e.name();
            }
        }
        return e.name();
    }

    /**
     * pytm's {@code _label()}: the text wrapped at 18 columns, control characters made visible; a text longer
     * than {@value #MAX_LABEL} code points is cut there, ending with an ellipsis (the tooltip shows it whole).
     */
    static List<String> label(String text) {
        return TextWrap.wrap(Escaping.visible(shortened(text)), WRAP);
    }

    /** The text, or its first {@value #MAX_LABEL} code points ending with an ellipsis when it is longer. */
    static String shortened(String text) {
        if (!isTooLong(text)) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_LABEL - 1)) + "\u2026";
    }

    /** Whether a label shows only the beginning of this text. */
    static boolean isTooLong(String text) {
        return text.length() > MAX_LABEL && text.codePointCount(0, text.length()) > MAX_LABEL;
    }

    /** The element's severity after resolution (0 when it has no findings). */
    static int severity(Element e) {
        Object severity = e.get("severity");
        return severity instanceof Long l ? l.intValue() : 0;
    }
}
