package dev.tmj.iac.kubernetes;

import dev.tmj.iac.IacFacts;
import dev.tmj.iac.IacModel;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * Identities that are too powerful ({@link IacFacts#PERMISSIVE}, threat IAC03): a binding to {@code cluster-admin}
 * (located at its {@code roleRef.name}) or to a Role or ClusterRole with a wildcard verb or resource (located at
 * that rule) makes every subject of the binding permissive; a subject the manifests do not declare (a User, a
 * Group, a service account of another input) becomes an actor located at the binding's subject entry. A wildcard
 * role bound to nobody carries the fact itself.
 */
final class Rbac {
    private static final String CLUSTER_ADMIN = "cluster-admin";

    /** Why a role is too powerful and where. */
    private record Cause(String text, SourcePosition at) {
    }

    private Rbac() {
    }

    static void addTo(Cluster cluster) {
        List<String> bound = new java.util.ArrayList<>();
        for (KubernetesObject binding : cluster.objects) {
            if (!binding.kind().equals("RoleBinding") && !binding.kind().equals("ClusterRoleBinding")) {
                continue;
            }
            String roleId = roleId(binding);
            bound.add(roleId);
            cause(cluster, binding, roleId).ifPresent(cause -> {
                List<?> subjects = Tree.list(binding.body(), "subjects");
                for (int i = 0; i < subjects.size(); i++) {
                    Element subject = subject(cluster, binding, i);
                    if (IacFacts.get(subject, IacFacts.PERMISSIVE).isEmpty()) {
                        IacFacts.set(subject, IacFacts.PERMISSIVE, cause.text(), cause.at());
                    }
                }
            });
        }
        for (KubernetesObject role : cluster.objects) {
            if ((role.kind().equals("Role") || role.kind().equals("ClusterRole")) && !bound.contains(role.id())) {
                wildcard(role).ifPresent(cause -> IacFacts.set(cluster.element(role), IacFacts.PERMISSIVE,
                        cause.text(), cause.at()));
            }
        }
    }

    /** {@code ClusterRole/name}, or {@code Role/namespace/name} in the binding's namespace. */
    private static String roleId(KubernetesObject binding) {
        String kind = Tree.text(binding.body(), "roleRef.kind");
        String name = Tree.text(binding.body(), "roleRef.name");
        return kind.equals("ClusterRole") ? "ClusterRole/" + name
                : "Role/" + binding.namespace().orElse("default") + "/" + name;
    }

    private static Optional<Cause> cause(Cluster cluster, KubernetesObject binding, String roleId) {
        if (roleId.equals("ClusterRole/" + CLUSTER_ADMIN)) {
            return Optional.of(new Cause(binding.id() + ": roleRef.name = " + CLUSTER_ADMIN
                    + " grants every permission on every resource", Cluster.at(binding, "roleRef.name")));
        }
        return cluster.object(roleId).flatMap(Rbac::wildcard)
                .map(cause -> new Cause(binding.id() + " grants " + cause.text(), cause.at()));
    }

    /** The first rule of a role allowing every verb or every resource. */
    private static Optional<Cause> wildcard(KubernetesObject role) {
        List<?> rules = Tree.list(role.body(), "rules");
        for (int i = 0; i < rules.size(); i++) {
            List<?> verbs = Tree.list(rules.get(i), "verbs");
            List<?> resources = Tree.list(rules.get(i), "resources");
            if (verbs.contains("*") || resources.contains("*")) {
                String path = "rules[" + i + "]";
                return Optional.of(new Cause(role.id() + ": " + path + " allows verbs " + join(verbs)
                        + " on resources " + join(resources), Cluster.at(role, path)));
            }
        }
        return Optional.empty();
    }

    private static String join(List<?> values) {
        return values.isEmpty() ? "(none)" : String.join(", ", values.stream().map(String::valueOf).toList());
    }

    /** The element of a binding's subject, made as an actor at the subject entry when not declared. */
    private static Element subject(Cluster cluster, KubernetesObject binding, int index) {
        Object subject = Tree.list(binding.body(), "subjects").get(index);
        String kind = Tree.text(subject, "kind");
        String name = Tree.text(subject, "name");
        SourcePosition at = Cluster.at(binding, "subjects[" + index + "]");
        if (kind.equals("ServiceAccount")) {
            String ns = Tree.text(subject, "namespace");
            ns = ns.isEmpty() ? binding.namespace().orElse("default") : ns;
            String id = "ServiceAccount/" + ns + "/" + name;
            String namespace = ns;
            return cluster.element(id).or(() -> IacModel.find(cluster.model, ElementType.ACTOR, id)).orElseGet(() ->
                    actor(cluster, id, kind, at).set("inBoundary", cluster.namespace(namespace, at)));
        }
        String id = kind + "/" + name;
        return IacModel.find(cluster.model, ElementType.ACTOR, id)
                .orElseGet(() -> actor(cluster, id, kind, at).set("inBoundary", cluster.boundary()));
    }

    private static Element actor(Cluster cluster, String id, String kind, SourcePosition at) {
        Element actor = IacModel.element(cluster.model, ElementType.ACTOR, id, kind, at);
        actor.set("description", kind + " named by a role binding");
        return actor;
    }
}
