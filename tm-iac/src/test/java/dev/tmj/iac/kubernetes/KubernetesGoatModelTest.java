package dev.tmj.iac.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.SharedIac;
import dev.tmj.model.Model;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Resolver;
import dev.tmj.threat.ThreatLibrary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * kubernetes-goat (../shared/iac, skipped when absent) mapped and checked with {@code builtin:iac}: its plain
 * manifests import, its two Helm charts are one note each, and its known problems are findings at their lines.
 */
class KubernetesGoatModelTest {

    @Test
    void should_import_the_plain_manifests_and_say_in_one_line_each_that_the_two_helm_charts_are_unrendered() {
        Path goat = SharedIac.folder("kubernetes-goat");

        KubernetesManifests manifests = KubernetesManifests.read(goat);
        Model model = Model.named("kubernetes-goat");
        KubernetesModel.addTo(model, manifests);

        assertThat(manifests.notes()).hasSize(2).allSatisfy(note -> assertThat(note)
                .endsWith(": unrendered Helm template: run helm template first"));
        assertThat(manifests.notes().get(0)).endsWith("infrastructure/helm-tiller/pwnchart: "
                + KubernetesManifests.UNRENDERED);
        assertThat(manifests.notes().get(1)).endsWith("scenarios/metadata-db: " + KubernetesManifests.UNRENDERED);
        assertThat(model.elements()).filteredOn(e -> !e.isDataflow() && !e.isBoundary())
                .hasSizeGreaterThanOrEqualTo(manifests.objects().size() - 2);
    }

    @Test
    void should_find_kubernetes_goats_known_problems_at_their_lines() {
        Path scenarios = SharedIac.folder("kubernetes-goat/scenarios");
        Model model = Model.named("kubernetes-goat");
        KubernetesModel.addTo(model, KubernetesManifests.read(scenarios));

        List<String> findings = Resolver.resolve(model, ThreatLibrary.builtIn("iac")).findings().stream()
                .filter(f -> !f.threatId().equals("IAC07")).map(f -> describe(scenarios, f)).toList();

        assertThat(findings).contains(
                "IAC08 Deployment/default/system-monitor-deployment system-monitor/deployment.yaml:41",
                "IAC08 DaemonSet/default/docker-bench-security docker-bench-security/deployment.yaml:45",
                "IAC08 Deployment/default/health-check-deployment health-check/deployment.yaml:25",
                "IAC08 Job/default/kube-bench-master kube-bench-security/master-job.yaml:80",
                "IAC08 Job/default/kube-bench-node kube-bench-security/node-job.yaml:57",
                "IAC03 ServiceAccount/kube-system/superadmin insecure-rbac/setup.yaml:14",
                "IAC03 ServiceAccount/big-monolith/big-monolith-sa hunger-check/deployment.yaml:13",
                "IAC04 Secret/default/goatvault system-monitor/deployment.yaml:8",
                "IAC04 Secret/big-monolith/vaultapikey hunger-check/deployment.yaml:44",
                "IAC04 Secret/big-monolith/webhookapikey hunger-check/deployment.yaml:53",
                "IAC01 Service/default/internal-proxy-info-app-service internal-proxy/deployment.yaml:60",
                "IAC09 Deployment/default/build-code-deployment build-code/deployment.yaml:1",
                "IAC09 Deployment/secure-middleware/cache-store-deployment cache-store/deployment.yaml:19");
        // kubernetes-goat declares no NetworkPolicy: every one of its 13 workloads is open
        assertThat(findings).filteredOn(f -> f.startsWith("IAC09")).hasSize(13);
        assertThat(findings).filteredOn(f -> f.startsWith("IAC06") || f.startsWith("IAC02")).isEmpty();
        Finding monitor = Resolver.resolve(model, ThreatLibrary.builtIn("iac")).findings().stream()
                .filter(f -> f.threatId().equals("IAC08")
                        && f.element().name().equals("Deployment/default/system-monitor-deployment"))
                .findFirst().orElseThrow();
        assertThat(monitor.details()).contains("privileged = true", "hostPath.path = /", "hostPID = true",
                "hostIPC = true", "allowPrivilegeEscalation = true");
    }

    private static String describe(Path scenarios, Finding finding) {
        var location = finding.location().orElseThrow();
        String file = location.file().replace('\\', '/');
        String prefix = scenarios.toString().replace('\\', '/') + "/";
        return finding.threatId() + " " + finding.element().name() + " "
                + (file.startsWith(prefix) ? file.substring(prefix.length()) : file) + ":" + location.line();
    }
}
