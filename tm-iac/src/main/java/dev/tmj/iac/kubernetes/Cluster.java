package dev.tmj.iac.kubernetes;

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

/**
 * What the passes of {@link KubernetesModel} share: the model, the objects in input order, the element made from
 * each, the workloads, and the boundaries (the cluster, its namespaces, the node).
 */
final class Cluster {
    /** The boundary of the nodes' hosts, inside the cluster's. */
    static final String NODE_BOUNDARY = "Kubernetes node";
    /** The host a node-level container reaches, inside {@link #NODE_BOUNDARY}. */
    static final String NODE_HOST = "Node host";

    final Model model;
    final List<KubernetesObject> objects;
    final List<Workload> workloads = new ArrayList<>();
    private final Map<String, Element> elements = new LinkedHashMap<>();
    private final Map<String, KubernetesObject> byId = new LinkedHashMap<>();
    private final Map<List<Object>, Element> flows = new LinkedHashMap<>();

    Cluster(Model model, List<KubernetesObject> objects) {
        this.model = model;
        this.objects = objects;
        for (KubernetesObject object : objects) {
            byId.putIfAbsent(object.id(), object);
        }
    }

    /** The cluster's boundary, located at the first object of the input when it is new. */
    Element boundary() {
        SourcePosition first = objects.isEmpty() ? SourcePosition.of("", 0, 0) : objects.get(0).position();
        return IacModel.boundary(model, KubernetesModel.CLUSTER, null, "cluster", first);
    }

    /** The boundary of a namespace, located at the first object that makes it needed when it is new. */
    Element namespace(String namespace, SourcePosition at) {
        return IacModel.boundary(model, "Namespace/" + namespace, boundary(), "Namespace", at);
    }

    /** The boundary an object's element goes in: its namespace's, or the cluster's for a cluster-scoped one. */
    Element boundaryOf(KubernetesObject object) {
        return object.namespace().map(ns -> namespace(ns, object.position())).orElseGet(this::boundary);
    }

    void put(KubernetesObject object, Element element) {
        elements.putIfAbsent(object.id(), element);
    }

    /** The element made from the first object of that id. */
    Optional<Element> element(String id) {
        return Optional.ofNullable(elements.get(id));
    }

    Element element(KubernetesObject object) {
        return elements.get(object.id());
    }

    /** The first object of that id ({@code Service/shop/api}). */
    Optional<KubernetesObject> object(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Objects of a kind, in input order. */
    List<KubernetesObject> ofKind(String kind) {
        return objects.stream().filter(o -> o.kind().equals(kind)).toList();
    }

    /** Where a value of an object starts, else where the object does. */
    static SourcePosition at(KubernetesObject object, String path) {
        return object.positionOf(path).orElse(object.position());
    }

    /** The node's host, in the node boundary, made on first use at the position of what first reaches it. */
    Element host(SourcePosition at) {
        Element node = IacModel.boundary(model, NODE_BOUNDARY, boundary(), "node", at);
        return IacModel.find(model, ElementType.SERVER, NODE_HOST).orElseGet(() -> {
            Element host = IacModel.element(model, ElementType.SERVER, NODE_HOST, "node", at);
            host.set("description", "The node a pod runs on: its kernel, file system, network and container runtime");
            host.set("inBoundary", node);
            return host;
        });
    }

    /** An external system named by its host name or CIDR, outside every boundary, made on first use. */
    Element external(String name, String iacType, SourcePosition at) {
        return IacModel.find(model, ElementType.EXTERNAL_ENTITY, name).orElseGet(() -> {
            Element external = IacModel.element(model, ElementType.EXTERNAL_ENTITY, name, iacType, at);
            external.set("description", "Outside the cluster");
            return external;
        });
    }

    /** A flow between two elements, made once per source, sink and name. */
    Element flow(Element source, Element sink, String name, String iacType, SourcePosition at) {
        return flows.computeIfAbsent(List.of(source, sink, name),
                key -> IacModel.flow(model, source, sink, name, iacType, at));
    }
}
