package dev.tmj.iac.cloudformation;

import dev.tmj.iac.IacFacts;
import dev.tmj.iac.IacModel;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the mapping rules of one template share: the model, the template, the account boundary, the element or
 * boundary of each logical id, and the helpers that add flows once and keep a fact's first cause.
 */
final class TemplateMapping {
    final Model model;
    final CloudFormationTemplate template;
    final Element account;
    private final Map<String, Element> elements = new LinkedHashMap<>();
    private final Set<String> flows = new LinkedHashSet<>();

    TemplateMapping(Model model, CloudFormationTemplate template, Element account) {
        this.model = model;
        this.template = template;
        this.account = account;
    }

    void put(String logicalId, Element element) {
        elements.put(logicalId, element);
    }

    /** The element (or boundary) made for a logical id. */
    Optional<Element> element(String logicalId) {
        return Optional.ofNullable(elements.get(logicalId));
    }

    /** The resources of a type, in template order. */
    List<TemplateResource> resources(String... types) {
        List<String> wanted = List.of(types);
        return template.resources().stream().filter(r -> wanted.contains(r.type())).toList();
    }

    /** The logical ids of the resources a resource's properties below {@code property} refer to, in order. */
    List<String> targets(TemplateResource resource, String property) {
        List<String> found = new ArrayList<>();
        for (Reference reference : resource.references()) {
            if ((reference.path().equals(property) || reference.path().startsWith(property + ".")
                    || reference.path().startsWith(property + "[")) && !found.contains(reference.target())
                    && template.resource(reference.target()).isPresent()) {
                found.add(reference.target());
            }
        }
        return found;
    }

    /** The references in one value of a resource, relative path given, that name resources of this template. */
    List<String> targetsOf(Object value, TemplateResource resource, String relativePath) {
        try {
            String path = resource.path() + ".Properties" + (relativePath.isEmpty() ? "" : "." + relativePath);
            List<String> found = new ArrayList<>();
            for (Reference reference : Intrinsics.references(value, path, path, template.document())) {
                if (!found.contains(reference.target()) && template.resource(reference.target()).isPresent()) {
                    found.add(reference.target());
                }
            }
            return found;
        } catch (CloudFormationException e) {
            throw new IllegalStateException("the template was checked when read", e);
        }
    }

    /**
     * A flow from source to sink, made once per pair and name; its protocol, port and encryption when the code says
     * them (protocol empty and port -1 when it does not).
     */
    Optional<Element> flow(Element source, Element sink, String name, String type, SourcePosition at,
            String protocol, int port, Boolean encrypted) {
        if (source == sink || !flows.add(source.name() + "\u0000" + sink.name() + "\u0000" + name)) {
            return Optional.empty();
        }
        Element flow = IacModel.flow(model, source, sink, name, type, at);
        if (!protocol.isEmpty()) {
            flow.set("protocol", protocol);
        }
        if (port >= 0) {
            flow.set("dstPort", port);
        }
        if (encrypted != null) {
            flow.controls().set("isEncrypted", encrypted);
        }
        return Optional.of(flow);
    }

    /** Whether a flow of any name goes from source to sink already. */
    boolean connected(Element source, Element sink) {
        String prefix = source.name() + "\u0000" + sink.name() + "\u0000";
        return flows.stream().anyMatch(f -> f.startsWith(prefix));
    }

    /** Records a fact unless the element already has one (the first cause in template order stays). */
    static void fact(Element element, String fact, String cause, SourcePosition at) {
        if (IacFacts.get(element, fact).isEmpty()) {
            IacFacts.set(element, fact, cause, at);
        }
    }

    /** The Internet actor. */
    Element internet() {
        return IacModel.internet(model);
    }

    /** A property's value as text, or empty for a function, a list or a mapping. */
    static Optional<String> text(Object value) {
        return value instanceof String || value instanceof Long || value instanceof Boolean
                ? Optional.of(String.valueOf(value)) : Optional.empty();
    }

    /** Whether a property is true ({@code true} or {@code "true"}). */
    static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
    }

    /** A value as a list: a list itself, one value as a list of one, nothing as empty. */
    static List<?> list(Object value) {
        return value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
    }
}
