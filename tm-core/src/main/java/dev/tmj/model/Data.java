package dev.tmj.model;

import java.util.List;

/** A piece of data that flows through the system (pytm's {@code Data}). */
public final class Data extends ModelObject {
    private final Model model;
    private SourceLocation location;
    /** Its place in {@link Model#data()}, which data items are only ever added to. */
    private final int index;

    Data(Model model, String name, int index) {
        super(Schemas.DATA);
        this.model = model;
        this.index = index;
        set("name", name);
    }

    Data(Model model, Data original) {
        super(original);
        this.model = model;
        this.location = original.location;
        this.index = original.index;
    }

    public String name() {
        return (String) get("name");
    }

    public Model model() {
        return model;
    }

    /** Its place in its model's {@link Model#data()} (a copy's twin has its original's). */
    public int index() {
        return index;
    }

    public Classification classification() {
        return (Classification) get("classification");
    }

    @SuppressWarnings("unchecked")
    public List<Element> carriedBy() {
        return (List<Element>) get("carriedBy");
    }

    public java.util.Optional<SourceLocation> location() {
        return java.util.Optional.ofNullable(location);
    }

    public Data locatedAt(SourceLocation location) {
        this.location = location;
        return this;
    }

    @Override
    public Data set(String name, Object value) {
        super.set(name, value);
        return this;
    }

    @Override
    public String label() {
        return "Data(" + name() + ")";
    }

    @Override
    public String toString() {
        return label();
    }
}
