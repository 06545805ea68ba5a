package dev.tmj.iac.kubernetes;

import dev.tmj.iac.IacFacts;
import dev.tmj.iac.IacModel;
import dev.tmj.model.Element;
import dev.tmj.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Services: a flow to every workload their selector selects (per port); LoadBalancer and NodePort Services face the
 * Internet (a flow from it per port, {@link IacFacts#INTERNET_FACING}, {@link IacFacts#ADMIN_PORT} for 22, 6443,
 * 10250…, {@link IacFacts#PLAINTEXT} on an HTTP port), unless a cloud annotation or private source ranges keep the
 * load balancer internal; an ExternalName Service forwards to an external entity.
 */
final class Services {
    /** Cloud annotations that make a LoadBalancer Service's load balancer internal, and the values that do so. */
    private static final Map<String, Predicate<String>> INTERNAL = Map.of(
            "service.beta.kubernetes.io/aws-load-balancer-internal", v -> !v.equalsIgnoreCase("false"),
            "service.beta.kubernetes.io/aws-load-balancer-scheme", v -> v.equalsIgnoreCase("internal"),
            "networking.gke.io/load-balancer-type", v -> v.equalsIgnoreCase("internal"),
            "cloud.google.com/load-balancer-type", v -> v.equalsIgnoreCase("internal"),
            "service.beta.kubernetes.io/azure-load-balancer-internal", v -> v.equalsIgnoreCase("true"),
            "service.beta.kubernetes.io/oci-load-balancer-internal", v -> v.equalsIgnoreCase("true"),
            "service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type", v -> v.equalsIgnoreCase("private"));

    private Services() {
    }

    /** One port of a Service, with its path ({@code spec.ports[0]}). */
    record Port(String path, String name, long port, long targetPort, long nodePort, Ports.Protocol protocol) {
        String flowName(long number) {
            return protocol.name() + " " + number;
        }
    }

    static void addTo(Cluster cluster) {
        for (KubernetesObject service : cluster.ofKind("Service")) {
            Element element = cluster.element(service);
            List<Port> ports = ports(service);
            for (Workload workload : selected(cluster, service)) {
                for (Port port : ports) {
                    long target = port.targetPort() > 0 ? port.targetPort() : port.port();
                    flow(cluster, element, workload.element(), port.flowName(target), port.protocol(), target,
                            Cluster.at(service, port.path()));
                }
            }
            String type = KubernetesModel.serviceType(service);
            if (type.equals("LoadBalancer") || type.equals("NodePort")) {
                exposed(cluster, service, element, type, ports);
            } else if (type.equals("ExternalName") && !Tree.text(service.body(), "spec.externalName").isEmpty()) {
                SourcePosition at = Cluster.at(service, "spec.externalName");
                Element external = cluster.external(Tree.text(service.body(), "spec.externalName"), "ExternalName",
                        at);
                cluster.flow(element, external, "forwards", "ExternalName", at);
            }
        }
    }

    /** The workloads of the Service's namespace whose pod labels include its selector, in input order. */
    static List<Workload> selected(Cluster cluster, KubernetesObject service) {
        Map<String, String> selector = Tree.labels(service.body(), "spec.selector");
        String ns = service.namespace().orElse("default");
        return cluster.workloads.stream()
                .filter(w -> w.namespace().equals(ns) && Selectors.serviceSelects(selector, w.labels())).toList();
    }

    static List<Port> ports(KubernetesObject service) {
        List<Port> ports = new ArrayList<>();
        List<?> list = Tree.list(service.body(), "spec.ports");
        for (int i = 0; i < list.size(); i++) {
            Object port = list.get(i);
            long number = Tree.number(port, "port");
            ports.add(new Port("spec.ports[" + i + "]", Tree.text(port, "name"), number,
                    Tree.number(port, "targetPort"), Tree.number(port, "nodePort"),
                    Ports.of(Tree.text(port, "appProtocol"), Tree.text(port, "name"), Tree.text(port, "protocol"),
                            number)));
        }
        return ports;
    }

    private static void exposed(Cluster cluster, KubernetesObject service, Element element, String type,
            List<Port> ports) {
        String internal = internalBecause(service);
        if (!internal.isEmpty()) {
            element.set("description", element.get("description") + "; internal load balancer (" + internal + ")");
            return;
        }
        SourcePosition typeAt = Cluster.at(service, "spec.type");
        List<String> exposedPorts = new ArrayList<>();
        Element internet = IacModel.internet(cluster.model);
        for (Port port : ports) {
            long outside = type.equals("NodePort") && port.nodePort() > 0 ? port.nodePort() : port.port();
            exposedPorts.add(type.equals("NodePort") && port.nodePort() > 0
                    ? port.port() + " (node port " + port.nodePort() + ")" : String.valueOf(port.port()));
            SourcePosition at = Cluster.at(service, port.path());
            Element flow = flow(cluster, internet, element, port.flowName(outside), port.protocol(), outside, at);
            if (port.protocol().isHttp()) {
                IacFacts.set(flow, IacFacts.PLAINTEXT, service.id() + ": " + port.path() + " exposes HTTP port "
                        + port.port() + " to the Internet without TLS", at);
            }
            String admin = adminPort(port);
            if (!admin.isEmpty() && IacFacts.get(element, IacFacts.ADMIN_PORT).isEmpty()) {
                IacFacts.set(element, IacFacts.ADMIN_PORT, service.id() + ": " + port.path() + " exposes " + admin
                        + " to the Internet (spec.type = " + type + ")", at);
            }
        }
        IacFacts.set(element, IacFacts.INTERNET_FACING, service.id() + ": spec.type = " + type + " exposes port"
                + (exposedPorts.size() == 1 ? " " : "s ") + String.join(", ", exposedPorts) + " outside the cluster",
                typeAt);
    }

    /** {@code port 22 (SSH)} when the port, target port or node port is administrative, else empty. */
    private static String adminPort(Port port) {
        for (long number : new long[] {port.port(), port.targetPort(), port.nodePort()}) {
            if (Ports.ADMIN.containsKey(number)) {
                return "port " + number + " (" + Ports.ADMIN.get(number) + ")";
            }
        }
        return "";
    }

    /** Why a LoadBalancer is internal: the annotation, or source ranges that are all private; else empty. */
    private static String internalBecause(KubernetesObject service) {
        Map<String, String> annotations = Tree.labels(service.body(), "metadata.annotations");
        for (var entry : annotations.entrySet()) {
            Predicate<String> internal = INTERNAL.get(entry.getKey());
            if (internal != null && internal.test(entry.getValue())) {
                return entry.getKey() + ": " + entry.getValue();
            }
        }
        List<?> ranges = Tree.list(service.body(), "spec.loadBalancerSourceRanges");
        if (!ranges.isEmpty() && ranges.stream().allMatch(r -> isPrivate(String.valueOf(r)))) {
            return "loadBalancerSourceRanges are private";
        }
        return "";
    }

    /** Whether a CIDR lies inside the private ranges of RFC 1918. */
    static boolean isPrivate(String cidr) {
        String[] parts = cidr.split("[./]");
        if (parts.length < 4) {
            return false;
        }
        try {
            int a = Integer.parseInt(parts[0]);
            int b = Integer.parseInt(parts[1]);
            int prefix = parts.length > 4 ? Integer.parseInt(parts[4]) : 32;
            return a == 10 && prefix >= 8 || a == 172 && b >= 16 && b <= 31 && prefix >= 12
                    || a == 192 && b == 168 && prefix >= 16;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A flow with its protocol, port and encryption, as the code declares them. */
    static Element flow(Cluster cluster, Element source, Element sink, String name, Ports.Protocol protocol,
            long port, SourcePosition at) {
        return flow(cluster, source, sink, name, "Service", protocol, port, at);
    }

    /** A flow of a kind ({@code Ingress}) with its protocol, port and encryption. */
    static Element flow(Cluster cluster, Element source, Element sink, String name, String iacType,
            Ports.Protocol protocol, long port, SourcePosition at) {
        Element flow = cluster.flow(source, sink, name, iacType, at);
        flow.set("protocol", protocol.name());
        if (port > 0 && port <= 65535) {
            flow.set("dstPort", (int) port);
        }
        flow.controls().set("isEncrypted", protocol.encrypted());
        return flow;
    }
}
