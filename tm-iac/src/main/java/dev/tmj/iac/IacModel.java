package dev.tmj.iac;

import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.model.SourcePosition;
import java.util.Optional;

/**
 * What every importer of infrastructure code shares when it adds to a model: the Internet as an actor in its own
 * boundary, boundaries found again by name (so Terraform and Kubernetes inputs combine into one model), and
 * elements and flows that carry their position and every {@link IacFacts fact}.
 * <p>
 * Importers add to a {@link Model} they are given ({@code addTo(model, input)}), so several inputs make one model.
 */
public final class IacModel {
    /** The name of the Internet's boundary and of the actor in it. */
    public static final String INTERNET = "Internet";

    private IacModel() {
    }

    /** The Internet actor, in its own boundary, made on first use. */
    public static Element internet(Model model) {
        return find(model, ElementType.ACTOR, INTERNET).orElseGet(() -> {
            Element boundary = boundary(model, INTERNET, null);
            Element actor = model.add(ElementType.ACTOR, INTERNET);
            actor.set("inBoundary", boundary);
            actor.set("description", "Anyone on the Internet");
            return actor;
        });
    }

    /** The boundary of that name, made inside {@code parent} (or at the top when null) on first use. */
    public static Element boundary(Model model, String name, Element parent) {
        return find(model, ElementType.BOUNDARY, name).orElseGet(() -> {
            Element boundary = model.add(ElementType.BOUNDARY, name);
            if (parent != null) {
                boundary.set("inBoundary", parent);
            }
            return boundary;
        });
    }

    /** A boundary from a block of code (a VPC, a subnet, a namespace), located where it starts, with its facts. */
    public static Element boundary(Model model, String name, Element parent, String type, SourcePosition at) {
        Element boundary = boundary(model, name, parent);
        if (boundary.location().isEmpty()) {
            IacFacts.initialise(boundary, type, at);
        }
        return boundary;
    }

    /** A new element made from a resource or object, located where its block starts, with every fact empty. */
    public static Element element(Model model, ElementType type, String name, String iacType, SourcePosition at) {
        Element element = model.add(type, name);
        IacFacts.initialise(element, iacType, at);
        return element;
    }

    /** A new flow, located at the block that makes it, with every fact empty. */
    public static Element flow(Model model, Element source, Element sink, String name, String iacType,
            SourcePosition at) {
        Element flow = model.dataflow(source, sink, name);
        IacFacts.initialise(flow, iacType, at);
        return flow;
    }

    /** The first element of that type (exactly) and name. */
    public static Optional<Element> find(Model model, ElementType type, String name) {
        for (Element element : model.elements()) {
            if (element.type() == type && element.name().equals(name)) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }
}
