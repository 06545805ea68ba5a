package dev.tmj.iac.kubernetes;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What lets a container take over its node ({@link IacFacts#NODE_TAKEOVER}, threat IAC08) and the host access that
 * puts a workload across the node boundary: privileged containers, host namespaces, hostPath volumes, added
 * capabilities, privilege escalation. The fact names every cause, most dangerous first, and is located at that one.
 */
final class PodSecurity {
    /** Host paths that give the node away: its root, its processes, the container runtimes' sockets and state. */
    private static final Set<String> TAKEOVER_PATHS = Set.of("/", "/proc", "/run", "/var/run", "/var/run/docker.sock",
            "/run/docker.sock", "/var/run/containerd", "/run/containerd", "/var/run/containerd/containerd.sock",
            "/run/containerd/containerd.sock", "/var/run/crio/crio.sock", "/run/crio/crio.sock",
            "/var/run/cri-dockerd.sock", "/var/lib/docker", "/var/lib/containerd", "/var/lib/kubelet",
            "/etc/kubernetes");
    /** Capabilities that amount to root on the node (Checkov CKV_K8S_39 and the kernel's capabilities(7)). */
    private static final Set<String> TAKEOVER_CAPABILITIES = Set.of("ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE",
            "SYS_MODULE", "SYS_RAWIO", "DAC_READ_SEARCH", "BPF", "SYS_BOOT");

    /** One cause: how dangerous (lower first), whether it reaches the host, its text and where it is. */
    private record Cause(int rank, boolean takeover, String text, SourcePosition at) {
    }

    private PodSecurity() {
    }

    static void addTo(Cluster cluster) {
        for (Workload workload : cluster.workloads) {
            List<Cause> causes = causes(workload);
            List<Cause> takeover = causes.stream().filter(Cause::takeover).toList();
            if (!takeover.isEmpty()) {
                IacFacts.set(workload.element(), IacFacts.NODE_TAKEOVER, workload.object().id() + ": "
                        + takeover.stream().map(Cause::text).collect(Collectors.joining("; ")), takeover.get(0).at());
            }
            if (!causes.isEmpty()) {
                Cause first = causes.get(0);
                cluster.flow(workload.element(), cluster.host(first.at()), "host access", "host access", first.at())
                        .set("description", first.text());
            }
        }
    }

    /** Every host-reaching setting of the pod, most dangerous first, then in file order. */
    private static List<Cause> causes(Workload workload) {
        List<Cause> causes = new ArrayList<>();
        KubernetesObject object = workload.object();
        Map<String, Object> pod = workload.podSpec();
        for (Workload.Container container : workload.containers()) {
            String context = container.path() + ".securityContext";
            if (Tree.isTrue(container.body(), "securityContext.privileged")) {
                causes.add(cause(0, true, object, context + ".privileged", "true"));
            }
            List<?> added = Tree.list(container.body(), "securityContext.capabilities.add");
            for (int i = 0; i < added.size(); i++) {
                String capability = String.valueOf(added.get(i)).toUpperCase(java.util.Locale.ROOT);
                capability = capability.startsWith("CAP_") ? capability.substring(4) : capability;
                if (TAKEOVER_CAPABILITIES.contains(capability)) {
                    causes.add(cause(3, true, object, context + ".capabilities.add[" + i + "]", capability));
                }
            }
            if (Tree.isTrue(container.body(), "securityContext.allowPrivilegeEscalation")) {
                causes.add(cause(4, true, object, context + ".allowPrivilegeEscalation", "true"));
            }
        }
        List<?> volumes = Tree.list(pod, "volumes");
        for (int i = 0; i < volumes.size(); i++) {
            String path = Tree.text(volumes.get(i), "hostPath.path");
            if (!path.isEmpty()) {
                String normalized = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1)
                        : path;
                boolean takeover = TAKEOVER_PATHS.contains(normalized);
                causes.add(cause(takeover ? 1 : 5, takeover, object,
                        workload.path("volumes[" + i + "].hostPath.path"), path));
            }
        }
        for (String field : List.of("hostPID", "hostNetwork", "hostIPC")) {
            if (Tree.isTrue(pod, field)) {
                causes.add(cause(2, true, object, workload.path(field), "true"));
            }
        }
        causes.sort(Comparator.comparingInt(Cause::rank).thenComparingInt(c -> c.at().line())
                .thenComparingInt(c -> c.at().column()));
        return causes;
    }

    private static Cause cause(int rank, boolean takeover, KubernetesObject object, String path, String value) {
        return new Cause(rank, takeover, path + " = " + value, Cluster.at(object, path));
    }
}
