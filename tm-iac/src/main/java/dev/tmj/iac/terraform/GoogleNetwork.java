package dev.tmj.iac.terraform;

import static dev.tmj.iac.terraform.AwsNetwork.setOnce;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Google Cloud networks: VPC networks and subnetworks as boundaries, instances in the subnetwork of their interface,
 * ingress firewalls open to the Internet as Internet flows and facts on the instances they reach (by target tag, or
 * every instance of the network without one), GKE control planes without authorized networks or a private endpoint
 * as administrative ports, Cloud SQL's authorized networks that admit the Internet.
 * <p>
 * A firewall whose network has no instance still says what it opens: its open administrative ports are recorded on
 * the network's boundary, located at the firewall.
 */
final class GoogleNetwork {
    private static final Set<String> OPEN = Set.of("0.0.0.0/0", "::/0");
    private static final long[] ADMIN_PORTS = {22, 3389};
    private static final String[] WORKLOADS = {"google_compute_instance", "google_compute_instance_template"};

    private final TerraformMapping mapping;

    GoogleNetwork(TerraformMapping mapping) {
        this.mapping = mapping;
    }

    void addBoundaries() {
        Element project = mapping.account("google");
        for (Resource network : mapping.resources("google_compute_network")) {
            mapping.boundary(network, project, "VPC network");
        }
        for (Resource subnet : mapping.resources("google_compute_subnetwork")) {
            Element parent = mapping.referencedElements(subnet, "google_compute_network").stream().findFirst()
                    .orElse(project);
            mapping.boundary(subnet, parent, "VPC subnetwork");
        }
    }

    /** A resource's subnetwork, else its network, else (a node pool) its cluster's place, else the project. */
    Element placement(Resource resource) {
        return mapping.referencedElements(resource, "google_compute_subnetwork").stream().findFirst()
                .or(() -> mapping.referencedElements(resource, "google_compute_network").stream().findFirst())
                .or(() -> mapping.referenced(resource, "google_container_cluster").stream().findFirst()
                        .map(this::placement))
                .orElseGet(() -> mapping.account("google"));
    }

    void connect() {
        for (Resource firewall : mapping.resources("google_compute_firewall")) {
            firewall(firewall);
        }
        clusters();
        sqlInstances();
    }

    private void firewall(Resource firewall) {
        BlockValue body = firewall.body();
        String direction = BlockArguments.text(body, "direction").orElse("INGRESS");
        Optional<String> open = BlockArguments.texts(body, "source_ranges").stream().filter(OPEN::contains).findFirst();
        if (!direction.equalsIgnoreCase("INGRESS") || open.isEmpty()) {
            return;
        }
        List<String> tags = BlockArguments.texts(body, "target_tags");
        List<Resource> reached = new ArrayList<>();
        for (Resource network : mapping.referenced(firewall, "google_compute_network")) {
            for (Resource workload : mapping.resources(WORKLOADS)) {
                boolean inNetwork = workload.references().contains(network.baseAddress())
                        || mapping.referenced(workload, "google_compute_subnetwork").stream()
                                .anyMatch(s -> s.references().contains(network.baseAddress()));
                List<String> own = BlockArguments.texts(workload.body(), "tags");
                if (inNetwork && (tags.isEmpty() || own.stream().anyMatch(tags::contains))) {
                    reached.add(workload);
                }
            }
        }
        for (BlockValue allow : body.blocks("allow")) {
            String protocol = BlockArguments.text(allow, "protocol").orElse("all").toLowerCase(Locale.ROOT);
            List<String> ports = BlockArguments.texts(allow, "ports");
            String cause = firewall.address() + ": allow " + protocol + (ports.isEmpty() ? " on every port"
                    : " " + String.join(",", ports)) + " from " + open.get();
            Optional<Long> adminPort = adminPort(protocol, ports);
            if (reached.isEmpty()) {
                adminPort.ifPresent(port -> mapping.referencedElements(firewall, "google_compute_network")
                        .forEach(n -> setOnce(n, IacFacts.ADMIN_PORT, cause + " (administrative port " + port
                                + "; no instance of the network yet)", allow.position())));
            }
            for (Resource workload : reached) {
                Element element = mapping.elementOf(workload).orElseThrow();
                adminPort.ifPresent(port -> setOnce(element, IacFacts.ADMIN_PORT, cause + " (administrative port "
                        + port + ")", allow.position()));
                if (workload.body().blocks("network_interface").stream()
                        .anyMatch(nic -> !nic.blocks("access_config").isEmpty())) {
                    setOnce(element, IacFacts.INTERNET_FACING, cause + " to " + workload.address()
                            + ", which has an external IP", allow.position());
                }
                Element flow = mapping.flow(mapping.internet(), element, protocol.toUpperCase(Locale.ROOT)
                        + (ports.isEmpty() ? "" : " " + String.join(",", ports)), firewall.type(), allow.position());
                flow.set("protocol", protocol.toUpperCase(Locale.ROOT));
            }
        }
    }

    private static Optional<Long> adminPort(String protocol, List<String> ports) {
        if (!protocol.equals("tcp") && !protocol.equals("all")) {
            return Optional.empty();
        }
        for (long port : ADMIN_PORTS) {
            if (ports.isEmpty()) {
                return Optional.of(port);
            }
            for (String range : ports) {
                String[] ends = range.split("-");
                try {
                    if (Long.parseLong(ends[0].trim()) <= port && port <= Long.parseLong(ends[ends.length - 1].trim())) {
                        return Optional.of(port);
                    }
                } catch (NumberFormatException e) {
                    // a port tmj cannot read opens nothing it can name
                }
            }
        }
        return Optional.empty();
    }

    /** GKE: a public endpoint with no authorized networks; legacy ABAC grants broad access. */
    private void clusters() {
        for (Resource cluster : mapping.resources("google_container_cluster")) {
            Element element = mapping.elementOf(cluster).orElseThrow();
            boolean privateEndpoint = BlockArguments.block(cluster.body(), "private_cluster_config")
                    .map(b -> BlockArguments.isTrue(b, "enable_private_endpoint")).orElse(false);
            List<BlockValue> authorized = cluster.body().blocks("master_authorized_networks_config");
            Optional<BlockValue> everyone = authorized.stream().flatMap(b -> b.blocks("cidr_blocks").stream())
                    .filter(c -> BlockArguments.text(c, "cidr_block").filter(OPEN::contains).isPresent()).findFirst();
            if (!privateEndpoint && authorized.isEmpty()) {
                setOnce(element, IacFacts.ADMIN_PORT, cluster.address() + ": the control plane's endpoint is public"
                        + " with no master_authorized_networks_config", cluster.position());
            } else if (!privateEndpoint && everyone.isPresent()) {
                setOnce(element, IacFacts.ADMIN_PORT, cluster.address() + ": master_authorized_networks_config"
                        + " admits " + BlockArguments.text(everyone.get(), "cidr_block").orElse(""),
                        everyone.get().position());
            }
            if (BlockArguments.isTrue(cluster.body(), "enable_legacy_abac")) {
                setOnce(element, IacFacts.PERMISSIVE, cluster.address() + ": enable_legacy_abac = true",
                        BlockArguments.at(cluster.body(), "enable_legacy_abac"));
            }
        }
    }

    /** Cloud SQL: an authorized network of 0.0.0.0/0 admits the Internet; without required SSL in plaintext. */
    private void sqlInstances() {
        for (Resource instance : mapping.resources("google_sql_database_instance")) {
            Element element = mapping.elementOf(instance).orElseThrow();
            for (BlockValue settings : instance.body().blocks("settings")) {
                for (BlockValue ip : settings.blocks("ip_configuration")) {
                    for (BlockValue network : ip.blocks("authorized_networks")) {
                        Optional<String> value = BlockArguments.text(network, "value").filter(OPEN::contains);
                        if (value.isEmpty()) {
                            continue;
                        }
                        setOnce(element, IacFacts.PUBLIC_DATA, instance.address() + ": authorized_networks admits "
                                + value.get(), network.position());
                        boolean ssl = BlockArguments.isTrue(ip, "require_ssl") || BlockArguments.text(ip, "ssl_mode")
                                .filter(m -> m.startsWith("ENCRYPTED_ONLY") || m.startsWith("TRUSTED")).isPresent();
                        Element flow = mapping.flow(mapping.internet(), element, "SQL", instance.type(),
                                network.position());
                        flow.controls().set("isEncrypted", ssl);
                        if (!ssl) {
                            setOnce(flow, IacFacts.PLAINTEXT, instance.address() + ": ip_configuration does not"
                                    + " require SSL for clients the Internet has", ip.position());
                        }
                    }
                }
            }
        }
    }
}
