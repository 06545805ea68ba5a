package dev.tmj.iac.kubernetes;

import dev.tmj.model.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An object that runs pods, with where its pod template lives: a Pod's {@code spec}; a Deployment's, ReplicaSet's,
 * StatefulSet's, DaemonSet's or Job's {@code spec.template.spec}; a CronJob's
 * {@code spec.jobTemplate.spec.template.spec}.
 *
 * @param object the manifest object
 * @param element the model element made from it
 * @param podSpecPath the path of the pod spec inside the object
 * @param labels the pods' labels (a Pod's own, else the template's)
 */
record Workload(KubernetesObject object, Element element, String podSpecPath, Map<String, String> labels) {
    /** One container of the pod, init containers included, with its path inside the object. */
    record Container(String path, Map<String, Object> body) {
        String name() {
            return Tree.text(body, "name");
        }
    }

    /** The pod spec's path for a workload kind; empty for a kind that runs no pods. */
    static Optional<String> podSpecPath(String kind) {
        return Optional.ofNullable(switch (kind) {
            case "Pod" -> "spec";
            case "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "ReplicationController" ->
                    "spec.template.spec";
            case "CronJob" -> "spec.jobTemplate.spec.template.spec";
            default -> null;
        });
    }

    static Workload of(KubernetesObject object, Element element, String podSpecPath) {
        String metadata = podSpecPath.equals("spec") ? "metadata.labels"
                : podSpecPath.substring(0, podSpecPath.length() - "spec".length()) + "metadata.labels";
        return new Workload(object, element, podSpecPath, Tree.labels(object.body(), metadata));
    }

    /** The pod spec. */
    Map<String, Object> podSpec() {
        return Tree.map(object.body(), podSpecPath);
    }

    /** The path of a field of the pod spec ({@code hostPID}: {@code spec.template.spec.hostPID}). */
    String path(String field) {
        return podSpecPath + "." + field;
    }

    /** The namespace of its pods. */
    String namespace() {
        return object.namespace().orElse("default");
    }

    /** Containers, then init containers, then ephemeral containers, in file order. */
    List<Container> containers() {
        List<Container> containers = new ArrayList<>();
        for (String kind : List.of("containers", "initContainers", "ephemeralContainers")) {
            List<?> list = Tree.list(podSpec(), kind);
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Map<?, ?>) {
                    containers.add(new Container(path(kind) + "[" + i + "]", Tree.map(list.get(i), "")));
                }
            }
        }
        return containers;
    }
}
