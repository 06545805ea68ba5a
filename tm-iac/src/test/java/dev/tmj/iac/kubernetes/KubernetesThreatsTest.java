package dev.tmj.iac.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Resolver;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Manifests through the IaC threat library ({@code builtin:iac}): each threat the Kubernetes mapping feeds is found
 * on the element or flow it is about, at the line that causes it, and not on the same system with the mitigation.
 */
class KubernetesThreatsTest {
    private static final String VULNERABLE = """
            kind: Ingress
            metadata: {name: web, namespace: shop}
            spec:
              rules:
                - host: shop.example.com
                  http:
                    paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
            ---
            kind: Service
            metadata: {name: web, namespace: shop}
            spec:
              type: NodePort
              selector: {app: web}
              ports:
                - {name: http, port: 80}
                - {name: ssh, port: 22}
            ---
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              template:
                metadata: {labels: {app: web}}
                spec:
                  serviceAccountName: web
                  containers:
                    - name: web
                      image: web:1
                      securityContext: {privileged: true}
                      env:
                        - {name: DB_PASSWORD, value: hunter2}
            ---
            kind: ServiceAccount
            metadata: {name: web, namespace: shop}
            ---
            kind: ClusterRoleBinding
            metadata: {name: web-admin}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
            subjects: [{kind: ServiceAccount, name: web, namespace: shop}]
            """;

    private static final String MITIGATED = """
            kind: Ingress
            metadata:
              name: web
              namespace: shop
              annotations: {nginx.ingress.kubernetes.io/auth-url: "https://auth.example.com/oauth2/auth"}
            spec:
              tls: [{hosts: [shop.example.com], secretName: web-tls}]
              rules:
                - host: shop.example.com
                  http:
                    paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 443}}}}
            ---
            kind: Service
            metadata: {name: web, namespace: shop}
            spec:
              selector: {app: web}
              ports: [{name: https, port: 443}]
            ---
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              template:
                metadata: {labels: {app: web}}
                spec:
                  serviceAccountName: web
                  containers:
                    - name: web
                      image: web:1
                      securityContext: {privileged: false, allowPrivilegeEscalation: false}
                      env:
                        - name: DB_PASSWORD
                          valueFrom: {secretKeyRef: {name: db, key: password}}
            ---
            kind: ServiceAccount
            metadata: {name: web, namespace: shop}
            ---
            kind: Role
            metadata: {name: pod-reader, namespace: shop}
            rules: [{apiGroups: [""], resources: [pods], verbs: [get, list]}]
            ---
            kind: RoleBinding
            metadata: {name: web-pod-reader, namespace: shop}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: pod-reader}
            subjects: [{kind: ServiceAccount, name: web, namespace: shop}]
            ---
            kind: NetworkPolicy
            metadata: {name: web-from-ingress, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: web}}
              ingress:
                - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ingress-nginx}}}]
            """;

    private static final List<String> SIDS = List.of("IAC01", "IAC02", "IAC03", "IAC04", "IAC06", "IAC08", "IAC09");

    @TempDir
    Path dir;

    private List<Finding> findings(String name, String yaml) throws IOException {
        MappedManifests mapped = MappedManifests.of(Files.createDirectories(dir.resolve(name)), yaml);
        return Resolver.resolve(mapped.model(), ThreatLibrary.builtIn("iac")).findings().stream()
                .filter(f -> SIDS.contains(f.threatId())).toList();
    }

    @Test
    void should_find_each_kubernetes_iac_threat_on_its_element_at_the_line_that_causes_it() throws IOException {
        List<Finding> findings = findings("vulnerable", VULNERABLE);

        assertThat(findings).extracting(Finding::threatId, f -> f.element().name(),
                f -> f.location().orElseThrow().line()).containsExactlyInAnyOrder(
                        tuple("IAC01", "Ingress/shop/web", 5),
                        tuple("IAC01", "Service/shop/web", 13),
                        tuple("IAC02", "HTTP 80", 5),
                        tuple("IAC02", "HTTP 80", 16),
                        tuple("IAC03", "ServiceAccount/shop/web", 38),
                        tuple("IAC04", "Deployment/shop/web", 31),
                        tuple("IAC06", "Service/shop/web", 17),
                        tuple("IAC08", "Deployment/shop/web", 29),
                        tuple("IAC09", "Deployment/shop/web", 19));
        assertThat(findings).filteredOn(f -> f.threatId().equals("IAC02"))
                .extracting(f -> f.element().source().name() + " -> " + f.element().sink().name())
                .containsExactlyInAnyOrder("Internet -> Ingress/shop/web", "Internet -> Service/shop/web");
        assertThat(findings).allSatisfy(f -> assertThat(f.location().orElseThrow().file()).endsWith("app.yaml"));
        assertThat(findings).filteredOn(f -> f.threatId().equals("IAC08")).singleElement()
                .satisfies(f -> assertThat(f.details()).endsWith("Cause: Deployment/shop/web: "
                        + "spec.template.spec.containers[0].securityContext.privileged = true"));
        assertThat(findings).allSatisfy(f -> assertThat(f.details()).doesNotContain("hunter2"));
    }

    @Test
    void should_find_none_of_them_where_the_manifests_show_the_mitigation() throws IOException {
        assertThat(findings("mitigated", MITIGATED)).isEmpty();
    }
}
