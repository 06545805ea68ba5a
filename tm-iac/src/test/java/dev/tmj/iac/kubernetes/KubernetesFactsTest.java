package dev.tmj.iac.kubernetes;

import static dev.tmj.iac.kubernetes.MappedManifests.fact;
import static dev.tmj.iac.kubernetes.MappedManifests.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each IaC fact the Kubernetes mapping sets, where the code shows it and not where it does not, at its line. */
class KubernetesFactsTest {
    @TempDir
    Path dir;

    @Test
    void should_mark_ingresses_and_exposed_services_internet_facing_and_authenticated_by_annotation() {
        MappedManifests mapped = MappedManifests.of(dir, """
                kind: Ingress
                metadata:
                  name: open
                spec:
                  rules:
                    - host: open.example.com
                ---
                kind: Ingress
                metadata:
                  name: guarded
                  annotations:
                    nginx.ingress.kubernetes.io/auth-url: "https://oauth2-proxy.example.com/oauth2/auth"
                spec:
                  rules: [{host: guarded.example.com}]
                ---
                kind: Service
                metadata: {name: lb}
                spec:
                  type: LoadBalancer
                  ports: [{port: 443}]
                ---
                kind: Service
                metadata:
                  name: internal-lb
                  annotations: {networking.gke.io/load-balancer-type: Internal}
                spec: {type: LoadBalancer, ports: [{port: 443}]}
                ---
                kind: Service
                metadata: {name: inside}
                spec: {ports: [{port: 443}]}
                """);

        Element open = mapped.element("Ingress/default/open");
        assertThat(fact(open, IacFacts.INTERNET_FACING)).isEqualTo(
                "Ingress/default/open: spec.rules[0] routes host open.example.com from outside the cluster");
        assertThat(line(open, IacFacts.INTERNET_FACING)).isEqualTo(6);
        assertThat(fact(open, IacFacts.AUTHENTICATED)).isEmpty();
        Element guarded = mapped.element("Ingress/default/guarded");
        assertThat(fact(guarded, IacFacts.INTERNET_FACING)).isNotEmpty();
        assertThat(fact(guarded, IacFacts.AUTHENTICATED)).startsWith(
                "Ingress/default/guarded: metadata.annotations[\"nginx.ingress.kubernetes.io/auth-url\"]");
        assertThat(line(guarded, IacFacts.AUTHENTICATED)).isEqualTo(12);
        assertThat(guarded.controls().is("authenticatesSource")).isTrue();
        Element lb = mapped.element("Service/default/lb");
        assertThat(fact(lb, IacFacts.INTERNET_FACING)).isEqualTo(
                "Service/default/lb: spec.type = LoadBalancer exposes port 443 outside the cluster");
        assertThat(line(lb, IacFacts.INTERNET_FACING)).isEqualTo(19);
        assertThat(mapped.flow("Internet", "Service/default/lb").name()).isEqualTo("HTTPS 443");
        assertThat(fact(mapped.element("Service/default/internal-lb"), IacFacts.INTERNET_FACING)).isEmpty();
        assertThat(mapped.flows("Internet", "Service/default/internal-lb")).isEmpty();
        assertThat(fact(mapped.element("Service/default/inside"), IacFacts.INTERNET_FACING)).isEmpty();
    }

    @Test
    void should_mark_plain_http_from_the_internet_and_across_namespaces_but_not_tls() {
        MappedManifests mapped = MappedManifests.of(dir, """
                kind: Ingress
                metadata: {name: mixed, namespace: web}
                spec:
                  tls: [{hosts: [secure.example.com]}]
                  rules:
                    - host: secure.example.com
                    - host: plain.example.com
                ---
                kind: Service
                metadata: {name: lb, namespace: web}
                spec: {type: LoadBalancer, ports: [{port: 443}, {name: http, port: 80}]}
                ---
                kind: Service
                metadata: {name: api, namespace: backend}
                spec: {selector: {app: api}, ports: [{name: http, port: 8080}]}
                ---
                kind: Deployment
                metadata: {name: front, namespace: web}
                spec:
                  template:
                    spec:
                      containers:
                        - name: f
                          env:
                            - {name: API, value: "http://api.backend:8080"}
                            - {name: API_TLS, value: "https://api.backend:8080"}
                ---
                kind: Deployment
                metadata: {name: neighbour, namespace: backend}
                spec:
                  template:
                    spec:
                      containers: [{name: n, env: [{name: API, value: "http://api:8080"}]}]
                """);

        Element plain = mapped.flows("Internet", "Ingress/web/mixed").stream()
                .filter(f -> f.name().equals("HTTP 80")).findFirst().orElseThrow();
        assertThat(fact(plain, IacFacts.PLAINTEXT)).isEqualTo("Ingress/web/mixed: spec.rules[1] serves host "
                + "plain.example.com over HTTP: no spec.tls entry covers it");
        assertThat(line(plain, IacFacts.PLAINTEXT)).isEqualTo(7);
        Element secure = mapped.flows("Internet", "Ingress/web/mixed").stream()
                .filter(f -> f.name().equals("HTTPS 443")).findFirst().orElseThrow();
        assertThat(fact(secure, IacFacts.PLAINTEXT)).isEmpty();
        assertThat(mapped.flows("Internet", "Service/web/lb")).extracting(f -> fact(f, IacFacts.PLAINTEXT))
                .containsExactly("", "Service/web/lb: spec.ports[1] exposes HTTP port 80 to the Internet without TLS");
        assertThat(mapped.flows("Deployment/web/front", "Service/backend/api"))
                .extracting(Element::name, f -> fact(f, IacFacts.PLAINTEXT)).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("HTTP 8080", "Deployment/web/front: "
                                + "spec.template.spec.containers[0].env[0] (API) calls Service/backend/api over HTTP "
                                + "from namespace web"),
                        org.assertj.core.groups.Tuple.tuple("HTTPS 8080", ""));
        assertThat(line(mapped.flows("Deployment/web/front", "Service/backend/api").get(0), IacFacts.PLAINTEXT))
                .isEqualTo(25);
        assertThat(fact(mapped.flow("Deployment/backend/neighbour", "Service/backend/api"), IacFacts.PLAINTEXT))
                .isEmpty();
    }

    @Test
    void should_mark_subjects_bound_to_cluster_admin_or_wildcard_roles_permissive_at_the_cause() {
        MappedManifests mapped = MappedManifests.of(dir, """
                kind: ServiceAccount
                metadata: {name: ops, namespace: tools}
                ---
                kind: ClusterRoleBinding
                metadata: {name: ops-admin}
                roleRef:
                  apiGroup: rbac.authorization.k8s.io
                  kind: ClusterRole
                  name: cluster-admin
                subjects:
                  - {kind: ServiceAccount, name: ops, namespace: tools}
                  - {kind: User, name: alice}
                ---
                kind: Role
                metadata: {name: everything, namespace: tools}
                rules:
                  - {apiGroups: [""], resources: [pods], verbs: [get]}
                  - {apiGroups: [""], resources: ["*"], verbs: ["*"]}
                ---
                kind: RoleBinding
                metadata: {name: bot-everything, namespace: tools}
                roleRef: {kind: Role, name: everything}
                subjects: [{kind: ServiceAccount, name: bot}]
                ---
                kind: Role
                metadata: {name: reader, namespace: tools}
                rules: [{apiGroups: [""], resources: [pods], verbs: [get, list]}]
                ---
                kind: RoleBinding
                metadata: {name: viewer-reader, namespace: tools}
                roleRef: {kind: Role, name: reader}
                subjects: [{kind: ServiceAccount, name: viewer}]
                ---
                kind: ClusterRole
                metadata: {name: unbound-wildcard}
                rules: [{apiGroups: ["*"], resources: [secrets], verbs: ["*"]}]
                ---
                kind: ServiceAccount
                metadata: {name: viewer, namespace: tools}
                """);

        Element ops = mapped.element("ServiceAccount/tools/ops");
        assertThat(fact(ops, IacFacts.PERMISSIVE)).isEqualTo("ClusterRoleBinding/ops-admin: roleRef.name = "
                + "cluster-admin grants every permission on every resource");
        assertThat(line(ops, IacFacts.PERMISSIVE)).isEqualTo(9);
        Element alice = mapped.element("User/alice");
        assertThat(alice.type()).isEqualTo(dev.tmj.model.ElementType.ACTOR);
        assertThat(alice.location().orElseThrow().line()).isEqualTo(12);
        assertThat(line(alice, IacFacts.PERMISSIVE)).isEqualTo(9);
        Element bot = mapped.element("ServiceAccount/tools/bot");
        assertThat(fact(bot, IacFacts.PERMISSIVE)).isEqualTo("RoleBinding/tools/bot-everything grants "
                + "Role/tools/everything: rules[1] allows verbs * on resources *");
        assertThat(line(bot, IacFacts.PERMISSIVE)).isEqualTo(18);
        assertThat(fact(mapped.element("ServiceAccount/tools/viewer"), IacFacts.PERMISSIVE)).isEmpty();
        assertThat(fact(mapped.element("Role/tools/everything"), IacFacts.PERMISSIVE)).isEmpty();
        Element unbound = mapped.element("ClusterRole/unbound-wildcard");
        assertThat(fact(unbound, IacFacts.PERMISSIVE)).isEqualTo(
                "ClusterRole/unbound-wildcard: rules[0] allows verbs * on resources secrets");
        assertThat(line(unbound, IacFacts.PERMISSIVE)).isEqualTo(36);
    }

    @Test
    void should_name_the_key_of_a_literal_secret_and_never_its_value() {
        MappedManifests mapped = MappedManifests.of(dir, """
                kind: Secret
                metadata: {name: db}
                type: Opaque
                data:
                  password: c3VwZXJzZWNyZXQ=
                stringData:
                  user: admin
                ---
                kind: Secret
                metadata: {name: token}
                type: kubernetes.io/service-account-token
                ---
                kind: ConfigMap
                metadata: {name: settings}
                data:
                  LOG_LEVEL: debug
                  DB_PASSWORD: hunter2
                  PASSWORD_FILE: /run/secrets/db
                ---
                kind: ConfigMap
                metadata: {name: plain}
                data: {LOG_LEVEL: debug, API_TOKEN_TTL: "3600"}
                ---
                kind: Deployment
                metadata: {name: web}
                spec:
                  template:
                    spec:
                      containers:
                        - name: w
                          env:
                            - {name: MODE, value: production}
                            - {name: STRIPE_API_KEY, value: sk_live_abcdef}
                            - {name: DB_PASSWORD, value: "$(PASSWORD)"}
                            - name: DB_TOKEN
                              valueFrom: {secretKeyRef: {name: db, key: password}}
                """);

        Element db = mapped.element("Secret/default/db");
        assertThat(fact(db, IacFacts.SECRET)).isEqualTo(
                "Secret/default/db: data.password, stringData.user are written in the manifest");
        assertThat(line(db, IacFacts.SECRET)).isEqualTo(5);
        assertThat(fact(mapped.element("Secret/default/token"), IacFacts.SECRET)).isEmpty();
        Element settings = mapped.element("ConfigMap/default/settings");
        assertThat(fact(settings, IacFacts.SECRET)).isEqualTo(
                "ConfigMap/default/settings: data.DB_PASSWORD holds a literal secret");
        assertThat(line(settings, IacFacts.SECRET)).isEqualTo(17);
        assertThat(fact(mapped.element("ConfigMap/default/plain"), IacFacts.SECRET)).isEmpty();
        Element web = mapped.element("Deployment/default/web");
        assertThat(fact(web, IacFacts.SECRET)).isEqualTo("Deployment/default/web: "
                + "spec.template.spec.containers[0].env[1] (STRIPE_API_KEY) has a literal secret value");
        assertThat(line(web, IacFacts.SECRET)).isEqualTo(33);
        assertThat(mapped.printed()).doesNotContain("c3VwZXJzZWNyZXQ=", "hunter2", "sk_live_abcdef", "admin\n");
    }

    @Test
    void should_mark_admin_ports_exposed_to_the_internet_only() {
        MappedManifests mapped = MappedManifests.of(dir, """
                kind: Service
                metadata: {name: ssh}
                spec:
                  type: NodePort
                  ports:
                    - {name: web, port: 8443}
                    - {name: ssh, port: 2222, targetPort: 22, nodePort: 30022}
                ---
                kind: Service
                metadata: {name: api}
                spec: {type: LoadBalancer, ports: [{port: 6443}]}
                ---
                kind: Service
                metadata: {name: internal-ssh}
                spec: {ports: [{port: 22}]}
                ---
                kind: Service
                metadata: {name: web}
                spec: {type: LoadBalancer, ports: [{port: 443}]}
                """);

        Element ssh = mapped.element("Service/default/ssh");
        assertThat(fact(ssh, IacFacts.ADMIN_PORT)).isEqualTo(
                "Service/default/ssh: spec.ports[1] exposes port 22 (SSH) to the Internet (spec.type = NodePort)");
        assertThat(line(ssh, IacFacts.ADMIN_PORT)).isEqualTo(7);
        assertThat(fact(mapped.element("Service/default/api"), IacFacts.ADMIN_PORT)).contains("6443 (Kubernetes API)");
        assertThat(fact(mapped.element("Service/default/internal-ssh"), IacFacts.ADMIN_PORT)).isEmpty();
        assertThat(fact(mapped.element("Service/default/web"), IacFacts.ADMIN_PORT)).isEmpty();
        assertThat(mapped.flows("Internet", "Service/default/ssh")).extracting(Element::name)
                .containsExactly("TCP 8443", "TCP 30022");
    }

    @Test
    void should_locate_node_takeover_at_the_most_dangerous_field_and_cross_into_the_node() {
        MappedManifests mapped = MappedManifests.of(dir, """
                kind: Deployment
                metadata: {name: monitor}
                spec:
                  template:
                    spec:
                      hostPID: true
                      volumes:
                        - {name: root, hostPath: {path: /}}
                      containers:
                        - name: m
                          securityContext:
                            allowPrivilegeEscalation: true
                            privileged: true
                            capabilities: {add: [NET_BIND_SERVICE, SYS_ADMIN]}
                ---
                kind: DaemonSet
                metadata: {name: logs}
                spec:
                  template:
                    spec:
                      volumes: [{name: logs, hostPath: {path: /var/log}}]
                      containers:
                        - name: l
                          securityContext: {privileged: false, allowPrivilegeEscalation: false,
                                            capabilities: {add: [NET_BIND_SERVICE], drop: [ALL]}}
                ---
                kind: Pod
                metadata: {name: plain}
                spec: {containers: [{name: p, image: nginx}]}
                """);

        Element monitor = mapped.element("Deployment/default/monitor");
        assertThat(fact(monitor, IacFacts.NODE_TAKEOVER)).isEqualTo("Deployment/default/monitor: "
                + "spec.template.spec.containers[0].securityContext.privileged = true; "
                + "spec.template.spec.volumes[0].hostPath.path = /; spec.template.spec.hostPID = true; "
                + "spec.template.spec.containers[0].securityContext.capabilities.add[1] = SYS_ADMIN; "
                + "spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation = true");
        assertThat(line(monitor, IacFacts.NODE_TAKEOVER)).isEqualTo(13);
        assertThat(mapped.flow("Deployment/default/monitor", Cluster.NODE_HOST).sink().inBoundary().orElseThrow()
                .name()).isEqualTo(Cluster.NODE_BOUNDARY);
        Element logs = mapped.element("DaemonSet/default/logs");
        assertThat(fact(logs, IacFacts.NODE_TAKEOVER)).isEmpty();
        assertThat(mapped.flow("DaemonSet/default/logs", Cluster.NODE_HOST).location().orElseThrow().line())
                .isEqualTo(21);
        assertThat(fact(mapped.element("Pod/default/plain"), IacFacts.NODE_TAKEOVER)).isEmpty();
        assertThat(mapped.flows("Pod/default/plain", Cluster.NODE_HOST)).isEmpty();
    }
}
