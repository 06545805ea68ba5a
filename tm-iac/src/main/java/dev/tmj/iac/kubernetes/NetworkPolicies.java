package dev.tmj.iac.kubernetes;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import dev.tmj.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * NetworkPolicy semantics (networking.k8s.io/v1): pods are open to all until a policy selects them; policies
 * add up. A workload no policy selects is {@link IacFacts#NO_NETWORK_POLICY} (threat IAC09). A workload → Service
 * flow whose every target pod is isolated without a rule admitting the caller (or whose caller is egress-isolated
 * without a rule to them) is denied: it stays in the model, since the code shows the intent, but out of scope
 * (no threats) with a description naming the policies; an admitted one names the rule that admits it. An
 * ingress rule's pod peers without such a flow become flows to the pods, and egress {@code ipBlock}s external
 * entities.
 */
final class NetworkPolicies {
    private final Cluster cluster;
    private final List<KubernetesObject> policies;
    private final Map<String, Map<String, String>> namespaceLabels = new LinkedHashMap<>();
    private final Map<Element, KubernetesObject> services = new java.util.IdentityHashMap<>();
    /** Pairs of caller and called workload element that a call through a Service joins; made on first use. */
    private java.util.Set<List<Element>> calls;

    private NetworkPolicies(Cluster cluster) {
        this.cluster = cluster;
        this.policies = cluster.ofKind("NetworkPolicy");
        for (KubernetesObject namespace : cluster.ofKind("Namespace")) {
            namespaceLabels.put(namespace.name(), Tree.labels(namespace.body(), "metadata.labels"));
        }
        for (KubernetesObject service : cluster.ofKind("Service")) {
            services.putIfAbsent(cluster.element(service), service);
        }
    }

    static void addTo(Cluster cluster) {
        NetworkPolicies networkPolicies = new NetworkPolicies(cluster);
        networkPolicies.unselected();
        networkPolicies.checkCalls();
        networkPolicies.allowances();
    }

    private void unselected() {
        for (Workload workload : cluster.workloads) {
            if (selecting(workload, "").isEmpty()) {
                boolean none = policies.stream().noneMatch(p -> p.namespace().equals(workload.object().namespace()));
                IacFacts.set(workload.element(), IacFacts.NO_NETWORK_POLICY, workload.object().id() + ": "
                        + (none ? "namespace " + workload.namespace() + " has no NetworkPolicy"
                                : "no NetworkPolicy of namespace " + workload.namespace() + " selects its pods ("
                                        + Selectors.describe(workload.labels()) + ")"), workload.object().position());
            }
        }
    }

    /** The policies of the workload's namespace that select its pods, isolating them for a direction, if given. */
    private List<KubernetesObject> selecting(Workload workload, String direction) {
        return policies.stream().filter(p -> p.namespace().equals(workload.object().namespace())
                && Selectors.selects(Tree.map(p.body(), "spec.podSelector"), workload.labels())
                && (direction.isEmpty() || isolates(p, direction))).toList();
    }

    /** Whether a policy isolates for {@code Ingress} or {@code Egress} (policyTypes, or its sections if absent). */
    private static boolean isolates(KubernetesObject policy, String direction) {
        List<?> types = Tree.list(policy.body(), "spec.policyTypes");
        if (!types.isEmpty()) {
            return types.contains(direction);
        }
        return direction.equals("Ingress") || Tree.at(policy.body(), "spec.egress") != null;
    }

    private void checkCalls() {
        Map<Element, Workload> workloads = new LinkedHashMap<>();
        cluster.workloads.forEach(w -> workloads.put(w.element(), w));
        for (Element flow : cluster.model.dataflows()) {
            Workload caller = workloads.get(flow.source());
            KubernetesObject service = services.get(flow.sink());
            if (caller == null || service == null) {
                continue;
            }
            List<Workload> targets = Services.selected(cluster, service);
            List<String> denials = new ArrayList<>();
            List<String> admissions = new ArrayList<>();
            for (Workload target : targets) {
                Optional<String> in = admitted(caller, target, "Ingress");
                Optional<String> out = admitted(caller, target, "Egress");
                if (in.isPresent() && out.isPresent()) {
                    String reasons = String.join(", ", java.util.stream.Stream.of(in.get(), out.get())
                            .filter(r -> !r.isEmpty()).toList());
                    admissions.add(reasons.isEmpty() ? "" : target.object().id() + ": " + reasons);
                } else {
                    denials.add(target.object().id() + " (" + (in.isEmpty() ? "ingress isolated by "
                            + names(selecting(target, "Ingress")) : "egress isolated by "
                            + names(selecting(caller, "Egress"))) + ")");
                }
            }
            if (!targets.isEmpty() && admissions.isEmpty()) {
                flow.set("inScope", false);
                flow.set("description", "Denied by NetworkPolicy: " + String.join("; ", denials));
            } else if (admissions.stream().anyMatch(a -> !a.isEmpty())) {
                flow.set("description", "Allowed by NetworkPolicy: " + String.join("; ",
                        admissions.stream().filter(a -> !a.isEmpty()).toList()));
            }
        }
    }

    private static String names(List<KubernetesObject> objects) {
        return String.join(", ", objects.stream().map(KubernetesObject::id).toList());
    }

    /**
     * Whether traffic from {@code source} to {@code target} passes the target's ingress (or the source's egress)
     * isolation: empty when denied, an empty text when not isolated, else the rule that admits it.
     */
    private Optional<String> admitted(Workload source, Workload target, String direction) {
        Workload isolated = direction.equals("Ingress") ? target : source;
        Workload peer = direction.equals("Ingress") ? source : target;
        List<KubernetesObject> selecting = selecting(isolated, direction);
        if (selecting.isEmpty()) {
            return Optional.of("");
        }
        String section = direction.equals("Ingress") ? "ingress" : "egress";
        String peers = direction.equals("Ingress") ? "from" : "to";
        for (KubernetesObject policy : selecting) {
            List<?> rules = Tree.list(policy.body(), "spec." + section);
            for (int i = 0; i < rules.size(); i++) {
                List<?> rulePeers = Tree.list(rules.get(i), peers);
                if (rulePeers.isEmpty() || rulePeers.stream().anyMatch(p -> matches(policy, p, peer))) {
                    return Optional.of("admitted by " + policy.id() + " spec." + section + "[" + i + "]");
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a peer ({@code podSelector}, {@code namespaceSelector}, both) of a policy matches a workload. */
    private boolean matches(KubernetesObject policy, Object peer, Workload workload) {
        Object pods = Tree.at(peer, "podSelector");
        Object namespaces = Tree.at(peer, "namespaceSelector");
        if (pods == null && namespaces == null) {
            return false; // an ipBlock: addresses, not pods
        }
        boolean namespaceMatches = namespaces == null
                ? workload.object().namespace().equals(policy.namespace())
                : Selectors.selects(namespaces, labelsOf(workload.namespace()));
        return namespaceMatches && (pods == null || Selectors.selects(pods, workload.labels()));
    }

    /** A namespace's labels, with the {@code kubernetes.io/metadata.name} label every namespace has. */
    private Map<String, String> labelsOf(String namespace) {
        Map<String, String> labels = new LinkedHashMap<>(namespaceLabels.getOrDefault(namespace, Map.of()));
        labels.put("kubernetes.io/metadata.name", namespace);
        return labels;
    }

    private void allowances() {
        for (KubernetesObject policy : policies) {
            List<Workload> selected = cluster.workloads.stream()
                    .filter(w -> w.object().namespace().equals(policy.namespace())
                            && Selectors.selects(Tree.map(policy.body(), "spec.podSelector"), w.labels()))
                    .toList();
            List<?> rules = Tree.list(policy.body(), "spec.ingress");
            for (int i = 0; i < rules.size(); i++) {
                List<?> from = Tree.list(rules.get(i), "from");
                for (int j = 0; j < from.size(); j++) {
                    String path = "spec.ingress[" + i + "].from[" + j + "]";
                    for (Workload source : cluster.workloads) {
                        if (matches(policy, from.get(j), source)) {
                            for (Workload target : selected) {
                                allowedFlow(policy, rules.get(i), path, source, target);
                            }
                        }
                    }
                }
            }
            egressBlocks(policy, selected);
        }
    }

    private void allowedFlow(KubernetesObject policy, Object rule, String path, Workload source, Workload target) {
        if (source == target || callsThroughService(source, target)) {
            return;
        }
        Object port = Tree.list(rule, "ports").stream().findFirst().orElse(null);
        long number = Tree.number(port, "port");
        Ports.Protocol protocol = Ports.of("", "", Tree.text(port, "protocol"), number);
        Element flow = Services.flow(cluster, source.element(), target.element(), number > 0
                ? protocol.name() + " " + number : "allowed", "NetworkPolicy", protocol, number,
                Cluster.at(policy, path));
        flow.set("description", "Allowed by " + policy.id() + " " + path);
    }

    private boolean callsThroughService(Workload source, Workload target) {
        if (calls == null) {
            calls = new java.util.HashSet<>();
            for (Element flow : cluster.model.dataflows()) {
                KubernetesObject service = services.get(flow.sink());
                if (service != null) {
                    for (Workload called : Services.selected(cluster, service)) {
                        calls.add(List.of(flow.source(), called.element()));
                    }
                }
            }
        }
        return calls.contains(List.of(source.element(), target.element()));
    }

    private void egressBlocks(KubernetesObject policy, List<Workload> selected) {
        List<?> rules = Tree.list(policy.body(), "spec.egress");
        for (int i = 0; i < rules.size(); i++) {
            List<?> to = Tree.list(rules.get(i), "to");
            for (int j = 0; j < to.size(); j++) {
                String cidr = Tree.text(to.get(j), "ipBlock.cidr");
                if (cidr.isEmpty()) {
                    continue;
                }
                SourcePosition at = Cluster.at(policy, "spec.egress[" + i + "].to[" + j + "]");
                Element external = cluster.external(cidr, "ipBlock", at);
                for (Workload source : selected) {
                    cluster.flow(source.element(), external, "egress", "NetworkPolicy", at)
                            .set("description", "Allowed by " + policy.id() + " spec.egress[" + i + "]");
                }
            }
        }
    }
}
