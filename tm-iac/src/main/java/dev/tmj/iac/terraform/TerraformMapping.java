package dev.tmj.iac.terraform;

import dev.tmj.iac.IacModel;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every {@link ProviderMapping} works with while it maps one configuration: the resources by address, the
 * elements and boundaries made so far (by address, so one resource finds another through its references), the
 * provider's account boundary, the Internet, and flows made at most once between two elements under one name.
 * Everything is kept in insertion order, so the same input makes the same model.
 */
final class TerraformMapping {
    private static final Map<String, String> ACCOUNTS = Map.of(
            "aws", "AWS account", "azurerm", "Azure subscription", "google", "Google Cloud project");

    private final Model model;
    private final TerraformResources input;
    private final Map<String, List<Resource>> byBase = new LinkedHashMap<>();
    /** The managed resources that refer to each base address, in input order: found once, not per question. */
    private final Map<String, List<Resource>> referrers = new LinkedHashMap<>();
    private final Map<String, Element> elements = new LinkedHashMap<>();
    private final Map<String, Element> accounts = new LinkedHashMap<>();
    private final Map<FlowKey, Element> flows = new LinkedHashMap<>();

    TerraformMapping(Model model, TerraformResources input) {
        this.model = model;
        this.input = input;
        for (Resource resource : input.resources()) {
            byBase.computeIfAbsent(resource.baseAddress(), k -> new ArrayList<>()).add(resource);
            if (resource.mode() == Resource.Mode.MANAGED) {
                for (String address : resource.references()) {
                    referrers.computeIfAbsent(address, k -> new ArrayList<>()).add(resource);
                }
            }
        }
    }

    Model model() {
        return model;
    }

    TerraformResources input() {
        return input;
    }

    /** The account boundary of a provider ("AWS account"), located at its first provider block. */
    Element account(String provider) {
        return accounts.computeIfAbsent(provider, p -> IacModel.boundary(model,
                ACCOUNTS.getOrDefault(p, p + " provider"), null, "provider " + p, providerPosition(p)));
    }

    /** Where the provider's first block starts, else the first file's first line. */
    SourcePosition providerPosition(String provider) {
        return input.providers().stream().filter(b -> b.name().equals(provider)).findFirst()
                .map(Declarations.Provider::position)
                .orElseGet(() -> SourcePosition.of(input.files().isEmpty() ? "" : input.files().get(0), 1, 1));
    }

    /** The provider prefix of a resource type: {@code aws} for {@code aws_s3_bucket}. */
    static String provider(String type) {
        return type.contains("_") ? type.substring(0, type.indexOf('_')) : type;
    }

    /** The Internet actor. */
    Element internet() {
        return IacModel.internet(model);
    }

    /** A new element for a resource, named by its address, in a boundary, with a description. */
    Element element(Resource resource, ElementType type, Element boundary, String description) {
        Element element = IacModel.element(model, type, resource.address(), resource.type(), resource.position());
        element.set("inBoundary", boundary);
        element.set("description", description);
        elements.put(resource.address(), element);
        return element;
    }

    /** A new boundary for a resource (a VPC, a subnet), named by its address. */
    Element boundary(Resource resource, Element parent, String description) {
        Element boundary = IacModel.boundary(model, resource.address(), parent, resource.type(),
                resource.position());
        boundary.set("description", description);
        elements.put(resource.address(), boundary);
        return boundary;
    }

    /** The element or boundary made for a resource. */
    Optional<Element> elementOf(Resource resource) {
        return Optional.ofNullable(elements.get(resource.address()));
    }

    /** The resources of these types, managed ones, in input order. */
    List<Resource> resources(String... types) {
        Set<String> wanted = Set.of(types);
        return input.resources().stream()
                .filter(r -> r.mode() == Resource.Mode.MANAGED && wanted.contains(r.type())).toList();
    }

    /** Every instance of the resources (or data sources) that {@code from} refers to, of these types. */
    List<Resource> referenced(Resource from, String... types) {
        Set<String> wanted = Set.of(types);
        List<Resource> found = new ArrayList<>();
        for (String address : from.references()) {
            for (Resource target : byBase.getOrDefault(address, List.of())) {
                if (wanted.contains(target.type())) {
                    found.add(target);
                }
            }
        }
        return found;
    }

    /** The elements of the resources {@code from} refers to, of these types. */
    List<Element> referencedElements(Resource from, String... types) {
        return referenced(from, types).stream().map(this::elementOf).flatMap(Optional::stream).distinct().toList();
    }

    /** The managed resources of these types that refer to {@code target}, in input order. */
    List<Resource> referencing(Resource target, String... types) {
        Set<String> wanted = Set.of(types);
        return referrers.getOrDefault(target.baseAddress(), List.of()).stream()
                .filter(r -> wanted.contains(r.type())).toList();
    }

    /** The flow of that name from source to sink, made (located at {@code at}) on first use. */
    Element flow(Element source, Element sink, String name, String iacType, SourcePosition at) {
        return flows.computeIfAbsent(new FlowKey(source, sink, name), k -> IacModel.flow(model, source, sink, name, iacType, at));
    }

    /** Elements compare by identity, so two flows are the same when they join the same elements under one name. */
    private record FlowKey(Element source, Element sink, String name) {
    }
}
