/**
 * Kubernetes manifests read statically: {@link dev.tmj.iac.kubernetes.KubernetesManifests#read} reads files or a
 * folder of plain or {@code helm template}-rendered YAML into {@link dev.tmj.iac.kubernetes.KubernetesObject}s named
 * {@code Kind/namespace/name} with the position of every value, and notes what it does not read (unrendered Helm
 * charts). YAML is read through snakeyaml-engine's event parser; anchors, aliases and unknown tags are refused and
 * size and nesting are bounded. API: {@code KubernetesManifests}, {@code KubernetesObject},
 * {@code KubernetesException}; the rest is package-private.
 */
package dev.tmj.iac.kubernetes;
