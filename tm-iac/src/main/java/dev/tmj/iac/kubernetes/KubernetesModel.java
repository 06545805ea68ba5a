package dev.tmj.iac.kubernetes;

import dev.tmj.iac.IacModel;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;

/**
 * Makes model elements from Kubernetes objects: each object becomes an element named {@code Kind/namespace/name}
 * ({@code Kind/name} when cluster-scoped), located at its first line (for rendered Helm output, in the template
 * its {@code # Source:} comment names), inside the boundary of its namespace ({@code Namespace/shop}), inside the
 * cluster's boundary. A kind tmj does not model becomes a generic element whose description says so.
 */
public final class KubernetesModel {
    /** The boundary every namespace is in. */
    public static final String CLUSTER = "Kubernetes cluster";

    private KubernetesModel() {
    }

    /** Adds the objects of a manifest set to a model. */
    public static void addTo(Model model, KubernetesManifests manifests) {
        for (KubernetesObject object : manifests.objects()) {
            Element cluster = IacModel.boundary(model, CLUSTER, null, "cluster", object.position());
            Element boundary = object.namespace()
                    .map(ns -> IacModel.boundary(model, "Namespace/" + ns, cluster, "Namespace", object.position()))
                    .orElse(cluster);
            Element element = IacModel.element(model, ElementType.ELEMENT, object.id(), object.kind(),
                    object.position());
            element.set("description", "Kubernetes object of kind " + object.kind() + ", which tmj does not model");
            element.set("inBoundary", boundary);
        }
    }
}
