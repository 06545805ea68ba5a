package dev.tmj.iac.kubernetes;

import dev.tmj.iac.IacModel;
import dev.tmj.model.DatastoreType;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Makes a model from Kubernetes objects (docs/kubernetes.md has the whole mapping). Each object becomes an element
 * named {@code Kind/namespace/name} ({@code Kind/name} when cluster-scoped), located at its first line (for rendered
 * Helm output, in the template its {@code # Source:} comment names when that file is there), inside the boundary of
 * its namespace ({@code Namespace/shop}), inside the cluster's boundary: workloads as servers (jobs as processes),
 * Services and Ingresses as servers, Secrets and ConfigMaps as data stores, service accounts as actors. Flows come
 * from Ingress rules, Service selectors, exposed Services, service names in environment variables, ConfigMaps and
 * arguments, references to Secrets and ConfigMaps, host access and NetworkPolicy allowances; the IaC facts from
 * what the code declares. A kind tmj does not model becomes a generic element whose description says so.
 */
public final class KubernetesModel {
    /** The boundary every namespace is in. */
    public static final String CLUSTER = "Kubernetes cluster";

    private KubernetesModel() {
    }

    /** Adds the objects of a manifest set to a model. */
    public static void addTo(Model model, KubernetesManifests manifests) {
        Cluster cluster = new Cluster(model, manifests.objects());
        for (KubernetesObject namespace : cluster.ofKind("Namespace")) {
            cluster.namespace(namespace.name(), namespace.position());
        }
        for (KubernetesObject object : manifests.objects()) {
            if (!object.kind().equals("Namespace")) {
                add(cluster, object);
            }
        }
        PodSecurity.addTo(cluster);
        ConfigData.addTo(cluster);
        Services.addTo(cluster);
        Ingresses.addTo(cluster);
        ClientFlows.addTo(cluster);
        Rbac.addTo(cluster);
        NetworkPolicies.addTo(cluster);
    }

    private static void add(Cluster cluster, KubernetesObject object) {
        Optional<String> podSpec = Workload.podSpecPath(object.kind());
        ElementType type = podSpec.isPresent()
                ? (object.kind().endsWith("Job") ? ElementType.PROCESS : ElementType.SERVER)
                : typeOf(object.kind());
        Element element = IacModel.element(cluster.model, type, object.id(), object.kind(), object.position());
        element.set("inBoundary", cluster.boundaryOf(object));
        element.set("description", describe(object, podSpec));
        if (type == ElementType.DATASTORE) {
            element.set("type", DatastoreType.UNKNOWN);
            element.set("isSQL", false);
            element.set("storesSensitiveData", object.kind().equals("Secret"));
        }
        cluster.put(object, element);
        podSpec.ifPresent(path -> cluster.workloads.add(Workload.of(object, element, path)));
    }

    private static ElementType typeOf(String kind) {
        return switch (kind) {
            case "Service", "Ingress" -> ElementType.SERVER;
            case "Secret", "ConfigMap" -> ElementType.DATASTORE;
            case "ServiceAccount" -> ElementType.ACTOR;
            default -> ElementType.ELEMENT;
        };
    }

    private static String describe(KubernetesObject object, Optional<String> podSpec) {
        if (podSpec.isPresent()) {
            List<?> containers = Tree.list(object.body(), podSpec.get() + ".containers");
            String images = containers.stream().map(c -> Tree.text(c, "image")).filter(i -> !i.isEmpty())
                    .collect(Collectors.joining(", "));
            return object.kind() + " running " + (images.isEmpty() ? "no declared image" : images);
        }
        return switch (object.kind()) {
            case "Service" -> "Service of type " + serviceType(object);
            case "Ingress" -> "Ingress: HTTP(S) routes from outside the cluster to Services";
            case "Secret" -> "Secret: data mounted into or read by workloads";
            case "ConfigMap" -> "ConfigMap: configuration read by workloads";
            case "ServiceAccount" -> "Identity pods run as";
            case "NetworkPolicy" -> "NetworkPolicy: which pods may talk to the pods it selects";
            case "Role", "ClusterRole" -> object.kind() + ": permissions on the Kubernetes API";
            case "RoleBinding", "ClusterRoleBinding" -> object.kind() + ": grants a role to users, groups or "
                    + "service accounts";
            default -> "Kubernetes object of kind " + object.kind() + ", which tmj does not model";
        };
    }

    static String serviceType(KubernetesObject service) {
        String type = Tree.text(service.body(), "spec.type");
        return type.isEmpty() ? "ClusterIP" : type;
    }
}
