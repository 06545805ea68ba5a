package dev.tmj.diff;

import dev.tmj.model.Element;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An element, flow or boundary that one version of a model has and the other lacks, or that both have with
 * different attributes; or the model itself ({@code kind} {@code TM}, identity {@code TM}) when its own attributes
 * changed. Which of these it is follows from the {@link ModelDiff} list that holds it.
 *
 * @param kind pytm's class name ({@code Server}, {@code Dataflow}, {@code Boundary} ...), or {@code TM}
 * @param name the element's name (the new version's when both have it)
 * @param identity the identity elements are matched by, as fingerprints use it
 *     ({@code Dataflow:Query (Server:Web -> Datastore:DB)}); {@code TM} for the model
 * @param before the element of the old version's checked model; empty when added, and for the model
 * @param after the element of the new version's checked model; empty when removed, and for the model
 * @param attributes the attributes that differ, in schema order; empty when added or removed
 */
public record ElementChange(String kind, String name, String identity, Optional<Element> before,
        Optional<Element> after, List<AttributeChange> attributes) {
    /** The {@code kind} and {@code identity} of the model's own change. */
    public static final String MODEL = "TM";

    public ElementChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        attributes = List.copyOf(attributes);
    }

    /** Whether this is a change of the model's own attributes rather than of an element. */
    public boolean isModel() {
        return before.isEmpty() && after.isEmpty();
    }

    /** Whether the change is about a dataflow. */
    public boolean isDataflow() {
        return after.or(() -> before).map(Element::isDataflow).orElse(false);
    }
}
