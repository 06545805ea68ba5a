package dev.tmj.iac.terraform;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * AWS networks: VPCs and subnets become boundaries (a subnet is public when it maps public IPs on launch or its
 * route table routes to an Internet gateway), each element is placed in the subnet or VPC it names, and
 * security-group ingress open to the Internet (0.0.0.0/0, ::/0) makes Internet → resource flows with their port and
 * protocol, and the facts that follow: an administrative port, a data store open to the Internet, plaintext HTTP,
 * and an instance that is Internet-facing because it also has a public IP.
 */
final class AwsNetwork {
    private static final Set<String> OPEN = Set.of("0.0.0.0/0", "::/0");
    private static final long[] ADMIN_PORTS = {22, 3389, 6443, 10250, 2379};

    private final TerraformMapping mapping;
    private final Set<Element> publicSubnets = new LinkedHashSet<>();

    AwsNetwork(TerraformMapping mapping) {
        this.mapping = mapping;
    }

    /** VPCs in the account boundary, subnets in their VPC. */
    void addBoundaries() {
        Element account = mapping.account("aws");
        for (Resource vpc : mapping.resources("aws_vpc")) {
            mapping.boundary(vpc, account, "VPC");
        }
        for (Resource subnet : mapping.resources("aws_subnet")) {
            Element vpc = mapping.referencedElements(subnet, "aws_vpc").stream().findFirst().orElse(account);
            Optional<String> why = publicBecause(subnet);
            Element boundary = mapping.boundary(subnet, vpc, why.map(w -> "public subnet: " + w)
                    .orElse("private subnet"));
            why.ifPresent(w -> publicSubnets.add(boundary));
        }
    }

    /** Why a subnet is public, or empty when it is private. */
    private Optional<String> publicBecause(Resource subnet) {
        if (BlockArguments.isTrue(subnet.body(), "map_public_ip_on_launch")) {
            return Optional.of("map_public_ip_on_launch = true");
        }
        for (Resource association : mapping.referencing(subnet, "aws_route_table_association")) {
            for (Resource table : mapping.referenced(association, "aws_route_table")) {
                if (!mapping.referenced(table, "aws_internet_gateway").isEmpty()) {
                    return Optional.of("its route table " + table.address() + " routes to an Internet gateway");
                }
                for (Resource route : mapping.referencing(table, "aws_route")) {
                    if (!mapping.referenced(route, "aws_internet_gateway").isEmpty()) {
                        return Optional.of("its route table " + table.address() + " routes to an Internet gateway ("
                                + route.address() + ")");
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The boundary of a resource: the one subnet it names, else the VPC of the subnets it names, else the VPC it
     * names (directly or through a security group), else the account.
     */
    Element placement(Resource resource) {
        List<Element> subnets = mapping.referencedElements(resource, "aws_subnet");
        if (subnets.size() == 1) {
            return subnets.get(0);
        }
        Set<Element> vpcs = new LinkedHashSet<>();
        subnets.forEach(s -> s.inBoundary().ifPresent(vpcs::add));
        if (vpcs.isEmpty()) {
            vpcs.addAll(mapping.referencedElements(resource, "aws_vpc"));
            for (Resource group : mapping.referenced(resource, "aws_security_group")) {
                vpcs.addAll(mapping.referencedElements(group, "aws_vpc"));
            }
        }
        return vpcs.size() == 1 ? vpcs.iterator().next() : mapping.account("aws");
    }

    /** Whether the element is in a public subnet. */
    boolean inPublicSubnet(Element element) {
        return element.inBoundary().map(publicSubnets::contains).orElse(false);
    }

    /** An ingress rule: where it is written, what it opens, to whom. */
    record Ingress(Resource group, String cause, SourcePosition at, Long from, Long to, String protocol,
            List<String> cidrs) {
        boolean open() {
            return cidrs.stream().anyMatch(OPEN::contains);
        }

        boolean allPorts() {
            return protocol.equals("-1") || protocol.equals("all") || from == null || to == null
                    || (from <= 0 && to >= 65535) || (from == 0 && to == 0 && !protocol.equals("tcp"));
        }

        boolean covers(long port) {
            return (protocol.equals("tcp") || protocol.equals("6") || allPorts())
                    && (allPorts() || (from <= port && port <= to));
        }

        String ports() {
            return allPorts() ? "every port" : from.equals(to) ? "port " + from : "ports " + from + "-" + to;
        }

        String cidr() {
            return cidrs.stream().filter(OPEN::contains).findFirst().orElse("");
        }
    }

    /** An EKS cluster's API endpoint is public unless endpoint_public_access = false or its CIDRs are narrowed. */
    private void clusterEndpoints() {
        for (Resource cluster : mapping.resources("aws_eks_cluster")) {
            Optional<BlockValue> config = BlockArguments.block(cluster.body(), "vpc_config");
            boolean isPublic = config.flatMap(b -> BlockArguments.flag(b, "endpoint_public_access")).orElse(true);
            List<String> cidrs = config.map(b -> BlockArguments.texts(b, "public_access_cidrs")).orElse(List.of());
            if (isPublic && (cidrs.isEmpty() || cidrs.stream().anyMatch(OPEN::contains))) {
                mapping.elementOf(cluster).ifPresent(e -> setOnce(e, IacFacts.ADMIN_PORT, cluster.address()
                        + ": vpc_config endpoint_public_access is " + (config.flatMap(b -> b.value(
                                "endpoint_public_access")).isPresent() ? "true" : "not false (default true)")
                        + " and public_access_cidrs " + (cidrs.isEmpty() ? "is not set" : "opens it to the Internet")
                        + ": the cluster API is open to the Internet",
                        config.map(BlockValue::position).orElse(cluster.position())));
            }
        }
    }

    /** Every ingress rule, inline or a resource of its own, in input order. */
    List<Ingress> ingressRules() {
        List<Ingress> rules = new ArrayList<>();
        for (Resource group : mapping.resources("aws_security_group")) {
            List<BlockValue> blocks = group.body().blocks("ingress");
            for (int i = 0; i < blocks.size(); i++) {
                BlockValue b = blocks.get(i);
                List<String> cidrs = new ArrayList<>(BlockArguments.texts(b, "cidr_blocks"));
                cidrs.addAll(BlockArguments.texts(b, "ipv6_cidr_blocks"));
                rules.add(new Ingress(group, group.address() + ": ingress[" + i + "]", b.position(),
                        BlockArguments.number(b, "from_port").orElse(null), BlockArguments.number(b, "to_port").orElse(null),
                        protocol(BlockArguments.text(b, "protocol")), cidrs));
            }
        }
        for (Resource rule : mapping.resources("aws_security_group_rule")) {
            if (BlockArguments.text(rule.body(), "type").filter("ingress"::equals).isPresent()) {
                List<String> cidrs = new ArrayList<>(BlockArguments.texts(rule.body(), "cidr_blocks"));
                cidrs.addAll(BlockArguments.texts(rule.body(), "ipv6_cidr_blocks"));
                for (Resource group : mapping.referenced(rule, "aws_security_group")) {
                    rules.add(ruleResource(rule, group, cidrs, "from_port", "to_port", "protocol"));
                }
            }
        }
        for (Resource rule : mapping.resources("aws_vpc_security_group_ingress_rule")) {
            List<String> cidrs = new ArrayList<>(BlockArguments.texts(rule.body(), "cidr_ipv4"));
            cidrs.addAll(BlockArguments.texts(rule.body(), "cidr_ipv6"));
            for (Resource group : mapping.referenced(rule, "aws_security_group")) {
                rules.add(ruleResource(rule, group, cidrs, "from_port", "to_port", "ip_protocol"));
            }
        }
        return rules;
    }

    private static Ingress ruleResource(Resource rule, Resource group, List<String> cidrs, String from, String to,
            String protocol) {
        return new Ingress(group, rule.address() + ": ingress to " + group.address(), rule.position(),
                BlockArguments.number(rule.body(), from).orElse(null), BlockArguments.number(rule.body(), to).orElse(null),
                protocol(BlockArguments.text(rule.body(), protocol)), cidrs);
    }

    private static String protocol(Optional<String> written) {
        String p = written.orElse("-1").toLowerCase(java.util.Locale.ROOT);
        return p.equals("6") ? "tcp" : p.equals("17") ? "udp" : p;
    }

    /** Flows and facts from ingress open to the Internet, onto every element using the security group. */
    void connect() {
        clusterEndpoints();
        for (Ingress rule : ingressRules()) {
            if (!rule.open()) {
                continue;
            }
            for (Resource target : users(rule.group())) {
                mapping.elementOf(target).ifPresent(element -> open(rule, target, element));
            }
        }
    }

    /** The resources with an element that use a security group, directly or through a network interface. */
    private List<Resource> users(Resource group) {
        Set<Resource> users = new LinkedHashSet<>();
        for (Resource user : mapping.referencing(group, AwsResources.KINDS.elementTypes())) {
            users.add(user);
        }
        for (Resource eni : mapping.referencing(group, "aws_network_interface")) {
            users.addAll(mapping.referencing(eni, "aws_instance", "aws_launch_template"));
        }
        return List.copyOf(users);
    }

    private void open(Ingress rule, Resource target, Element element) {
        String opens = rule.cause() + " opens " + rule.ports() + " to " + rule.cidr();
        if (target.type().startsWith("aws_lb") || target.type().startsWith("aws_alb")
                || target.type().equals("aws_elb")) {
            return; // a load balancer's entries are its listeners (AwsEntryPoints), not its security group
        }
        for (long port : ADMIN_PORTS) {
            if (rule.covers(port)) {
                setOnce(element, IacFacts.ADMIN_PORT, opens + " (administrative port " + port + ")", rule.at());
                break;
            }
        }
        if (element.type() == ElementType.DATASTORE) {
            setOnce(element, IacFacts.PUBLIC_DATA, opens + " of a data store", rule.at());
        }
        if (hasPublicIp(target, element)) {
            setOnce(element, IacFacts.INTERNET_FACING, opens + " of " + target.address() + ", which has a public IP",
                    rule.at());
        }
        Element flow = mapping.flow(mapping.internet(), element, flowName(rule), rule.group().type(), rule.at());
        if (!rule.allPorts()) {
            flow.set("protocol", rule.from() == 443 && rule.to() == 443 ? "HTTPS"
                    : rule.from() == 80 && rule.to() == 80 ? "HTTP" : rule.protocol().toUpperCase(java.util.Locale.ROOT));
            if (rule.from().equals(rule.to())) {
                flow.set("dstPort", rule.from().intValue());
            }
        }
        if (!rule.allPorts() && rule.from() == 443 && rule.to() == 443) {
            flow.controls().set("isEncrypted", true);
        }
        if (!rule.allPorts() && rule.from() == 80 && rule.to() == 80) {
            setOnce(flow, IacFacts.PLAINTEXT, opens + ": plaintext HTTP from the Internet", rule.at());
        }
    }

    private boolean hasPublicIp(Resource target, Element element) {
        return BlockArguments.isTrue(target.body(), "associate_public_ip_address")
                || target.body().blocks("network_interfaces").stream()
                        .anyMatch(b -> BlockArguments.isTrue(b, "associate_public_ip_address"))
                || target.body().blocks("network_configuration").stream()
                        .anyMatch(b -> BlockArguments.isTrue(b, "assign_public_ip"))
                || (target.type().equals("aws_instance") && inPublicSubnet(element)
                        && !BlockArguments.flag(target.body(), "associate_public_ip_address").equals(Optional.of(false)));
    }

    private static String flowName(Ingress rule) {
        if (rule.allPorts()) {
            return "all traffic";
        }
        String protocol = rule.from() == 443 && rule.to() == 443 ? "HTTPS"
                : rule.from() == 80 && rule.to() == 80 ? "HTTP" : rule.protocol().toUpperCase(java.util.Locale.ROOT);
        return protocol + " " + (rule.from().equals(rule.to()) ? rule.from() : rule.from() + "-" + rule.to());
    }

    /** Sets a fact unless an earlier block already caused it (the first cause in input order is reported). */
    static void setOnce(Element element, String fact, String cause, SourcePosition at) {
        if (IacFacts.get(element, fact).isEmpty()) {
            IacFacts.set(element, fact, cause, at);
        }
    }
}
