package dev.tmj.iac.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping of Kubernetes objects to elements, boundaries and flows (the facts: KubernetesFactsTest). */
class KubernetesModelTest {
    @TempDir
    Path dir;

    @Test
    void should_map_each_workload_kind_by_its_pod_template_and_keep_unknown_kinds_generic() {
        MappedManifests mapped = MappedManifests.of(dir, """
                apiVersion: v1
                kind: Namespace
                metadata: {name: shop}
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db, namespace: shop}
                spec:
                  template:
                    metadata: {labels: {app: db}}
                    spec:
                      containers: [{name: db, image: postgres:16}]
                ---
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: report, namespace: shop}
                spec:
                  jobTemplate:
                    spec:
                      template:
                        metadata: {labels: {app: report}}
                        spec:
                          containers: [{name: r, image: report:1}]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: debug, labels: {app: debug}}
                spec:
                  containers: [{name: d, image: busybox}]
                ---
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w, namespace: shop}
                """);

        Element db = mapped.element("StatefulSet/shop/db");
        assertThat(db.type()).isEqualTo(ElementType.SERVER);
        assertThat(db.get("description")).isEqualTo("StatefulSet running postgres:16");
        assertThat(db.location().orElseThrow().line()).isEqualTo(5);
        Element shop = db.inBoundary().orElseThrow();
        assertThat(shop.name()).isEqualTo("Namespace/shop");
        assertThat(shop.location().orElseThrow().line()).isEqualTo(1);
        assertThat(shop.inBoundary().orElseThrow().name()).isEqualTo(KubernetesModel.CLUSTER);
        assertThat(mapped.element("CronJob/shop/report").type()).isEqualTo(ElementType.PROCESS);
        assertThat(mapped.element("Pod/default/debug").inBoundary().orElseThrow().name())
                .isEqualTo("Namespace/default");
        Element widget = mapped.element("Widget/shop/w");
        assertThat(widget.type()).isEqualTo(ElementType.ELEMENT);
        assertThat(widget.get("description")).asString().contains("which tmj does not model");
        assertThat(IacFacts.get(widget, IacFacts.TYPE)).isEqualTo("Widget");
        assertThat(mapped.model().elements()).noneMatch(e -> e.name().equals("Namespace/shop") && !e.isBoundary());
    }

    @Test
    void should_flow_from_a_service_to_the_workloads_whose_labels_include_its_selector_in_its_namespace() {
        MappedManifests mapped = MappedManifests.of(dir, """
                kind: Service
                metadata: {name: api, namespace: shop}
                spec:
                  selector: {app: api}
                  ports:
                    - {name: http, port: 80, targetPort: 8080}
                    - {port: 9090}
                ---
                kind: Deployment
                metadata: {name: api, namespace: shop}
                spec:
                  template:
                    metadata: {labels: {app: api, tier: back}}
                    spec: {containers: [{name: a, image: api}]}
                ---
                kind: Deployment
                metadata: {name: api, namespace: other}
                spec:
                  template:
                    metadata: {labels: {app: api}}
                    spec: {containers: [{name: a, image: api}]}
                ---
                kind: Deployment
                metadata: {name: web, namespace: shop}
                spec:
                  template:
                    metadata: {labels: {tier: back}}
                    spec: {containers: [{name: a, image: web}]}
                """);

        assertThat(mapped.flows("Service/shop/api", "Deployment/shop/api")).extracting(Element::name)
                .containsExactly("HTTP 8080", "TCP 9090");
        Element http = mapped.flows("Service/shop/api", "Deployment/shop/api").get(0);
        assertThat(http.get("protocol")).isEqualTo("HTTP");
        assertThat(http.get("dstPort")).isEqualTo(8080L);
        assertThat(http.location().orElseThrow().line()).isEqualTo(6);
        assertThat(mapped.flows("Service/shop/api", "Deployment/other/api")).isEmpty();
        assertThat(mapped.flows("Service/shop/api", "Deployment/shop/web")).isEmpty();
    }

    @Test
    void should_route_the_internet_through_an_ingress_to_its_backend_services() {
        MappedManifests mapped = MappedManifests.of(dir, """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: web, namespace: shop}
                spec:
                  tls:
                    - hosts: [shop.example.com]
                      secretName: shop-tls
                  rules:
                    - host: shop.example.com
                      http:
                        paths:
                          - path: /
                            pathType: Prefix
                            backend:
                              service: {name: web, port: {name: http}}
                ---
                kind: Service
                metadata: {name: web, namespace: shop}
                spec:
                  selector: {app: web}
                  ports: [{name: http, port: 8080}]
                ---
                kind: Deployment
                metadata: {name: web, namespace: shop}
                spec:
                  template:
                    metadata: {labels: {app: web}}
                    spec: {containers: [{name: w, image: web}]}
                """);

        Element entry = mapped.flow("Internet", "Ingress/shop/web");
        assertThat(entry.name()).isEqualTo("HTTPS 443");
        assertThat(entry.controls().is("isEncrypted")).isTrue();
        assertThat(entry.location().orElseThrow().line()).isEqualTo(9);
        Element backend = mapped.flow("Ingress/shop/web", "Service/shop/web");
        assertThat(backend.name()).isEqualTo("HTTP 8080");
        assertThat(backend.location().orElseThrow().line()).isEqualTo(15);
        assertThat(mapped.flow("Service/shop/web", "Deployment/shop/web").name()).isEqualTo("HTTP 8080");
        assertThat(mapped.element("Internet").type()).isEqualTo(ElementType.ACTOR);
    }

    @Test
    void should_forward_an_external_name_service_to_an_external_entity() {
        MappedManifests mapped = MappedManifests.of(dir, """
                kind: Service
                metadata: {name: payments, namespace: shop}
                spec:
                  type: ExternalName
                  externalName: api.payments.example
                """);

        Element flow = mapped.flow("Service/shop/payments", "api.payments.example");
        assertThat(flow.sink().type()).isEqualTo(ElementType.EXTERNAL_ENTITY);
        assertThat(flow.location().orElseThrow().line()).isEqualTo(5);
    }

    @Test
    void should_find_the_services_a_workload_calls_in_env_values_configmaps_and_args() {
        MappedManifests mapped = MappedManifests.of(dir, """
                kind: ConfigMap
                metadata: {name: settings, namespace: shop}
                data:
                  GREETING: hello cache
                  SEARCH: https://search.tools:9200/index
                ---
                kind: Deployment
                metadata: {name: web, namespace: shop}
                spec:
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers:
                        - name: w
                          image: web
                          args: ["--cache=$(CACHE_SERVICE_HOST)", "sleep cache"]
                          env:
                            - {name: API_URL, value: "http://api.backend.svc.cluster.local:8080/v1"}
                            - {name: REDIS, value: "cache:6379"}
                          envFrom:
                            - configMapRef: {name: settings}
                ---
                kind: Service
                metadata: {name: cache, namespace: shop}
                spec: {selector: {app: cache}, ports: [{port: 6379}]}
                ---
                kind: Service
                metadata: {name: api, namespace: backend}
                spec: {selector: {app: api}, ports: [{port: 8080}]}
                ---
                kind: Service
                metadata: {name: search, namespace: tools}
                spec: {selector: {app: search}, ports: [{port: 9200}]}
                """);

        assertThat(mapped.flows("Deployment/shop/web", "Service/shop/cache")).extracting(Element::name)
                .containsExactly("TCP 6379");
        assertThat(mapped.flow("Deployment/shop/web", "Service/shop/cache").location().orElseThrow().line())
                .isEqualTo(19);
        Element api = mapped.flow("Deployment/shop/web", "Service/backend/api");
        assertThat(api.name()).isEqualTo("HTTP 8080");
        assertThat(api.get("dstPort")).isEqualTo(8080L);
        assertThat(api.location().orElseThrow().line()).isEqualTo(18);
        Element search = mapped.flow("Deployment/shop/web", "Service/tools/search");
        assertThat(search.name()).isEqualTo("HTTPS 9200");
        assertThat(search.controls().is("isEncrypted")).isTrue();
        assertThat(search.location().orElseThrow().toString()).isEqualTo(mapped.file() + ":5:11");
        assertThat(mapped.model().dataflows()).filteredOn(f -> f.source().name().equals("Deployment/shop/web"))
                .hasSize(4);
    }

    @Test
    void should_find_a_service_through_its_injected_variables_in_its_own_namespace_only() {
        MappedManifests mapped = MappedManifests.of(dir, """
                kind: Pod
                metadata: {name: client, namespace: shop}
                spec:
                  containers:
                    - name: c
                      command: ["sh", "-c", "curl http://$(ORDER_API_SERVICE_HOST):$(ORDER_API_SERVICE_PORT)/"]
                      args: ["$(BILLING_SERVICE_HOST)"]
                ---
                kind: Service
                metadata: {name: order-api, namespace: shop}
                spec: {selector: {app: order}, ports: [{port: 8080}]}
                ---
                kind: Service
                metadata: {name: billing, namespace: finance}
                spec: {selector: {app: billing}, ports: [{port: 8080}]}
                """);

        Element order = mapped.flow("Pod/shop/client", "Service/shop/order-api");
        assertThat(order.name()).isEqualTo("TCP 8080");
        assertThat(order.location().orElseThrow().line()).isEqualTo(6);
        assertThat(mapped.flows("Pod/shop/client", "Service/finance/billing")).isEmpty();
    }

    @Test
    void should_keep_a_load_balancer_open_only_to_private_ranges_inside() {
        MappedManifests mapped = MappedManifests.of(dir, """
                kind: Service
                metadata: {name: private}
                spec: {type: LoadBalancer, loadBalancerSourceRanges: [10.0.0.0/8, 192.168.1.0/24], ports: [{port: 22}]}
                ---
                kind: Service
                metadata: {name: office}
                spec: {type: LoadBalancer, loadBalancerSourceRanges: [10.0.0.0/8, 203.0.113.0/24], ports: [{port: 22}]}
                """);

        assertThat(IacFacts.get(mapped.element("Service/default/private"), IacFacts.INTERNET_FACING)).isEmpty();
        assertThat(IacFacts.get(mapped.element("Service/default/private"), IacFacts.ADMIN_PORT)).isEmpty();
        assertThat(IacFacts.get(mapped.element("Service/default/office"), IacFacts.ADMIN_PORT)).isNotEmpty();
    }

    @Test
    void should_let_a_workload_read_the_secrets_and_configmaps_it_references() {
        MappedManifests mapped = MappedManifests.of(dir, """
                kind: Secret
                metadata: {name: db}
                ---
                kind: ConfigMap
                metadata: {name: conf}
                ---
                kind: Deployment
                metadata: {name: web}
                spec:
                  template:
                    spec:
                      volumes:
                        - {name: c, configMap: {name: conf}}
                      containers:
                        - name: w
                          env:
                            - name: DB_PASSWORD
                              valueFrom: {secretKeyRef: {name: db, key: password}}
                            - name: MISSING
                              valueFrom: {secretKeyRef: {name: not-declared, key: x}}
                """);

        Element secret = mapped.flow("Deployment/default/web", "Secret/default/db");
        assertThat(secret.name()).isEqualTo("reads");
        assertThat(secret.location().orElseThrow().line()).isEqualTo(18);
        assertThat(mapped.flow("Deployment/default/web", "ConfigMap/default/conf").location().orElseThrow().line())
                .isEqualTo(13);
        assertThat(mapped.element("Secret/default/db").type()).isEqualTo(ElementType.DATASTORE);
        assertThat(mapped.element("Secret/default/db").get("storesSensitiveData")).isEqualTo(true);
        assertThat(MappedManifests.fact(mapped.element("Deployment/default/web"), IacFacts.SECRET)).isEmpty();
    }

    @Test
    void should_map_list_items_at_their_own_lines() {
        MappedManifests mapped = MappedManifests.of(dir, """
                apiVersion: v1
                kind: List
                items:
                  - kind: Service
                    metadata: {name: a}
                  - kind: ServiceAccount
                    metadata: {name: b}
                """);

        assertThat(mapped.element("Service/default/a").location().orElseThrow().line()).isEqualTo(4);
        assertThat(mapped.element("ServiceAccount/default/b").location().orElseThrow().line()).isEqualTo(6);
        assertThat(mapped.element("ServiceAccount/default/b").type()).isEqualTo(ElementType.ACTOR);
    }

    @Test
    void should_make_the_same_model_from_the_same_manifests() {
        String yaml = """
                kind: Service
                metadata: {name: api, namespace: shop}
                spec: {type: NodePort, selector: {app: api}, ports: [{port: 22, nodePort: 30022}]}
                ---
                kind: Deployment
                metadata: {name: api, namespace: shop}
                spec:
                  template:
                    metadata: {labels: {app: api}}
                    spec:
                      hostNetwork: true
                      containers: [{name: a, env: [{name: TOKEN, value: abc}, {name: U, value: "http://api"}]}]
                ---
                kind: NetworkPolicy
                metadata: {name: deny, namespace: shop}
                spec: {podSelector: {}, policyTypes: [Ingress]}
                """;

        String first = MappedManifests.of(dir, yaml).printed();
        String second = MappedManifests.of(dir, yaml).printed();

        assertThat(second).isEqualTo(first).contains("iacAdminPort", "iacNodeTakeover", "iacSecret");
    }
}
