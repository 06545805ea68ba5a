package dev.tmj.iac.kubernetes;

import static dev.tmj.iac.kubernetes.MappedManifests.fact;
import static dev.tmj.iac.kubernetes.MappedManifests.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NetworkPolicy semantics: selection, isolation, allowances and the workloads no policy selects. */
class NetworkPoliciesTest {
    @TempDir
    Path dir;

    private static final String WORKLOADS = """
            kind: Namespace
            metadata: {name: shop, labels: {team: shop}}
            ---
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: w, env: [{name: API, value: "http://api:8080"}]}]}
            ---
            kind: Deployment
            metadata: {name: api, namespace: shop}
            spec:
              template:
                metadata: {labels: {app: api}}
                spec: {containers: [{name: a}]}
            ---
            kind: Service
            metadata: {name: api, namespace: shop}
            spec: {selector: {app: api}, ports: [{name: http, port: 8080}]}
            ---
            kind: Deployment
            metadata: {name: batch, namespace: jobs}
            spec:
              template:
                metadata: {labels: {app: batch}}
                spec: {containers: [{name: b, env: [{name: API, value: "http://api.shop:8080"}]}]}
            """;

    @Test
    void should_mark_workloads_no_policy_selects_and_name_why() {
        MappedManifests mapped = MappedManifests.of(dir, WORKLOADS + """
                ---
                kind: NetworkPolicy
                metadata: {name: api-only, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app: api}}
                  policyTypes: [Ingress]
                """);

        Element web = mapped.element("Deployment/shop/web");
        assertThat(fact(web, IacFacts.NO_NETWORK_POLICY)).isEqualTo(
                "Deployment/shop/web: no NetworkPolicy of namespace shop selects its pods (app=web)");
        assertThat(line(web, IacFacts.NO_NETWORK_POLICY)).isEqualTo(4);
        assertThat(fact(mapped.element("Deployment/jobs/batch"), IacFacts.NO_NETWORK_POLICY))
                .isEqualTo("Deployment/jobs/batch: namespace jobs has no NetworkPolicy");
        assertThat(fact(mapped.element("Deployment/shop/api"), IacFacts.NO_NETWORK_POLICY)).isEmpty();
    }

    @Test
    void should_keep_a_denied_call_out_of_scope_and_describe_an_admitted_one() {
        MappedManifests mapped = MappedManifests.of(dir, WORKLOADS + """
                ---
                kind: NetworkPolicy
                metadata: {name: api-from-web, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app: api}}
                  ingress:
                    - from: [{podSelector: {matchLabels: {app: web}}}]
                      ports: [{port: 8080}]
                """);

        Element fromWeb = mapped.flow("Deployment/shop/web", "Service/shop/api");
        assertThat(fromWeb.inScope()).isTrue();
        assertThat(fromWeb.get("description")).isEqualTo(
                "Allowed by NetworkPolicy: Deployment/shop/api: admitted by NetworkPolicy/shop/api-from-web "
                        + "spec.ingress[0]");
        Element fromBatch = mapped.flow("Deployment/jobs/batch", "Service/shop/api");
        assertThat(fromBatch.inScope()).isFalse();
        assertThat(fromBatch.get("description")).isEqualTo("Denied by NetworkPolicy: Deployment/shop/api "
                + "(ingress isolated by NetworkPolicy/shop/api-from-web)");
        assertThat(mapped.flows("Deployment/shop/web", "Deployment/shop/api")).isEmpty();
    }

    @Test
    void should_admit_by_namespace_label_and_turn_allowances_without_a_call_into_flows() {
        MappedManifests mapped = MappedManifests.of(dir, WORKLOADS + """
                ---
                kind: NetworkPolicy
                metadata: {name: web-ingress, namespace: shop}
                spec:
                  podSelector: {}
                  policyTypes: [Ingress, Egress]
                  ingress:
                    - from:
                        - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: jobs}}
                        - podSelector: {matchExpressions: [{key: app, operator: In, values: [web]}]}
                  egress:
                    - to: [{ipBlock: {cidr: 0.0.0.0/0}}]
                """);

        assertThat(mapped.flow("Deployment/jobs/batch", "Service/shop/api").inScope()).isTrue();
        assertThat(mapped.flow("Deployment/shop/web", "Service/shop/api").inScope()).isFalse();
        assertThat(mapped.flow("Deployment/shop/web", "Service/shop/api").get("description")).asString()
                .contains("egress isolated by NetworkPolicy/shop/web-ingress");
        Element allowed = mapped.flow("Deployment/jobs/batch", "Deployment/shop/web");
        assertThat(allowed.name()).isEqualTo("allowed");
        assertThat(allowed.location().orElseThrow().line()).isEqualTo(36);
        Element egress = mapped.flow("Deployment/shop/api", "0.0.0.0/0");
        assertThat(egress.location().orElseThrow().line()).isEqualTo(39);
        assertThat(fact(mapped.element("Deployment/shop/web"), IacFacts.NO_NETWORK_POLICY)).isEmpty();
    }
}
