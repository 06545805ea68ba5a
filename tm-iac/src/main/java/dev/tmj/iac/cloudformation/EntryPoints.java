package dev.tmj.iac.cloudformation;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import dev.tmj.model.SourcePosition;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the Internet comes in: load balancers and their listeners (and on to target groups), REST and HTTP APIs and
 * their methods or routes (and on to the functions they integrate), function URLs and CloudFront distributions. Each
 * makes an Internet flow with protocol and port and the facts the code shows: internet facing, authenticated,
 * plaintext, access logs off. SAM's {@code Api}/{@code HttpApi} events are in {@link ServerlessApis}.
 */
final class EntryPoints {
    private EntryPoints() {
    }

    static void apply(TemplateMapping mapping) {
        loadBalancers(mapping);
        restApis(mapping);
        httpApis(mapping);
        functionUrls(mapping);
        distributions(mapping);
        ServerlessApis.apply(mapping);
    }

    private static void loadBalancers(TemplateMapping mapping) {
        for (TemplateResource lb : mapping.resources("AWS::ElasticLoadBalancingV2::LoadBalancer")) {
            Element element = mapping.element(lb.logicalId()).orElseThrow();
            boolean internal = "internal".equals(lb.property("Scheme").orElse(""));
            if (!internal) {
                TemplateMapping.fact(element, IacFacts.INTERNET_FACING, lb.logicalId() + ": Scheme "
                        + lb.property("Scheme").orElse("internet-facing (the default)"), lb.positionOf(
                                lb.property("Scheme").isPresent() ? "Properties.Scheme" : ""));
            }
            if (!accessLogs(lb)) {
                TemplateMapping.fact(element, IacFacts.NO_AUDIT_TRAIL, lb.logicalId()
                        + ": LoadBalancerAttributes do not set access_logs.s3.enabled to true", lb.position());
            }
            for (TemplateResource listener : mapping.resources("AWS::ElasticLoadBalancingV2::Listener")) {
                if (mapping.targets(listener, "LoadBalancerArn").contains(lb.logicalId())) {
                    listener(mapping, element, listener, internal);
                }
            }
        }
    }

    private static boolean accessLogs(TemplateResource lb) {
        for (Object attribute : TemplateMapping.list(lb.property("LoadBalancerAttributes").orElse(null))) {
            if (attribute instanceof Map<?, ?> pair && "access_logs.s3.enabled".equals(pair.get("Key"))
                    && TemplateMapping.isTrue(pair.get("Value"))) {
                return true;
            }
        }
        return false;
    }

    private static void listener(TemplateMapping mapping, Element lb, TemplateResource listener, boolean internal) {
        String protocol = TemplateMapping.text(listener.property("Protocol").orElse(null)).orElse("HTTP")
                .toUpperCase(Locale.ROOT);
        int port = TemplateMapping.text(listener.property("Port").orElse(null)).map(EntryPoints::number).orElse(-1);
        List<?> actions = TemplateMapping.list(listener.property("DefaultActions").orElse(null));
        boolean redirects = actions.stream().anyMatch(a -> a instanceof Map<?, ?> m && "redirect".equals(m.get("Type"))
                && m.get("RedirectConfig") instanceof Map<?, ?> r && "HTTPS".equals(r.get("Protocol")));
        boolean authenticates = actions.stream().anyMatch(a -> a instanceof Map<?, ?> m
                && String.valueOf(m.get("Type")).startsWith("authenticate-"));
        boolean encrypted = protocol.equals("HTTPS") || protocol.equals("TLS");
        if (authenticates) {
            TemplateMapping.fact(lb, IacFacts.AUTHENTICATED, listener.logicalId() + ": DefaultActions authenticate"
                    + " before forwarding", listener.positionOf("Properties.DefaultActions"));
        }
        if (!internal) {
            mapping.flow(mapping.internet(), lb, protocol + (port >= 0 ? " " + port : ""), listener.type(),
                    listener.position(), protocol, port, encrypted).ifPresent(flow -> {
                        if (!encrypted && !redirects) {
                            TemplateMapping.fact(flow, IacFacts.PLAINTEXT, listener.logicalId() + ": Protocol "
                                    + protocol + " without a redirect to HTTPS", listener.position());
                        }
                    });
        }
        for (String group : mapping.targets(listener, "DefaultActions")) {
            forward(mapping, lb, group, listener.position());
        }
    }

    /** Load balancer → each target of a target group: its instances, functions and ECS services. */
    private static void forward(TemplateMapping mapping, Element lb, String groupId, SourcePosition at) {
        Optional<TemplateResource> group = mapping.template.resource(groupId);
        if (group.isEmpty() || !group.get().type().equals("AWS::ElasticLoadBalancingV2::TargetGroup")) {
            return;
        }
        String protocol = TemplateMapping.text(group.get().property("Protocol").orElse(null)).orElse("")
                .toUpperCase(Locale.ROOT);
        int port = TemplateMapping.text(group.get().property("Port").orElse(null)).map(EntryPoints::number)
                .orElse(-1);
        Boolean encrypted = protocol.isEmpty() ? null : protocol.equals("HTTPS") || protocol.equals("TLS");
        for (String target : mapping.targets(group.get(), "Targets")) {
            mapping.element(target).ifPresent(t -> mapping.flow(lb, t, "forwards", group.get().type(),
                    group.get().position(), protocol, port, encrypted));
        }
        for (TemplateResource service : mapping.resources("AWS::ECS::Service")) {
            if (mapping.targets(service, "LoadBalancers").contains(groupId)) {
                mapping.element(service.logicalId()).ifPresent(t -> mapping.flow(lb, t, "forwards",
                        group.get().type(), group.get().position(), protocol, port, encrypted));
            }
        }
    }

    private static void restApis(TemplateMapping mapping) {
        for (TemplateResource api : mapping.resources("AWS::ApiGateway::RestApi")) {
            Element element = mapping.element(api.logicalId()).orElseThrow();
            List<TemplateResource> methods = mapping.resources("AWS::ApiGateway::Method").stream()
                    .filter(m -> mapping.targets(m, "RestApiId").contains(api.logicalId())).toList();
            boolean isPrivate = String.valueOf(api.property("EndpointConfiguration.Types").orElse("")).contains(
                    "PRIVATE");
            if (isPrivate) {
                continue;
            }
            mapping.flow(mapping.internet(), element, "HTTPS 443", api.type(), api.position(), "HTTPS", 443, true);
            exposed(element, api, methods, "AuthorizationType");
            for (TemplateResource method : methods) {
                integrations(mapping, element, method, "Integration");
            }
        }
    }

    private static void httpApis(TemplateMapping mapping) {
        for (TemplateResource api : mapping.resources("AWS::ApiGatewayV2::Api")) {
            Element element = mapping.element(api.logicalId()).orElseThrow();
            List<TemplateResource> routes = mapping.resources("AWS::ApiGatewayV2::Route").stream()
                    .filter(r -> mapping.targets(r, "ApiId").contains(api.logicalId())).toList();
            mapping.flow(mapping.internet(), element, "HTTPS 443", api.type(), api.position(), "HTTPS", 443, true);
            exposed(element, api, routes, "AuthorizationType");
            for (TemplateResource integration : mapping.resources("AWS::ApiGatewayV2::Integration")) {
                if (mapping.targets(integration, "ApiId").contains(api.logicalId())) {
                    integrations(mapping, element, integration, "IntegrationUri");
                }
            }
            if (api.property("Target").isPresent()) { // quick create: the API proxies to one function
                integrations(mapping, element, api, "Target");
            }
        }
    }

    /**
     * An API is internet facing at its first method or route that needs no authorization (or at the API when it has
     * none declared here), and authenticated when every method or route declares an authorization type.
     */
    private static void exposed(Element api, TemplateResource resource, List<TemplateResource> methods,
            String property) {
        for (TemplateResource method : methods) {
            String type = TemplateMapping.text(method.property(property).orElse(null)).orElse("NONE");
            boolean apiKey = TemplateMapping.isTrue(method.property("ApiKeyRequired").orElse(false));
            if (type.equals("NONE") && !apiKey) {
                TemplateMapping.fact(api, IacFacts.INTERNET_FACING, method.logicalId() + ": " + property + " "
                        + type, method.positionOf(method.property(property).isPresent() ? "Properties." + property
                                : ""));
                return;
            }
        }
        if (methods.isEmpty()) {
            TemplateMapping.fact(api, IacFacts.INTERNET_FACING, resource.logicalId() + ": public API endpoint",
                    resource.position());
            return;
        }
        TemplateMapping.fact(api, IacFacts.INTERNET_FACING, resource.logicalId() + ": public API endpoint",
                resource.position());
        TemplateMapping.fact(api, IacFacts.AUTHENTICATED, resource.logicalId() + ": every method or route declares"
                + " an " + property, methods.get(0).position());
    }

    /** API → each function its integration URI names. */
    private static void integrations(TemplateMapping mapping, Element api, TemplateResource owner, String property) {
        for (String target : mapping.targets(owner, property)) {
            mapping.element(target).filter(CloudFormationModel::isWorkload).ifPresent(t -> mapping.flow(api, t,
                    "invokes", owner.type(), owner.positionOf("Properties." + property), "HTTPS", 443, true));
        }
    }

    private static void functionUrls(TemplateMapping mapping) {
        for (TemplateResource url : mapping.resources("AWS::Lambda::Url")) {
            for (String target : mapping.targets(url, "TargetFunctionArn")) {
                mapping.element(target).ifPresent(function -> functionUrl(mapping, function, url,
                        url.property("AuthType").orElse(null), url.positionOf("Properties.AuthType")));
            }
        }
    }

    /** A function URL: internet facing, authenticated only with AuthType AWS_IAM. */
    static void functionUrl(TemplateMapping mapping, Element function, TemplateResource owner, Object authType,
            SourcePosition at) {
        String auth = TemplateMapping.text(authType).orElse("NONE");
        mapping.flow(mapping.internet(), function, "HTTPS 443", owner.type(), at, "HTTPS", 443, true);
        TemplateMapping.fact(function, IacFacts.INTERNET_FACING, owner.logicalId() + ": function URL with AuthType "
                + auth, at);
        if (auth.equals("AWS_IAM")) {
            TemplateMapping.fact(function, IacFacts.AUTHENTICATED, owner.logicalId() + ": AuthType AWS_IAM", at);
        }
    }

    private static void distributions(TemplateMapping mapping) {
        for (TemplateResource distribution : mapping.resources("AWS::CloudFront::Distribution")) {
            Element element = mapping.element(distribution.logicalId()).orElseThrow();
            String path = "Properties.DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy";
            String policy = TemplateMapping.text(distribution.property(
                    "DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy").orElse(null)).orElse("allow-all");
            SourcePosition at = distribution.positionOf(path);
            TemplateMapping.fact(element, IacFacts.INTERNET_FACING, distribution.logicalId()
                    + ": CloudFront distribution", distribution.position());
            if (policy.equals("allow-all")) {
                mapping.flow(mapping.internet(), element, "HTTP 80", distribution.type(), at, "HTTP", 80, false)
                        .ifPresent(flow -> TemplateMapping.fact(flow, IacFacts.PLAINTEXT, distribution.logicalId()
                                + ": DefaultCacheBehavior.ViewerProtocolPolicy allow-all", at));
            }
            mapping.flow(mapping.internet(), element, "HTTPS 443", distribution.type(), distribution.position(),
                    "HTTPS", 443, true);
            if (distribution.property("DistributionConfig.Logging").isEmpty()) {
                TemplateMapping.fact(element, IacFacts.NO_AUDIT_TRAIL, distribution.logicalId()
                        + ": DistributionConfig has no Logging", distribution.position());
            }
        }
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
