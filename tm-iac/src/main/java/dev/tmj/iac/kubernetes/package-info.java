/**
 * Kubernetes manifests read statically: {@link dev.tmj.iac.kubernetes.KubernetesManifests#read} reads files or a
 * folder of plain or {@code helm template}-rendered YAML into {@link dev.tmj.iac.kubernetes.KubernetesObject}s named
 * {@code Kind/namespace/name} with the position of every value, and notes what it does not read (unrendered Helm
 * charts); rendered Helm objects are located in their templates when those are found.
 * {@link dev.tmj.iac.kubernetes.KubernetesModel#addTo} maps them to elements, boundaries, flows and IaC facts
 * (docs/kubernetes.md), one package-private class per concern (pod security, Services, Ingresses, calls, config
 * data, RBAC, NetworkPolicies). YAML is read through snakeyaml-engine's event parser; anchors, aliases and unknown
 * tags are refused and size and nesting are bounded. API: {@code KubernetesManifests}, {@code KubernetesObject},
 * {@code KubernetesModel}, {@code KubernetesException}; the rest is package-private.
 */
package dev.tmj.iac.kubernetes;
