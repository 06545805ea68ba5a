package dev.tmj.format;

import dev.tmj.model.Attribute;
import dev.tmj.model.Controls;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.ExtraAttribute;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import dev.tmj.model.SourceException;
import dev.tmj.model.SourceLocation;
import dev.tmj.model.ValueType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a team adds to a model that infrastructure code cannot say (docs/iac.md, "Overlay"): an overlay is a model
 * in any format tmj reads (tmj YAML or JSON, a pytm script) whose entries either refer to the base model's
 * elements by name or are new.
 * <ul>
 * <li>An element or boundary whose name is the name of one of the base model's refers to it, and every attribute
 * the overlay sets (description, controls, attributes of its type, finding decisions as {@code overrides}, extra
 * attributes) is set on it. The overlay's type must be {@code Element} (pytm's base class: "the element of that
 * name, whatever it is") or the base element's own type.</li>
 * <li>An entry of type {@code Element}, or one carrying finding decisions ({@code overrides}), that names no element
 * of the base model is an error naming it at its file and line: a stale decision must not pass silently.</li>
 * <li>Any other element or boundary is new; a dataflow is new unless the base model has one with the same source,
 * sink and name (then it refers to it, and one with overrides must); data items are added, or refer to the base
 * model's data item of that name.</li>
 * <li>The model's own settings the overlay sets (its name, description, assumptions ...) replace the base's.</li>
 * </ul>
 */
public final class Overlay {
    private final Model base;
    private final Model overlay;
    private final Map<Object, Object> twins = new IdentityHashMap<>();
    private final List<SourceException> errors = new ArrayList<>();

    private Overlay(Model base, Model overlay) {
        this.base = base;
        this.overlay = overlay;
    }

    /**
     * Reads an overlay file with {@link ModelFiles} and applies it to a model.
     *
     * @throws SourceException for an overlay tmj cannot read, or entries that name nothing in the model
     */
    public static Model apply(Model base, Path overlayFile, boolean strict) {
        return apply(base, ModelFiles.read(overlayFile, strict));
    }

    /**
     * Applies an overlay to a model, which it changes and returns.
     *
     * @throws SourceException every entry of the overlay that must name an element of the model and does not (all
     *     of them, in {@link SourceException#errors()}), at the entry's file and line
     */
    public static Model apply(Model base, Model overlay) {
        return new Overlay(base, overlay).apply();
    }

    private Model apply() {
        for (Data datum : overlay.data()) {
            Data twin = base.data().stream().filter(d -> d.name().equals(datum.name())).findFirst()
                    .orElseGet(() -> {
                        Data made = base.data(datum.name());
                        datum.location().ifPresent(made::locatedAt);
                        return made;
                    });
            twins.put(datum, twin);
        }
        for (Element element : overlay.elements()) {
            Element twin = element.isDataflow() ? flow(element) : element(element);
            if (twin != null) {
                twins.put(element, twin);
            }
        }
        if (!errors.isEmpty()) {
            throw dev.tmj.model.PositionedException.collect(errors, false);
        }
        copyModelSettings();
        overlay.data().forEach(d -> copy(d, (Data) twins.get(d)));
        overlay.elements().forEach(e -> copy(e, (Element) twins.get(e)));
        overlay.warnings().forEach(base::warn);
        return base;
    }

    /** The base element a node or boundary refers to, or a new one; null (and an error) when it must refer. */
    private Element element(Element entry) {
        Optional<Element> found = base.elements().stream()
                .filter(e -> !e.isDataflow() && e.isBoundary() == entry.isBoundary() && e.name().equals(entry.name()))
                .findFirst();
        if (found.isPresent()) {
            Element existing = found.get();
            if (entry.type() != ElementType.ELEMENT && entry.type() != existing.type()) {
                error(entry, "overlay entry '" + entry.name() + "' is of type " + entry.type().pytmName()
                        + ", the model's element of that name of type " + existing.type().pytmName()
                        + ": write type Element (or " + existing.type().pytmName() + ") to refer to it");
                return null;
            }
            return existing;
        }
        if (entry.type() == ElementType.ELEMENT || !entry.overrides().isEmpty()) {
            error(entry, "overlay entry '" + entry.name() + "' names no element of the model"
                    + (entry.overrides().isEmpty() ? "" : " (its finding decisions would apply to nothing)")
                    + closest(entry.name()));
            return null;
        }
        Element made = base.add(entry.type(), entry.name());
        entry.location().ifPresent(made::locatedAt);
        return made;
    }

    /** The base flow with the same source, sink and name, or a new flow; null (and an error) when it must refer. */
    private Element flow(Element entry) {
        Element source = (Element) twins.get(entry.source());
        Element sink = (Element) twins.get(entry.sink());
        if (source == null || sink == null) {
            return null; // an end that named nothing: already an error
        }
        Optional<Element> found = base.dataflows().stream().filter(f -> f.source() == source && f.sink() == sink
                && f.name().equals(entry.name())).findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        if (!entry.overrides().isEmpty()) {
            error(entry, "overlay dataflow '" + entry.name() + "' from " + source.name() + " to " + sink.name()
                    + " names no dataflow of the model (its finding decisions would apply to nothing)");
            return null;
        }
        Element made = base.dataflow(source, sink, entry.name());
        entry.location().ifPresent(made::locatedAt);
        return made;
    }

    private void error(Element entry, String message) {
        SourceLocation at = entry.location().orElse(new SourceLocation("overlay", 0, 0));
        errors.add(new SourceException(at.file(), at.line(), at.column(), message));
    }

    private String closest(String name) {
        List<String> names = base.elements().stream().filter(e -> !e.isDataflow()).map(Element::name).toList();
        return dev.tmj.model.Suggestions.closest(name, names).map(n -> "; did you mean '" + n + "'?").orElse("");
    }

    private void copyModelSettings() {
        for (Attribute attribute : overlay.schema().attributes()) {
            if (overlay.isSet(attribute.name()) && attribute.type() != ValueType.FINDINGS) {
                base.set(attribute.name(), twin(overlay.get(attribute.name())));
            }
        }
        overlay.extras().forEach(x -> base.setExtra(x.name(), twin(x.value()), x.location()));
    }

    /** Every attribute the overlay set on an entry, set on its twin (references pointing into the base model). */
    private void copy(ModelObject from, ModelObject to) {
        Set<String> identity = Set.of("name", "source", "sink");
        for (Attribute attribute : from.schema().attributes()) {
            String name = attribute.name();
            if (identity.contains(name) || attribute.type() == ValueType.FINDINGS) {
                continue;
            }
            if (attribute.type() == ValueType.CONTROLS) {
                Controls controls = (Controls) from.get(name);
                Controls target = (Controls) to.get(name);
                if (controls != null && target != null) {
                    controls.schema().attributes().stream().filter(c -> controls.isSet(c.name()))
                            .forEach(c -> target.set(c.name(), controls.get(c.name())));
                }
            } else if (from.isSet(name)) {
                to.set(name, twin(from.get(name)));
            }
        }
        for (ExtraAttribute extra : from.extras()) {
            to.setExtra(extra.name(), twin(extra.value()), extra.location());
        }
    }

    /** A value with the overlay's elements and data replaced by the base model's. */
    private Object twin(Object value) {
        if (value instanceof List<?> list) {
            List<Object> mapped = new ArrayList<>(list.size());
            list.forEach(item -> mapped.add(twin(item)));
            return mapped;
        }
        if (value instanceof Collection<?>) {
            return value;
        }
        return value instanceof ModelObject && twins.containsKey(value) ? twins.get(value) : value;
    }
}
