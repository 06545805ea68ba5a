package dev.tmj.iac.kubernetes;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Secrets and ConfigMaps as data stores: the workloads that reference them read them (a flow located at the first
 * reference), and literal secrets are facts ({@link IacFacts#SECRET}, threat IAC04) naming the key, never the
 * value: a Secret manifest holding {@code data} or {@code stringData}, a ConfigMap key that looks like a password or
 * token, an environment variable given a secret-looking literal.
 */
final class ConfigData {
    private ConfigData() {
    }

    static void addTo(Cluster cluster) {
        for (KubernetesObject object : cluster.objects) {
            if (object.kind().equals("Secret")) {
                secretManifest(cluster, object);
            } else if (object.kind().equals("ConfigMap")) {
                configMap(cluster, object);
            }
        }
        for (Workload workload : cluster.workloads) {
            literalEnvironment(workload);
            references(workload).forEach((id, at) -> cluster.element(id).ifPresent(store ->
                    cluster.flow(workload.element(), store, "reads", "reads", at)));
        }
    }

    private static void secretManifest(Cluster cluster, KubernetesObject secret) {
        List<String> keys = new ArrayList<>();
        SourcePosition first = null;
        for (String field : List.of("data", "stringData")) {
            for (String key : Tree.map(secret.body(), field).keySet()) {
                String path = Tree.join(field, key);
                keys.add(path);
                first = first == null ? Cluster.at(secret, path) : first;
            }
        }
        if (!keys.isEmpty()) {
            IacFacts.set(cluster.element(secret), IacFacts.SECRET, secret.id() + ": " + String.join(", ", keys)
                    + (keys.size() == 1 ? " is" : " are") + " written in the manifest", first);
        }
    }

    private static void configMap(Cluster cluster, KubernetesObject configMap) {
        List<String> keys = new ArrayList<>();
        SourcePosition first = null;
        for (var entry : Tree.map(configMap.body(), "data").entrySet()) {
            if (entry.getValue() instanceof String value && SecretText.isSecret(entry.getKey(), value)) {
                String path = Tree.join("data", entry.getKey());
                keys.add(path);
                first = first == null ? Cluster.at(configMap, path) : first;
            }
        }
        if (!keys.isEmpty()) {
            IacFacts.set(cluster.element(configMap), IacFacts.SECRET, configMap.id() + ": " + String.join(", ", keys)
                    + (keys.size() == 1 ? " holds" : " hold") + " a literal secret", first);
        }
    }

    private static void literalEnvironment(Workload workload) {
        List<String> causes = new ArrayList<>();
        SourcePosition first = null;
        for (Workload.Container container : workload.containers()) {
            List<?> env = Tree.list(container.body(), "env");
            for (int i = 0; i < env.size(); i++) {
                String name = Tree.text(env.get(i), "name");
                String value = Tree.text(env.get(i), "value");
                if (SecretText.isSecret(name, value)) {
                    String path = container.path() + ".env[" + i + "]";
                    causes.add(path + " (" + name + ")");
                    first = first == null ? Cluster.at(workload.object(), path) : first;
                }
            }
        }
        if (!causes.isEmpty()) {
            IacFacts.set(workload.element(), IacFacts.SECRET, workload.object().id() + ": "
                    + String.join(", ", causes) + (causes.size() == 1 ? " has" : " have") + " a literal secret value",
                    first);
        }
    }

    /** The Secrets and ConfigMaps a workload references ({@code Secret/ns/name}), each at its first reference. */
    static Map<String, SourcePosition> references(Workload workload) {
        Map<String, SourcePosition> found = new LinkedHashMap<>();
        String ns = workload.namespace();
        KubernetesObject object = workload.object();
        for (Workload.Container container : workload.containers()) {
            List<?> env = Tree.list(container.body(), "env");
            for (int i = 0; i < env.size(); i++) {
                String path = container.path() + ".env[" + i + "].valueFrom";
                reference(found, "Secret", ns, Tree.text(env.get(i), "valueFrom.secretKeyRef.name"), object, path);
                reference(found, "ConfigMap", ns, Tree.text(env.get(i), "valueFrom.configMapKeyRef.name"), object,
                        path);
            }
            List<?> envFrom = Tree.list(container.body(), "envFrom");
            for (int i = 0; i < envFrom.size(); i++) {
                String path = container.path() + ".envFrom[" + i + "]";
                reference(found, "Secret", ns, Tree.text(envFrom.get(i), "secretRef.name"), object, path);
                reference(found, "ConfigMap", ns, Tree.text(envFrom.get(i), "configMapRef.name"), object, path);
            }
        }
        List<?> volumes = Tree.list(workload.podSpec(), "volumes");
        for (int i = 0; i < volumes.size(); i++) {
            String path = workload.path("volumes[" + i + "]");
            reference(found, "Secret", ns, Tree.text(volumes.get(i), "secret.secretName"), object, path);
            reference(found, "ConfigMap", ns, Tree.text(volumes.get(i), "configMap.name"), object, path);
            List<?> sources = Tree.list(volumes.get(i), "projected.sources");
            for (Object source : sources) {
                reference(found, "Secret", ns, Tree.text(source, "secret.name"), object, path);
                reference(found, "ConfigMap", ns, Tree.text(source, "configMap.name"), object, path);
            }
        }
        return found;
    }

    private static void reference(Map<String, SourcePosition> found, String kind, String ns, String name,
            KubernetesObject object, String path) {
        if (!name.isEmpty()) {
            found.putIfAbsent(kind + "/" + ns + "/" + name, Cluster.at(object, path));
        }
    }
}
