package dev.tmj.iac.terraform;

import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One provider's table of resource types: the element each type becomes (its pytm type and a description), and the
 * types folded into the elements they configure (rules, associations, attachments). What a provider mapping shares:
 * making the elements of its table, and finding literal secrets in their arguments.
 */
final class ResourceKinds {
    /** What a resource type becomes. */
    record Kind(ElementType type, String description) {
    }

    private final Map<String, Kind> elements = new LinkedHashMap<>();
    private final Set<String> folded;

    ResourceKinds(Set<String> folded) {
        this.folded = Set.copyOf(folded);
    }

    /** These types become elements of this pytm type with this description. */
    ResourceKinds kind(ElementType type, String description, String... types) {
        for (String t : types) {
            elements.put(t, new Kind(type, description));
        }
        return this;
    }

    boolean knows(String type) {
        return elements.containsKey(type) || folded.contains(type);
    }

    /** The types that become elements, in table order. */
    String[] elementTypes() {
        return elements.keySet().toArray(String[]::new);
    }

    /**
     * An element for each resource of a type in the table, in input order, in the boundary {@code placement} gives
     * it; {@code describe} then sets what the resource says about it.
     */
    void addElements(List<Resource> resources, TerraformMapping mapping, Function<Resource, Element> placement,
            BiConsumer<Resource, Element> describe) {
        for (Resource resource : resources) {
            Kind kind = elements.get(resource.type());
            if (kind != null) {
                describe.accept(resource, mapping.element(resource, kind.type(), placement.apply(resource),
                        kind.description()));
            }
        }
    }

    /** Literal secrets in the arguments of every element of the table (see {@link AwsSecrets}). */
    void findSecrets(TerraformMapping mapping) {
        AwsSecrets secrets = new AwsSecrets(mapping);
        for (Resource resource : mapping.resources(elementTypes())) {
            mapping.elementOf(resource).ifPresent(e -> secrets.find(e, resource.address(), resource.body(),
                    resource.module()));
        }
    }
}
