package dev.tmj.iac.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.SharedIac;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** kubernetes-goat's manifests (../shared/iac, skipped when absent): plain ones read, its Helm charts noted. */
class KubernetesGoatTest {

    @Test
    void should_read_kubernetes_goat_scenarios_and_note_its_unrendered_helm_chart() {
        Path scenarios = SharedIac.folder("kubernetes-goat/scenarios");

        KubernetesManifests manifests = KubernetesManifests.read(scenarios);

        assertThat(manifests.objects()).extracting(KubernetesObject::id).contains(
                "Job/default/batch-check-job",
                "Deployment/default/build-code-deployment", "Service/default/build-code-service",
                "Namespace/secure-middleware", "Service/secure-middleware/cache-store-service",
                "Deployment/secure-middleware/cache-store-deployment",
                "DaemonSet/default/docker-bench-security",
                "Deployment/default/health-check-deployment", "Service/default/health-check-service",
                "Job/default/hidden-in-layers",
                "Namespace/big-monolith", "Role/big-monolith/secret-reader",
                "RoleBinding/big-monolith/secret-reader-binding", "Secret/big-monolith/vaultapikey",
                "Secret/big-monolith/webhookapikey", "Deployment/big-monolith/hunger-check-deployment",
                "Service/big-monolith/hunger-check-service",
                "ServiceAccount/kube-system/superadmin", "ClusterRoleBinding/superadmin",
                "Deployment/default/internal-proxy-deployment", "Service/default/internal-proxy-api-service",
                "Service/default/internal-proxy-info-app-service",
                "Job/default/kube-bench-master", "Job/default/kube-bench-node",
                "Deployment/default/kubernetes-goat-home-deployment", "Service/default/kubernetes-goat-home-service",
                "ClusterPolicy/deny-exec-in-vault-namespace",
                "Deployment/default/poor-registry-deployment", "Service/default/poor-registry-service",
                "Secret/default/goatvault", "Deployment/default/system-monitor-deployment",
                "Service/default/system-monitor-service");
        assertThat(manifests.objects()).extracting(KubernetesObject::id).doesNotHaveDuplicates()
                .noneMatch(id -> id.contains("metadata-db"));
        assertThat(manifests.notes()).singleElement().asString().endsWith(
                "kubernetes-goat/scenarios/metadata-db: unrendered Helm template: run helm template first");

        KubernetesObject monitor = manifests.objects().stream()
                .filter(o -> o.id().equals("Deployment/default/system-monitor-deployment")).findFirst().orElseThrow();
        assertThat(monitor.position().file()).endsWith("scenarios/system-monitor/deployment.yaml");
        assertThat(monitor.position().line()).isEqualTo(11);
        assertThat(monitor.positionOf("spec.template.spec.containers[0].securityContext.privileged")).get()
                .extracting(p -> p.line()).isEqualTo(41);
    }

    @Test
    void should_note_the_helm_tiller_pwnchart_as_unrendered_in_one_line() {
        Path helmTiller = SharedIac.folder("kubernetes-goat/infrastructure/helm-tiller");

        KubernetesManifests manifests = KubernetesManifests.read(helmTiller);

        assertThat(manifests.objects()).isEmpty();
        assertThat(manifests.notes()).containsExactly(
                helmTiller.resolve("pwnchart") + ": unrendered Helm template: run helm template first");
    }
}
