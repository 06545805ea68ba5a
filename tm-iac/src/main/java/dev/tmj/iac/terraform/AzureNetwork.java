package dev.tmj.iac.terraform;

import static dev.tmj.iac.terraform.AwsNetwork.setOnce;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Azure networks: virtual networks and their subnets as boundaries, machines placed in the subnet of their network
 * interface, network security group rules open to the Internet as Internet flows and facts on the machines they
 * protect (through a subnet or interface association), an AKS API server without authorized ranges or a private
 * cluster as an administrative port, and Application Gateway listeners as entry points.
 * <p>
 * A security group attached to nothing still says what its author means to open: its open administrative ports are
 * recorded on the subscription's boundary, located at the rule, so the rule is not lost before it is attached.
 */
final class AzureNetwork {
    /** Source prefixes that mean anyone: Azure's service tags and the whole address space. */
    private static final Set<String> OPEN = Set.of("*", "internet", "any", "0.0.0.0/0", "0.0.0.0", "::/0");
    private static final long[] ADMIN_PORTS = {22, 3389, 5985, 5986};
    private static final String[] MACHINES = {"azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine",
        "azurerm_virtual_machine", "azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set"};

    private final TerraformMapping mapping;

    AzureNetwork(TerraformMapping mapping) {
        this.mapping = mapping;
    }

    /** Virtual networks in the subscription, subnets inside the network they name. */
    void addBoundaries() {
        Element account = mapping.account("azurerm");
        for (Resource network : mapping.resources("azurerm_virtual_network")) {
            mapping.boundary(network, account, "Azure virtual network");
        }
        for (Resource subnet : mapping.resources("azurerm_subnet")) {
            Element parent = mapping.referencedElements(subnet, "azurerm_virtual_network").stream().findFirst()
                    .orElse(account);
            mapping.boundary(subnet, parent, "Azure subnet");
        }
    }

    /** The boundary a resource sits in: its interface's subnet, an AKS pool's subnet, else the subscription. */
    Element placement(Resource resource) {
        for (Resource nic : mapping.referenced(resource, "azurerm_network_interface")) {
            Optional<Element> subnet = mapping.referencedElements(nic, "azurerm_subnet").stream().findFirst();
            if (subnet.isPresent()) {
                return subnet.get();
            }
        }
        return mapping.referencedElements(resource, "azurerm_subnet").stream().findFirst()
                .orElseGet(() -> mapping.account("azurerm"));
    }

    void connect() {
        for (Rule rule : inboundRules()) {
            if (!rule.open()) {
                continue;
            }
            List<Element> targets = protectedBy(rule.group());
            if (targets.isEmpty()) {
                adminPort(mapping.account("azurerm"), rule, " (the group is attached to nothing yet)");
            }
            for (Element target : targets) {
                adminPort(target, rule, "");
                Element flow = mapping.flow(mapping.internet(), target, rule.flowName(), rule.group().type(),
                        rule.at());
                rule.port().ifPresent(port -> flow.set("dstPort", port.intValue()));
                flow.set("protocol", rule.protocol().toUpperCase(Locale.ROOT));
            }
        }
        publicMachines();
        clusters();
        gateways();
    }

    private void adminPort(Element element, Rule rule, String note) {
        for (long port : ADMIN_PORTS) {
            if (rule.covers(port)) {
                setOnce(element, IacFacts.ADMIN_PORT, rule.cause() + " allows port " + port + " from "
                        + rule.source() + note, rule.at());
                return;
            }
        }
    }

    /** An NSG's inbound allow rules, inline {@code security_rule} blocks and rule resources, in input order. */
    private List<Rule> inboundRules() {
        List<Rule> rules = new ArrayList<>();
        for (Resource group : mapping.resources("azurerm_network_security_group")) {
            for (BlockValue block : group.body().blocks("security_rule")) {
                rules.add(Rule.of(group, group.address() + ": security_rule "
                        + BlockArguments.text(block, "name").orElse("?"), block));
            }
        }
        for (Resource rule : mapping.resources("azurerm_network_security_rule")) {
            for (Resource group : mapping.referenced(rule, "azurerm_network_security_group")) {
                rules.add(Rule.of(group, rule.address(), rule.body()));
            }
        }
        return rules;
    }

    /** The machines an NSG protects: through a NIC association or the subnet association of their subnet. */
    private List<Element> protectedBy(Resource group) {
        Set<Element> found = new LinkedHashSet<>();
        for (Resource association : mapping.referencing(group, "azurerm_network_interface_security_group_association")) {
            for (Resource nic : mapping.referenced(association, "azurerm_network_interface")) {
                mapping.referencing(nic, MACHINES).forEach(m -> mapping.elementOf(m).ifPresent(found::add));
            }
        }
        for (Resource association : mapping.referencing(group, "azurerm_subnet_network_security_group_association")) {
            for (Resource subnet : mapping.referenced(association, "azurerm_subnet")) {
                for (Resource nic : mapping.referencing(subnet, "azurerm_network_interface")) {
                    mapping.referencing(nic, MACHINES).forEach(m -> mapping.elementOf(m).ifPresent(found::add));
                }
            }
        }
        return List.copyOf(found);
    }

    /** A machine whose interface has a public IP answers on the Internet. */
    private void publicMachines() {
        for (Resource machine : mapping.resources(MACHINES)) {
            for (Resource nic : mapping.referenced(machine, "azurerm_network_interface")) {
                for (BlockValue ip : nic.body().blocks("ip_configuration")) {
                    if (ip.attribute("public_ip_address_id").isPresent()) {
                        mapping.elementOf(machine).ifPresent(e -> setOnce(e, IacFacts.INTERNET_FACING,
                                nic.address() + ": ip_configuration has a public IP", ip.position()));
                    }
                }
            }
        }
    }

    /** AKS: a public API server open to every address is an administrative port on the Internet. */
    private void clusters() {
        for (Resource cluster : mapping.resources("azurerm_kubernetes_cluster")) {
            boolean isPrivate = BlockArguments.isTrue(cluster.body(), "private_cluster_enabled");
            boolean ranges = !BlockArguments.texts(cluster.body(), "api_server_authorized_ip_ranges").isEmpty()
                    || BlockArguments.block(cluster.body(), "api_server_access_profile")
                            .map(b -> !BlockArguments.texts(b, "authorized_ip_ranges").isEmpty()).orElse(false);
            if (!isPrivate && !ranges) {
                mapping.elementOf(cluster).ifPresent(e -> setOnce(e, IacFacts.ADMIN_PORT, cluster.address()
                        + ": the API server is public with no authorized IP ranges", cluster.position()));
            }
        }
    }

    /** Application Gateway: an Internet entry point; an HTTP listener without a redirect is a plaintext flow. */
    private void gateways() {
        for (Resource gateway : mapping.resources("azurerm_application_gateway")) {
            Element element = mapping.elementOf(gateway).orElseThrow();
            setOnce(element, IacFacts.INTERNET_FACING, gateway.address() + ": an Application Gateway",
                    gateway.position());
            boolean redirects = !gateway.body().blocks("redirect_configuration").isEmpty();
            for (BlockValue listener : gateway.body().blocks("http_listener")) {
                String protocol = BlockArguments.text(listener, "protocol").orElse("Http");
                boolean https = protocol.equalsIgnoreCase("https");
                Element flow = mapping.flow(mapping.internet(), element, https ? "HTTPS" : "HTTP", gateway.type(),
                        listener.position());
                flow.set("protocol", https ? "HTTPS" : "HTTP");
                flow.controls().set("isEncrypted", https);
                if (!https && !redirects) {
                    setOnce(flow, IacFacts.PLAINTEXT, gateway.address() + ": http_listener "
                            + BlockArguments.text(listener, "name").orElse("?") + " serves HTTP with no redirect",
                            listener.position());
                }
            }
        }
    }

    /** One inbound rule: where it is, what it allows, from where. */
    record Rule(Resource group, String cause, SourcePosition at, String access, String direction, String protocol,
            List<String> ports, List<String> sources) {
        static Rule of(Resource group, String cause, BlockValue block) {
            List<String> ports = new ArrayList<>(BlockArguments.texts(block, "destination_port_range"));
            ports.addAll(BlockArguments.texts(block, "destination_port_ranges"));
            List<String> sources = new ArrayList<>(BlockArguments.texts(block, "source_address_prefix"));
            sources.addAll(BlockArguments.texts(block, "source_address_prefixes"));
            return new Rule(group, cause, block.position(), BlockArguments.text(block, "access").orElse(""),
                    BlockArguments.text(block, "direction").orElse(""), BlockArguments.text(block, "protocol").orElse("*"),
                    ports, sources);
        }

        boolean open() {
            return access.equalsIgnoreCase("allow") && direction.equalsIgnoreCase("inbound")
                    && sources.stream().anyMatch(s -> OPEN.contains(s.toLowerCase(Locale.ROOT)));
        }

        String source() {
            return sources.stream().filter(s -> OPEN.contains(s.toLowerCase(Locale.ROOT))).findFirst().orElse("*");
        }

        boolean covers(long port) {
            if (!(protocol.equals("*") || protocol.equalsIgnoreCase("tcp"))) {
                return false;
            }
            for (String range : ports) {
                if (range.equals("*")) {
                    return true;
                }
                String[] ends = range.split("-");
                try {
                    long from = Long.parseLong(ends[0].trim());
                    long to = Long.parseLong(ends[ends.length - 1].trim());
                    if (from <= port && port <= to) {
                        return true;
                    }
                } catch (NumberFormatException e) {
                    // a port tmj cannot read opens nothing it can name
                }
            }
            return false;
        }

        /** The single port the rule allows, when it allows exactly one. */
        Optional<Long> port() {
            if (ports.size() != 1) {
                return Optional.empty();
            }
            String[] ends = ports.get(0).split("-");
            try {
                long from = Long.parseLong(ends[0].trim());
                long to = Long.parseLong(ends[ends.length - 1].trim());
                return from == to ? Optional.of(from) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        String flowName() {
            String name = protocol.equals("*") ? "any" : protocol.toUpperCase(Locale.ROOT);
            return name + " " + String.join(",", ports);
        }
    }
}
