package dev.tmj.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An element of a threat model: an actor, asset, process, datastore, boundary or dataflow.
 * Its attributes are those of its {@link ElementType}'s schema. Create elements through {@link Model}.
 */
public final class Element extends ModelObject {
    private static final int CONTROLS = AttributeNames.idOf("controls");
    private static final int SOURCE = AttributeNames.idOf("source");
    private static final int SINK = AttributeNames.idOf("sink");
    private static final int IN_SCOPE = AttributeNames.idOf("inScope");
    private static final int OVERRIDES = AttributeNames.idOf("overrides");
    private static final int LEVELS = AttributeNames.idOf("levels");
    private final ElementType type;
    private final Model model;
    /** Its place in {@link Model#elements()}, which elements are only ever added to. */
    private final int index;
    /** Kept as the Optional it is read as: the one-line output asks for it per finding, 745,726 times. */
    private Optional<SourceLocation> location = Optional.empty();

    Element(Model model, ElementType type, String name, int index) {
        super(type.schema());
        this.type = type;
        this.model = model;
        this.index = index;
        set("name", name);
    }

    Element(Model model, Element original) {
        super(original);
        this.type = original.type;
        this.model = model;
        this.index = original.index;
        this.location = original.location;
    }

    public ElementType type() {
        return type;
    }

    public Model model() {
        return model;
    }

    /**
     * Its place in its model's {@link Model#elements()} (a copy's twin has its original's): per-element values can
     * live in an array rather than a map keyed by element.
     */
    public int index() {
        return index;
    }

    public String name() {
        return (String) values[0];
    }

    public boolean isDataflow() {
        return type == ElementType.DATAFLOW;
    }

    public boolean isBoundary() {
        return type == ElementType.BOUNDARY;
    }

    public Controls controls() {
        return (Controls) get(CONTROLS, "controls");
    }

    public boolean inScope() {
        return Boolean.TRUE.equals(get(IN_SCOPE, "inScope"));
    }

    public Optional<Element> inBoundary() {
        return Optional.ofNullable((Element) get("inBoundary"));
    }

    /** The source of a dataflow. */
    public Element source() {
        return (Element) get(SOURCE, "source");
    }

    /** The sink of a dataflow. */
    public Element sink() {
        return (Element) get(SINK, "sink");
    }

    @SuppressWarnings("unchecked")
    public List<FindingOverride> overrides() {
        return (List<FindingOverride>) get(OVERRIDES, "overrides");
    }

    @SuppressWarnings("unchecked")
    public List<Assumption> assumptions() {
        return (List<Assumption>) get("assumptions");
    }

    /** The DFD levels the element is drawn on. */
    public Set<Long> levels() {
        return levels(get(LEVELS, "levels"));
    }

    /** The boundaries around this element, innermost first. */
    public List<Element> boundaryPath() {
        java.util.ArrayList<Element> path = new java.util.ArrayList<>();
        for (Element b = (Element) get("inBoundary"); b != null; b = (Element) b.get("inBoundary")) {
            path.add(b);
        }
        return path;
    }

    /** Where the element was declared, when a reader knows. */
    public Optional<SourceLocation> location() {
        return location;
    }

    public Element locatedAt(SourceLocation location) {
        this.location = Optional.ofNullable(location);
        return this;
    }

    @Override
    public Element set(String name, Object value) {
        super.set(name, value);
        return this;
    }

    @Override
    Object normalize(Attribute attribute, Object value) {
        Object normalized = super.normalize(attribute, value);
        model.checkOwnership(this, attribute, normalized);
        if (attribute.name().equals("inBoundary") && normalized != null) {
            checkNoBoundaryCycle((Element) normalized);
        }
        return normalized;
    }

    private void checkNoBoundaryCycle(Element boundary) {
        for (Element b = boundary; b != null; b = (Element) b.raw("inBoundary")) {
            if (b == this) {
                throw new ModelException(label() + " cannot be inside " + boundary.label()
                        + ": the boundaries would contain each other");
            }
        }
    }

    @Override
    public String label() {
        return type.pytmName() + "(" + name() + ")";
    }

    @Override
    public String toString() {
        return label();
    }
}
