package dev.tmj.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A threat model (pytm's {@code TM}): its settings and every element and data item, in creation order.
 * Each model owns its elements; any number of models can live in one JVM.
 */
public final class Model extends ModelObject {
    private final List<Element> elements = new ArrayList<>();
    private final List<Data> data = new ArrayList<>();
    private final List<ModelWarning> warnings = new ArrayList<>();
    private final StringBuilder printed = new StringBuilder();
    private SourceLocation location;

    private Model(String name) {
        super(Schemas.TM);
        set("name", name);
    }

    /** A new, empty model. */
    public static Model named(String name) {
        return new Model(Objects.requireNonNull(name, "name"));
    }

    public String name() {
        return (String) get("name");
    }

    public String description() {
        return (String) get("description");
    }

    public boolean isOrdered() {
        return Boolean.TRUE.equals(get("isOrdered"));
    }

    public boolean mergeResponses() {
        return Boolean.TRUE.equals(get("mergeResponses"));
    }

    public boolean ignoreUnused() {
        return Boolean.TRUE.equals(get("ignoreUnused"));
    }

    public Action onDuplicates() {
        return (Action) get("onDuplicates");
    }

    @SuppressWarnings("unchecked")
    public List<Assumption> assumptions() {
        return (List<Assumption>) get("assumptions");
    }

    @Override
    public Model set(String name, Object value) {
        super.set(name, value);
        return this;
    }

    /**
     * Adds an element of any type but {@link ElementType#DATAFLOW} (use {@link #dataflow}).
     */
    public Element add(ElementType type, String name) {
        if (type == ElementType.DATAFLOW) {
            throw new IllegalArgumentException("create dataflows with dataflow(source, sink, name)");
        }
        Element element = new Element(this, type, Objects.requireNonNull(name, "name"), elements.size());
        elements.add(element);
        return element;
    }

    /** Adds a dataflow from {@code source} to {@code sink}; both must belong to this model. */
    public Element dataflow(Element source, Element sink, String name) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sink, "sink");
        Element flow = new Element(this, ElementType.DATAFLOW, Objects.requireNonNull(name, "name"),
                elements.size());
        flow.set("source", source);
        flow.set("sink", sink);
        elements.add(flow);
        return flow;
    }

    /** Adds a data item. */
    public Data data(String name) {
        Data datum = new Data(this, Objects.requireNonNull(name, "name"), data.size());
        data.add(datum);
        return datum;
    }

    /** Every element, boundaries and dataflows included, in creation order. */
    public List<Element> elements() {
        return Collections.unmodifiableList(elements);
    }

    /** The dataflows, in creation order. */
    public List<Element> dataflows() {
        return elements.stream().filter(Element::isDataflow).toList();
    }

    /** The boundaries, in creation order. */
    public List<Element> boundaries() {
        return elements.stream().filter(Element::isBoundary).toList();
    }

    /** Every data item, in creation order. */
    public List<Data> data() {
        return Collections.unmodifiableList(data);
    }

    /** What the reader accepted as pytm does but warns about, in the order found. */
    public List<ModelWarning> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** Records a reader's warning about this model. */
    public Model warn(ModelWarning warning) {
        warnings.add(Objects.requireNonNull(warning, "warning"));
        return this;
    }

    /**
     * What the model's script printed while it was read ({@code print(...)} in a pytm script), in order; empty
     * for other formats. A command line writes it to standard error so that standard output stays the report.
     */
    public String printed() {
        return printed.toString();
    }

    /** Records text the model's script printed. */
    public Model print(String text) {
        printed.append(Objects.requireNonNull(text, "text"));
        return this;
    }

    public java.util.Optional<SourceLocation> location() {
        return java.util.Optional.ofNullable(location);
    }

    public Model locatedAt(SourceLocation location) {
        this.location = location;
        return this;
    }

    /**
     * A deep copy: new elements, data and controls with every reference pointing into the copy.
     * The model check works on a copy so that resolving never changes the model it was given.
     */
    public Model copy() {
        Model copy = new Model(name());
        System.arraycopy(values, 0, copy.writableValues(), 0, values.length);
        copy.copyMaskFrom(this);
        copy.location = location;
        copy.warnings.addAll(warnings);
        copy.printed.append(printed);
        copy.copyExtrasFrom(this);
        for (Element e : elements) {
            copy.elements.add(new Element(copy, e)); // at its original's index
        }
        for (Data d : data) {
            copy.data.add(new Data(copy, d));
        }
        UnaryOperator<Object> twins = value -> twinIn(copy, value);
        copy.elements.forEach(e -> remap(e, twins));
        copy.data.forEach(d -> remap(d, twins));
        return copy;
    }

    /**
     * The copy's twin of an element or data item of this model, found by its index (no map of 70,000 twins for a
     * large model); anything else as it is.
     */
    private Object twinIn(Model copy, Object value) {
        if (value instanceof Element e && e.model() == this) {
            return copy.elements.get(e.index());
        }
        if (value instanceof Data d && d.model() == this) {
            return copy.data.get(d.index());
        }
        return value;
    }

    private static void remap(ModelObject object, UnaryOperator<Object> twins) {
        object.remapExtras(value -> twinOf(value, twins));
        Object[] values = object.values;
        for (int i : object.schema().referenceSlots()) {
            Object value = values[i];
            Object twin = value;
            if (value instanceof Controls controls) {
                twin = new Controls(controls);
            } else if (value instanceof ModelObject) {
                twin = twins.apply(value);
            } else if (value instanceof List<?> list && !list.isEmpty()
                    && (list.get(0) instanceof Element || list.get(0) instanceof Data)) {
                Object[] mapped = list.toArray();
                for (int j = 0; j < mapped.length; j++) {
                    mapped[j] = twins.apply(mapped[j]);
                }
                twin = List.of(mapped);
            }
            if (twin != value) {
                // the copy shares its original's values until here (ModelObject): the first change gets its own
                values = object.writableValues();
                values[i] = twin;
            }
        }
    }

    /** An extra attribute's value in the copy: elements and data, alone or in a list, become their twins. */
    private static Object twinOf(Object value, UnaryOperator<Object> twins) {
        if (value instanceof List<?> list) {
            List<Object> mapped = new ArrayList<>(list.size());
            list.forEach(item -> mapped.add(twins.apply(item)));
            return Collections.unmodifiableList(mapped);
        }
        return twins.apply(value);
    }

    private void copyMaskFrom(Model other) {
        for (Attribute a : schema().attributes()) {
            if (other.isSet(a.name())) {
                super.set(a.name(), other.get(a.name()));
            }
        }
    }

    void checkOwnership(ModelObject owner, Attribute attribute, Object value) {
        if (value instanceof Element element && element.model() != this
                || value instanceof Data datum && datum.model() != this) {
            throw new ModelException(owner.label() + "." + attribute.name() + " refers to "
                    + ((ModelObject) value).label() + " of another model");
        }
        // Only the types that can hold elements or data need their items looked at (not levels, strings ...);
        // a list by index: no iterator or lambda for each value set.
        if (value instanceof List<?> items && Schema.holdsReferences(attribute.type())) {
            for (int i = 0; i < items.size(); i++) {
                checkOwnership(owner, attribute, items.get(i));
            }
        } else if (value instanceof Collection<?> items && Schema.holdsReferences(attribute.type())) {
            for (Object item : items) {
                checkOwnership(owner, attribute, item);
            }
        }
    }

    @Override
    public String label() {
        return "TM(" + name() + ")";
    }

    @Override
    public String toString() {
        return label();
    }
}
