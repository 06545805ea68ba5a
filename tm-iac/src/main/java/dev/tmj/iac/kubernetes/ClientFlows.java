package dev.tmj.iac.kubernetes;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import dev.tmj.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flows from a workload to the Services it calls, found where the code names them: environment variable values,
 * the ConfigMap data it reads ({@code envFrom}, {@code configMapKeyRef}), container {@code args} and
 * {@code command}. A Service is named {@code svc.ns}, {@code svc.ns.svc} or {@code svc.ns.svc.cluster.local} from
 * anywhere, or {@code svc} alone from its own namespace (only as a URL's host, before a port, after {@code =} or
 * {@code @}, or as the whole value, so that words of a sentence are not taken for names), or through the variables
 * Kubernetes injects ({@code $(SVC_SERVICE_HOST)}). The flow is located at the value that names the Service; plain
 * HTTP to another namespace is {@link IacFacts#PLAINTEXT}.
 */
final class ClientFlows {
    private static final Pattern HOST = Pattern.compile("(?:([a-z][a-z0-9+.-]*)://)?(?:[^@/\\s\"']*@)?"
            + "([a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*)(?::(\\d{1,5}))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INJECTED = Pattern.compile("\\b([A-Z][A-Z0-9_]*)_SERVICE_(?:HOST|PORT)\\b");

    /** A literal that may name a Service: what it is ({@code ...env[0] (API_URL)}) and where. */
    private record Text(String value, String what, SourcePosition at) {
    }

    /** A Service named in a text: the Service, the URL's scheme (or empty) and port (or -1). */
    private record Call(KubernetesObject service, String scheme, long port) {
    }

    private ClientFlows() {
    }

    static void addTo(Cluster cluster) {
        for (Workload workload : cluster.workloads) {
            for (Text text : texts(cluster, workload)) {
                for (Call call : calls(cluster, workload.namespace(), text.value())) {
                    if (!Services.selected(cluster, call.service()).contains(workload)) {
                        flow(cluster, workload, text, call);
                    }
                }
            }
        }
    }

    private static void flow(Cluster cluster, Workload workload, Text text, Call call) {
        List<Services.Port> ports = Services.ports(call.service());
        Optional<Services.Port> port = ports.stream().filter(p -> p.port() == call.port()).findFirst()
                .or(() -> ports.stream().findFirst());
        long number = call.port() > 0 ? call.port() : Ports.defaultPort(call.scheme()) > 0
                ? Ports.defaultPort(call.scheme()) : port.map(Services.Port::port).orElse(-1L);
        Ports.Protocol protocol = !call.scheme().isEmpty() ? Ports.ofScheme(call.scheme())
                : port.map(Services.Port::protocol).orElseGet(() -> Ports.of("", "", "", number));
        String name = protocol.name() + (number > 0 ? " " + number : "");
        Element flow = Services.flow(cluster, workload.element(), cluster.element(call.service()), name, "calls",
                protocol, number, text.at());
        String serviceNs = call.service().namespace().orElse("default");
        if (protocol.isHttp() && !serviceNs.equals(workload.namespace())
                && IacFacts.get(flow, IacFacts.PLAINTEXT).isEmpty()) {
            IacFacts.set(flow, IacFacts.PLAINTEXT, workload.object().id() + ": " + text.what() + " calls "
                    + call.service().id() + " over HTTP from namespace " + workload.namespace(), text.at());
        }
    }

    /** The literals of a workload that may name a Service, in file order. */
    private static List<Text> texts(Cluster cluster, Workload workload) {
        List<Text> texts = new ArrayList<>();
        KubernetesObject object = workload.object();
        for (Workload.Container container : workload.containers()) {
            List<?> env = Tree.list(container.body(), "env");
            for (int i = 0; i < env.size(); i++) {
                String path = container.path() + ".env[" + i + "]";
                String what = path + " (" + Tree.text(env.get(i), "name") + ")";
                texts.add(new Text(Tree.text(env.get(i), "value"), what, Cluster.at(object, path)));
                String configMap = Tree.text(env.get(i), "valueFrom.configMapKeyRef.name");
                String key = Tree.text(env.get(i), "valueFrom.configMapKeyRef.key");
                configMapData(cluster, workload, configMap).filter(data -> data.containsKey(key))
                        .ifPresent(data -> texts.add(data.get(key)));
            }
            for (Object from : Tree.list(container.body(), "envFrom")) {
                configMapData(cluster, workload, Tree.text(from, "configMapRef.name"))
                        .ifPresent(data -> texts.addAll(data.values()));
            }
            for (String field : List.of("command", "args")) {
                List<?> words = Tree.list(container.body(), field);
                for (int i = 0; i < words.size(); i++) {
                    String path = container.path() + "." + field + "[" + i + "]";
                    texts.add(new Text(String.valueOf(words.get(i)), path, Cluster.at(object, path)));
                }
            }
        }
        return texts;
    }

    /** A ConfigMap's data values of the workload's namespace, by key, each located at its key. */
    private static Optional<Map<String, Text>> configMapData(Cluster cluster, Workload workload, String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return cluster.object("ConfigMap/" + workload.namespace() + "/" + name).map(configMap -> {
            Map<String, Text> data = new LinkedHashMap<>();
            Tree.map(configMap.body(), "data").forEach((key, value) -> {
                String path = Tree.join("data", key);
                data.put(key, new Text(value == null ? "" : value.toString(), configMap.id() + " " + path,
                        Cluster.at(configMap, path)));
            });
            return data;
        });
    }

    /** The Services a text names, in the order it names them. */
    private static List<Call> calls(Cluster cluster, String namespace, String text) {
        List<Call> calls = new ArrayList<>();
        if (text.isBlank()) {
            return calls;
        }
        Matcher injected = INJECTED.matcher(text);
        while (injected.find()) {
            String variable = injected.group(1);
            for (KubernetesObject service : cluster.ofKind("Service")) {
                if (service.namespace().orElse("").equals(namespace) && service.name()
                        .toUpperCase(Locale.ROOT).replace('-', '_').equals(variable)) {
                    calls.add(new Call(service, "", -1));
                }
            }
        }
        Matcher host = HOST.matcher(text);
        while (host.find()) {
            String scheme = host.group(1) == null ? "" : host.group(1);
            String name = host.group(2).toLowerCase(Locale.ROOT);
            long port = host.group(3) == null ? -1 : Long.parseLong(host.group(3));
            service(cluster, namespace, name, !scheme.isEmpty() || port > 0 || bare(text, host))
                    .ifPresent(service -> calls.add(new Call(service, scheme, port)));
        }
        return calls;
    }

    /** Whether a bare name stands on its own: the whole value, or right after {@code =} or {@code @}. */
    private static boolean bare(String text, Matcher host) {
        if (text.strip().equals(host.group())) {
            return true;
        }
        int before = host.start() - 1;
        return before >= 0 && (text.charAt(before) == '=' || text.charAt(before) == '@');
    }

    /** The Service a host name names: qualified from anywhere, bare from its own namespace when it stands alone. */
    private static Optional<KubernetesObject> service(Cluster cluster, String namespace, String host,
            boolean alone) {
        String[] parts = host.split("\\.");
        if (parts.length == 1) {
            return alone ? cluster.object("Service/" + namespace + "/" + host) : Optional.empty();
        }
        String suffix = host.substring(parts[0].length() + parts[1].length() + 1);
        boolean qualified = suffix.isEmpty() || suffix.equals(".svc") || suffix.equals(".svc.cluster.local");
        return qualified ? cluster.object("Service/" + parts[1] + "/" + parts[0]) : Optional.empty();
    }
}
