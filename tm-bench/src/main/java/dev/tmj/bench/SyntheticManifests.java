package dev.tmj.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated set of Kubernetes manifests shaped like a real one: namespaces with deployments, their services,
 * ingresses in front of some, config maps the deployments read, service accounts and network policies, in
 * multi-document files of 100 objects each.
 */
public final class SyntheticManifests {
    private SyntheticManifests() {
    }

    /** {@code java -cp benchmarks.jar dev.tmj.bench.SyntheticManifests 1000 DIR}: writes a folder for end-to-end runs. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[1]));
        write(dir, Integer.parseInt(args[0]));
    }

    /** Writes {@code objects} objects into {@code dir}. */
    public static void write(Path dir, int objects) throws IOException {
        int made = 0;
        for (int f = 0; made < objects; f++) {
            StringBuilder out = new StringBuilder();
            String ns = "team" + f;
            for (int i = 0; i < 100 && made < objects; i++, made++) {
                int app = i / 6;
                String name = "app" + app;
                if (out.length() > 0) {
                    out.append("---\n");
                }
                switch (i % 6) {
                    case 0 -> out.append(i == 0 ? """
                            apiVersion: v1
                            kind: Namespace
                            metadata:
                              name: %s
                            """.formatted(ns) : """
                            apiVersion: v1
                            kind: ServiceAccount
                            metadata:
                              name: %s
                              namespace: %s
                            """.formatted(name, ns));
                    case 1 -> out.append("""
                            apiVersion: v1
                            kind: ConfigMap
                            metadata:
                              name: %1$s-config
                              namespace: %2$s
                            data:
                              UPSTREAM_URL: http://app%3$d.%2$s.svc.cluster.local:8080
                              LOG_LEVEL: info
                            """.formatted(name, ns, app + 1));
                    case 2 -> out.append("""
                            apiVersion: apps/v1
                            kind: Deployment
                            metadata:
                              name: %1$s
                              namespace: %2$s
                            spec:
                              replicas: 2
                              selector:
                                matchLabels:
                                  app: %1$s
                              template:
                                metadata:
                                  labels:
                                    app: %1$s
                                    tier: backend
                                spec:
                                  serviceAccountName: %1$s
                                  containers:
                                    - name: main
                                      image: registry.example.com/%2$s/%1$s:1.0.%3$d
                                      ports:
                                        - containerPort: 8080
                                      envFrom:
                                        - configMapRef:
                                            name: %1$s-config
                                      env:
                                        - name: PEER
                                          value: app%4$d:8080
                                      securityContext:
                                        allowPrivilegeEscalation: false
                                        readOnlyRootFilesystem: true
                            """.formatted(name, ns, i, app + 2));
                    case 3 -> out.append("""
                            apiVersion: v1
                            kind: Service
                            metadata:
                              name: %1$s
                              namespace: %2$s
                            spec:
                              type: %3$s
                              selector:
                                app: %1$s
                              ports:
                                - port: 8080
                                  targetPort: 8080
                            """.formatted(name, ns, app % 10 == 0 ? "LoadBalancer" : "ClusterIP"));
                    case 4 -> out.append("""
                            apiVersion: networking.k8s.io/v1
                            kind: Ingress
                            metadata:
                              name: %1$s
                              namespace: %2$s
                            spec:
                              tls:
                                - hosts: [%1$s.%2$s.example.com]
                                  secretName: %1$s-tls
                              rules:
                                - host: %1$s.%2$s.example.com
                                  http:
                                    paths:
                                      - path: /
                                        pathType: Prefix
                                        backend:
                                          service:
                                            name: %1$s
                                            port:
                                              number: 8080
                            """.formatted(name, ns));
                    default -> out.append("""
                            apiVersion: networking.k8s.io/v1
                            kind: NetworkPolicy
                            metadata:
                              name: %1$s
                              namespace: %2$s
                            spec:
                              podSelector:
                                matchLabels:
                                  app: %1$s
                              policyTypes: [Ingress]
                              ingress:
                                - from:
                                    - podSelector:
                                        matchLabels:
                                          tier: backend
                            """.formatted(name, ns));
                }
            }
            Files.writeString(dir.resolve(String.format("%s.yaml", ns)), out);
        }
    }
}
