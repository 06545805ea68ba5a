package dev.tmj.iac.cloudformation;

import dev.tmj.iac.IacFacts;
import dev.tmj.iac.IacModel;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Security-group ingress open to the Internet (0.0.0.0/0 or ::/0), inline ({@code SecurityGroupIngress}) or as
 * {@code AWS::EC2::SecurityGroupIngress} resources: an Internet flow with protocol and port to every resource that
 * uses the group (to the group itself, as an element, when none does), and the facts it causes there: an
 * administrative port, a data store reachable from the Internet, plaintext HTTP.
 */
final class NetworkRules {
    private static final Set<String> ANYWHERE = Set.of("0.0.0.0/0", "::/0");
    private static final List<Integer> ADMIN_PORTS = List.of(22, 3389, 6443, 10250, 2379);
    private static final List<Integer> DATA_PORTS = List.of(3306, 5432, 1433, 1521, 6379, 11211, 27017, 9200,
            5439, 9042);
    /** The properties through which a resource joins security groups. */
    private static final List<String> MEMBERSHIP = List.of("SecurityGroups", "SecurityGroupIds",
            "VpcSecurityGroupIds", "VPCSecurityGroups", "VpcConfig", "NetworkConfiguration", "NetworkInterfaces");

    /** One open rule: where it is written and what it opens. */
    private record Rule(String cause, SourcePosition at, String protocol, int from, int to) {
        boolean covers(int port) {
            return from <= port && port <= to;
        }

        String name() {
            String proto = protocol.equals("-1") ? "all" : protocol.toUpperCase(java.util.Locale.ROOT);
            return from == to ? proto + " " + from : from == 0 && to == 65535 ? proto + " all ports"
                    : proto + " " + from + "-" + to;
        }
    }

    private NetworkRules() {
    }

    static void apply(TemplateMapping mapping) {
        for (TemplateResource group : mapping.resources("AWS::EC2::SecurityGroup")) {
            List<Rule> rules = new ArrayList<>();
            List<?> inline = TemplateMapping.list(group.property("SecurityGroupIngress").orElse(null));
            for (int i = 0; i < inline.size(); i++) {
                String path = "Properties.SecurityGroupIngress[" + i + "]";
                rule(inline.get(i), group.logicalId() + ": SecurityGroupIngress[" + i + "]", group.positionOf(path),
                        rules);
            }
            for (TemplateResource ingress : mapping.resources("AWS::EC2::SecurityGroupIngress")) {
                if (mapping.targets(ingress, "GroupId").contains(group.logicalId())) {
                    rule(ingress.properties(), ingress.logicalId(), ingress.position(), rules);
                }
            }
            if (!rules.isEmpty()) {
                open(mapping, group, rules);
            }
        }
    }

    private static void rule(Object value, String cause, SourcePosition at, List<Rule> rules) {
        if (!(value instanceof Map<?, ?> rule)) {
            return;
        }
        String cidr = String.valueOf(rule.get("CidrIp") != null ? rule.get("CidrIp") : rule.get("CidrIpv6"));
        if (!ANYWHERE.contains(cidr)) {
            return;
        }
        String protocol = TemplateMapping.text(rule.get("IpProtocol")).orElse("-1");
        boolean all = protocol.equals("-1");
        int from = all ? 0 : port(rule.get("FromPort"), 0);
        int to = all ? 65535 : port(rule.get("ToPort"), from);
        if (from < 0 || to < 0) { // -1 means every port for ICMP and "all"
            from = 0;
            to = 65535;
        }
        rules.add(new Rule(cause, at, protocol, from, to));
    }

    private static int port(Object value, int otherwise) {
        try {
            return TemplateMapping.text(value).map(Integer::parseInt).orElse(otherwise);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static void open(TemplateMapping mapping, TemplateResource group, List<Rule> rules) {
        List<Element> members = new ArrayList<>();
        for (TemplateResource resource : mapping.template.resources()) {
            for (String property : MEMBERSHIP) {
                if (mapping.targets(resource, property).contains(group.logicalId())) {
                    mapping.element(resource.logicalId()).filter(e -> !e.isBoundary()).ifPresent(e -> {
                        if (!members.contains(e)) {
                            members.add(e);
                        }
                    });
                }
            }
        }
        if (members.isEmpty()) {
            Element element = IacModel.element(mapping.model, ElementType.ELEMENT, group.logicalId(), group.type(),
                    group.position());
            element.set("description", "Security group that no resource of the template uses");
            element.set("inBoundary", mapping.account);
            mapping.put(group.logicalId(), element);
            members.add(element);
        }
        for (Element member : members) {
            for (Rule rule : rules) {
                opened(mapping, member, rule);
            }
        }
    }

    private static void opened(TemplateMapping mapping, Element member, Rule rule) {
        String opens = rule.cause() + " opens " + rule.name() + " to the Internet";
        boolean balancer = IacFacts.get(member, IacFacts.TYPE).startsWith("AWS::ElasticLoadBalancing");
        boolean http = rule.from() == 80 && rule.to() == 80;
        // a database port from the Internet: nothing in the template makes the store require TLS
        boolean database = member.type() == ElementType.DATASTORE && DATA_PORTS.stream().anyMatch(rule::covers);
        mapping.flow(mapping.internet(), member, rule.name(), "AWS::EC2::SecurityGroup", rule.at(),
                rule.protocol().equals("-1") ? "" : rule.protocol().toUpperCase(java.util.Locale.ROOT),
                rule.from() == rule.to() ? rule.from() : -1, http || database ? Boolean.FALSE : null)
                .ifPresent(flow -> {
                    if (http && !balancer) { // a load balancer's listeners say whether port 80 only redirects
                        TemplateMapping.fact(flow, IacFacts.PLAINTEXT, opens + " (HTTP)", rule.at());
                    } else if (database) {
                        TemplateMapping.fact(flow, IacFacts.PLAINTEXT, opens + " (database traffic, TLS not"
                                + " required by the template)", rule.at());
                    }
                });
        if (member.type() != ElementType.DATASTORE) { // an open data store is IAC05's, not an entry point
            TemplateMapping.fact(member, IacFacts.INTERNET_FACING, opens, rule.at());
        }
        for (int port : ADMIN_PORTS) {
            if (rule.covers(port)) {
                TemplateMapping.fact(member, IacFacts.ADMIN_PORT, rule.cause() + " opens port " + port
                        + " to the Internet", rule.at());
            }
        }
        if (member.type() == ElementType.DATASTORE && DATA_PORTS.stream().anyMatch(rule::covers)) {
            TemplateMapping.fact(member, IacFacts.PUBLIC_DATA, opens, rule.at());
        }
    }
}
