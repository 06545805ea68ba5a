package dev.tmj.iac.kubernetes;

import dev.tmj.model.SourcePosition;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One Kubernetes object of a manifest: its identity, its body as a plain tree (Map, List, String, Long, Boolean,
 * null; floats keep their text) and where it and every value inside it start.
 *
 * @param apiVersion the {@code apiVersion}, empty when absent
 * @param kind the {@code kind}
 * @param namespace {@code metadata.namespace}, {@code default} when a namespaced object has none; empty for a
 *     cluster-scoped kind
 * @param name {@code metadata.name}
 * @param body the whole object (an item of a {@code List} is its own body)
 * @param position where the object starts: its first line in the file read
 * @param helmSource the template file a rendered Helm document names in its {@code # Source:} comment, if any
 * @param positions the position of each value by path relative to the object ({@code spec.replicas},
 *     {@code spec.template.spec.containers[0].image}, {@code metadata.labels["app.kubernetes.io/name"]})
 */
public record KubernetesObject(String apiVersion, String kind, Optional<String> namespace, String name,
        Map<String, Object> body, SourcePosition position, Optional<String> helmSource,
        Map<String, SourcePosition> positions) {

    /**
     * Kinds without a namespace: the built-in cluster-scoped ones, and by Kubernetes' naming convention any kind
     * whose name starts with {@code Cluster} (ClusterIssuer, Kyverno's ClusterPolicy), since a custom resource's
     * scope is only known from its CustomResourceDefinition.
     */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "Node", "PersistentVolume",
            "StorageClass", "CustomResourceDefinition", "PriorityClass", "IngressClass", "RuntimeClass",
            "APIService", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
            "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "CertificateSigningRequest",
            "VolumeAttachment", "CSIDriver", "CSINode", "PodSecurityPolicy", "ComponentStatus", "FlowSchema",
            "PriorityLevelConfiguration");

    public KubernetesObject {
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        body = java.util.Collections.unmodifiableMap(body);
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(helmSource, "helmSource");
        positions = Map.copyOf(positions);
    }

    /** Whether objects of this kind live outside namespaces. */
    public static boolean isClusterScoped(String kind) {
        return CLUSTER_SCOPED.contains(kind) || kind.startsWith("Cluster");
    }

    /** The name tmj gives the object: {@code Kind/namespace/name}, or {@code Kind/name} when cluster-scoped. */
    public String id() {
        return namespace.map(ns -> kind + "/" + ns + "/" + name).orElse(kind + "/" + name);
    }

    /** Where the value at {@code path} starts (see {@link #positions()} for the syntax); empty if there is none. */
    public Optional<SourcePosition> positionOf(String path) {
        return Optional.ofNullable(positions.get(path));
    }
}
