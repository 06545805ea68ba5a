package dev.tmj.iac.kubernetes;

import dev.tmj.iac.IacFacts;
import dev.tmj.iac.IacModel;
import dev.tmj.model.Element;
import dev.tmj.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ingresses: the Internet reaches each one ({@link IacFacts#INTERNET_FACING}) over HTTPS for hosts its {@code tls}
 * covers and over HTTP ({@link IacFacts#PLAINTEXT} on that flow) for the others; an authentication annotation of a
 * well-known controller is {@link IacFacts#AUTHENTICATED}; each backend is a flow to its Service in the namespace.
 */
final class Ingresses {
    /** Annotations by which ingress controllers authenticate requests before they reach the backend. */
    private static final Set<String> AUTHENTICATION = Set.of("nginx.ingress.kubernetes.io/auth-url",
            "nginx.ingress.kubernetes.io/auth-type", "nginx.ingress.kubernetes.io/auth-signin",
            "nginx.ingress.kubernetes.io/auth-tls-verify-client", "ingress.kubernetes.io/auth-url",
            "ingress.kubernetes.io/auth-type", "traefik.ingress.kubernetes.io/auth-type",
            "alb.ingress.kubernetes.io/auth-type", "haproxy.org/auth-type",
            "haproxy-ingress.github.io/auth-type", "haproxy-ingress.github.io/auth-url");

    private Ingresses() {
    }

    /** A rule's host (empty: every host) and where the rule is. */
    private record Rule(String host, String path) {
    }

    static void addTo(Cluster cluster) {
        for (KubernetesObject ingress : cluster.ofKind("Ingress")) {
            Element element = cluster.element(ingress);
            entry(cluster, ingress, element);
            authentication(ingress, element);
            backends(cluster, ingress, element);
        }
    }

    private static void entry(Cluster cluster, KubernetesObject ingress, Element element) {
        List<Rule> rules = new ArrayList<>();
        List<?> declared = Tree.list(ingress.body(), "spec.rules");
        for (int i = 0; i < declared.size(); i++) {
            rules.add(new Rule(Tree.text(declared.get(i), "host"), "spec.rules[" + i + "]"));
        }
        if (rules.isEmpty()) {
            String fallback = Tree.at(ingress.body(), "spec.defaultBackend") != null ? "spec.defaultBackend"
                    : "spec.backend";
            rules.add(new Rule("", fallback));
        }
        Element internet = IacModel.internet(cluster.model);
        List<String> plainHosts = new ArrayList<>();
        Rule firstPlain = null;
        Element plain = null;
        for (Rule rule : rules) {
            SourcePosition at = Cluster.at(ingress, rule.path());
            if (coveredByTls(ingress, rule.host())) {
                Services.flow(cluster, internet, element, "HTTPS 443", "Ingress", new Ports.Protocol("HTTPS", true),
                        443, at);
            } else {
                plain = Services.flow(cluster, internet, element, "HTTP 80", "Ingress",
                        new Ports.Protocol("HTTP", false), 80, at);
                plainHosts.add(rule.host().isEmpty() ? "every host" : "host " + rule.host());
                firstPlain = firstPlain == null ? rule : firstPlain;
            }
        }
        if (plain != null) {
            IacFacts.set(plain, IacFacts.PLAINTEXT, ingress.id() + ": " + firstPlain.path() + " serves "
                    + String.join(", ", plainHosts) + " over HTTP: no spec.tls entry covers "
                    + (plainHosts.size() == 1 ? "it" : "them"), Cluster.at(ingress, firstPlain.path()));
        }
        Rule first = rules.get(0);
        IacFacts.set(element, IacFacts.INTERNET_FACING, ingress.id() + ": " + first.path() + " routes "
                + (first.host().isEmpty() ? "every host" : "host " + first.host()) + " from outside the cluster",
                Cluster.at(ingress, first.path()));
    }

    /** Whether the Ingress's {@code tls} covers a host (a tls entry without hosts covers every host). */
    private static boolean coveredByTls(KubernetesObject ingress, String host) {
        for (Object tls : Tree.list(ingress.body(), "spec.tls")) {
            List<?> hosts = Tree.list(tls, "hosts");
            if (hosts.isEmpty()) {
                return true;
            }
            for (Object covered : hosts) {
                String pattern = String.valueOf(covered);
                if (pattern.equals(host) || pattern.startsWith("*.") && host.endsWith(pattern.substring(1))
                        && host.indexOf('.') == host.length() - pattern.length() + 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void authentication(KubernetesObject ingress, Element element) {
        Map<String, String> annotations = Tree.labels(ingress.body(), "metadata.annotations");
        for (var entry : annotations.entrySet()) {
            String value = entry.getValue().strip();
            if (AUTHENTICATION.contains(entry.getKey()) && !value.isEmpty() && !value.equalsIgnoreCase("none")
                    && !value.equalsIgnoreCase("off") && !value.equalsIgnoreCase("false")) {
                String path = Tree.join("metadata.annotations", entry.getKey());
                IacFacts.set(element, IacFacts.AUTHENTICATED, ingress.id() + ": " + path + " = " + value,
                        Cluster.at(ingress, path));
                element.controls().set("authenticatesSource", true);
                return;
            }
        }
    }

    private static void backends(Cluster cluster, KubernetesObject ingress, Element element) {
        List<String> backends = new ArrayList<>();
        for (String fallback : List.of("spec.defaultBackend", "spec.backend")) {
            if (Tree.at(ingress.body(), fallback) != null) {
                backends.add(fallback);
            }
        }
        List<?> rules = Tree.list(ingress.body(), "spec.rules");
        for (int i = 0; i < rules.size(); i++) {
            List<?> paths = Tree.list(rules.get(i), "http.paths");
            for (int j = 0; j < paths.size(); j++) {
                backends.add("spec.rules[" + i + "].http.paths[" + j + "].backend");
            }
        }
        boolean httpsBackend = Tree.labels(ingress.body(), "metadata.annotations")
                        .getOrDefault("nginx.ingress.kubernetes.io/backend-protocol", "").equalsIgnoreCase("HTTPS");
        String ns = ingress.namespace().orElse("default");
        for (String path : backends) {
            Object backend = Tree.at(ingress.body(), path);
            // networking.k8s.io/v1 writes service.name and service.port; v1beta1 serviceName and servicePort
            String name = Tree.text(backend, "service.name");
            Object port = Tree.at(backend, "service.port.number") != null ? Tree.at(backend, "service.port.number")
                    : Tree.at(backend, "service.port.name") != null ? Tree.at(backend, "service.port.name")
                    : Tree.at(backend, "servicePort");
            name = name.isEmpty() ? Tree.text(backend, "serviceName") : name;
            var service = cluster.object("Service/" + ns + "/" + name);
            if (name.isEmpty() || service.isEmpty()) {
                continue;
            }
            long number = servicePort(service.get(), port);
            Ports.Protocol protocol = new Ports.Protocol(httpsBackend ? "HTTPS" : "HTTP", httpsBackend);
            Services.flow(cluster, element, cluster.element(service.get()), protocol.name()
                    + (number > 0 ? " " + number : ""), "Ingress", protocol, number, Cluster.at(ingress, path));
        }
    }

    /** The number of a backend's port given by number or by the Service port's name; -1 when unknown. */
    private static long servicePort(KubernetesObject service, Object port) {
        if (port instanceof Long number) {
            return number;
        }
        for (Services.Port declared : Services.ports(service)) {
            if (declared.name().equals(String.valueOf(port))) {
                return declared.port();
            }
        }
        List<Services.Port> ports = Services.ports(service);
        return port == null && ports.size() == 1 ? ports.get(0).port() : -1;
    }
}
