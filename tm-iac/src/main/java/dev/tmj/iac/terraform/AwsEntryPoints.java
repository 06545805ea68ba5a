package dev.tmj.iac.terraform;

import static dev.tmj.iac.terraform.AwsNetwork.setOnce;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import dev.tmj.model.SourcePosition;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where requests enter and where they go: load balancers and their listeners (Internet → LB → target group →
 * instances or services), CloudFront, API Gateway (REST and HTTP) with their methods, routes, authorizers and
 * integrations, Lambda function URLs, and event sources (S3, SQS, SNS → Lambda). An entry point reachable from the
 * Internet is {@link IacFacts#INTERNET_FACING}; it is {@link IacFacts#AUTHENTICATED} when every way in declares
 * authentication. A listener that only redirects to HTTPS makes no flow: it carries nothing but the redirect.
 */
final class AwsEntryPoints {
    private static final String[] LBS = {"aws_lb", "aws_alb"};
    private static final String[] LISTENERS = {"aws_lb_listener", "aws_alb_listener"};
    private static final String[] TARGET_GROUPS = {"aws_lb_target_group", "aws_alb_target_group"};
    private static final String[] TARGETS = {"aws_instance", "aws_lambda_function", "aws_ecs_service",
        "aws_launch_template", "aws_autoscaling_group"};

    private final TerraformMapping mapping;

    AwsEntryPoints(TerraformMapping mapping) {
        this.mapping = mapping;
    }

    void connect() {
        loadBalancers();
        classicLoadBalancers();
        targetGroups();
        cloudFront();
        restApis();
        httpApis();
        functionUrls();
        eventSources();
    }

    private void loadBalancers() {
        for (Resource lb : mapping.resources(LBS)) {
            Element element = mapping.elementOf(lb).orElseThrow();
            boolean internal = BlockArguments.isTrue(lb.body(), "internal");
            accessLogs(lb, element);
            Resource unauthenticated = null;
            Resource authenticated = null;
            for (Resource listener : mapping.referencing(lb, LISTENERS)) {
                BlockValue body = listener.body();
                String protocol = BlockArguments.text(body, "protocol").orElse(
                        BlockArguments.text(lb.body(), "load_balancer_type").filter("network"::equals).isPresent()
                                ? "TCP" : "HTTP").toUpperCase(Locale.ROOT);
                long port = BlockArguments.number(body, "port").orElse(protocol.equals("HTTPS") ? 443L : 80L);
                List<String> actions = body.blocks("default_action").stream()
                        .map(a -> BlockArguments.text(a, "type").orElse("")).toList();
                for (Resource group : mapping.referenced(listener, TARGET_GROUPS)) {
                    mapping.elementOf(group).ifPresent(g -> targetFlow(element, g, group, listener.type(),
                            listener.position()));
                }
                if (internal || (!actions.isEmpty() && actions.stream().allMatch("redirect"::equals))) {
                    continue; // a redirect carries nothing but the redirect
                }
                boolean authenticates = actions.stream().anyMatch(a -> a.startsWith("authenticate-"))
                        || mapping.referencing(listener, "aws_lb_listener_rule", "aws_alb_listener_rule").stream()
                                .anyMatch(r -> r.body().blocks("action").stream().anyMatch(a -> BlockArguments
                                        .text(a, "type").orElse("").startsWith("authenticate-")));
                if (authenticates && authenticated == null) {
                    authenticated = listener;
                } else if (!authenticates && unauthenticated == null) {
                    unauthenticated = listener;
                }
                entryFlow(element, protocol, port, listener.type(), listener.position(), listener.address() + ": "
                        + protocol + " listener on port " + port + " of " + lb.address()
                        + " forwards plaintext HTTP without redirecting to HTTPS");
            }
            if (internal) {
                continue;
            }
            if (unauthenticated != null) {
                IacFacts.set(element, IacFacts.INTERNET_FACING, unauthenticated.address() + ": listener of "
                        + lb.address() + " (not internal) forwards without an authenticate-* action",
                        unauthenticated.position());
            } else if (authenticated != null) {
                IacFacts.set(element, IacFacts.INTERNET_FACING, authenticated.address() + ": listener of "
                        + lb.address() + " (not internal)", authenticated.position());
                IacFacts.set(element, IacFacts.AUTHENTICATED, authenticated.address()
                        + ": every forwarding listener has an authenticate-* action", authenticated.position());
                element.controls().set("authenticatesSource", true);
            } else if (mapping.referencing(lb, LISTENERS).isEmpty()) {
                IacFacts.set(element, IacFacts.INTERNET_FACING, lb.address() + ": internal is not true",
                        lb.position());
            }
        }
    }

    private void accessLogs(Resource lb, Element element) {
        Optional<BlockValue> logs = BlockArguments.block(lb.body(), "access_logs");
        boolean on = logs.map(b -> BlockArguments.flag(b, "enabled").orElse(lb.type().equals("aws_elb"))).orElse(false);
        if (!on) {
            setOnce(element, IacFacts.NO_AUDIT_TRAIL, lb.address() + ": access_logs "
                    + (logs.isPresent() ? "not enabled" : "not configured"),
                    logs.map(BlockValue::position).orElse(lb.position()));
        }
    }

    private void classicLoadBalancers() {
        for (Resource lb : mapping.resources("aws_elb")) {
            Element element = mapping.elementOf(lb).orElseThrow();
            boolean internal = BlockArguments.isTrue(lb.body(), "internal");
            accessLogs(lb, element);
            for (BlockValue listener : lb.body().blocks("listener")) {
                String protocol = BlockArguments.text(listener, "lb_protocol").orElse("HTTP").toUpperCase(Locale.ROOT);
                long port = BlockArguments.number(listener, "lb_port").orElse(80L);
                String name = lb.address() + ": listener " + protocol + " on port " + port;
                if (!internal) {
                    setOnce(element, IacFacts.INTERNET_FACING, name + ", and internal is not true",
                            listener.position());
                    entryFlow(element, protocol, port, lb.type(), listener.position(),
                            name + " takes plaintext HTTP from the Internet");
                }
                String toProtocol = BlockArguments.text(listener, "instance_protocol").orElse(protocol)
                        .toUpperCase(Locale.ROOT);
                long toPort = BlockArguments.number(listener, "instance_port").orElse(port);
                for (Element instance : mapping.referencedElements(lb, "aws_instance")) {
                    Element flow = mapping.flow(element, instance, toProtocol + " " + toPort, lb.type(),
                            listener.position());
                    flow.set("protocol", toProtocol);
                    flow.set("dstPort", (int) toPort);
                    flow.controls().set("isEncrypted", encrypted(toProtocol));
                }
            }
        }
    }

    /** The Internet → entry point flow of a listener; HTTP is plaintext. */
    private void entryFlow(Element entry, String protocol, long port, String type, SourcePosition at,
            String plaintextCause) {
        Element flow = mapping.flow(mapping.internet(), entry, protocol + " " + port, type, at);
        flow.set("protocol", protocol);
        flow.set("dstPort", (int) port);
        flow.controls().set("isEncrypted", encrypted(protocol));
        if (protocol.equals("HTTP")) {
            setOnce(flow, IacFacts.PLAINTEXT, plaintextCause, at);
        }
    }

    private static boolean encrypted(String protocol) {
        return protocol.equals("HTTPS") || protocol.equals("TLS") || protocol.equals("SSL");
    }

    private void targetFlow(Element from, Element group, Resource groupResource, String type, SourcePosition at) {
        String protocol = BlockArguments.text(groupResource.body(), "protocol").orElse("HTTP").toUpperCase(Locale.ROOT);
        Optional<Long> port = BlockArguments.number(groupResource.body(), "port");
        Element flow = mapping.flow(from, group, protocol + port.map(p -> " " + p).orElse(""), type, at);
        flow.set("protocol", protocol);
        port.ifPresent(p -> flow.set("dstPort", p.intValue()));
        flow.controls().set("isEncrypted", encrypted(protocol));
    }

    private void targetGroups() {
        for (Resource group : mapping.resources(TARGET_GROUPS)) {
            Element element = mapping.elementOf(group).orElseThrow();
            for (Resource attachment : mapping.referencing(group, "aws_lb_target_group_attachment",
                    "aws_alb_target_group_attachment")) {
                for (Element target : mapping.referencedElements(attachment, TARGETS)) {
                    targetFlow(element, target, group, attachment.type(), attachment.position());
                }
            }
            for (Resource user : mapping.referencing(group, "aws_ecs_service", "aws_autoscaling_group")) {
                Resource target = user;
                if (user.type().equals("aws_autoscaling_group")) {
                    for (Element template : mapping.referencedElements(user, "aws_launch_template")) {
                        targetFlow(element, template, group, user.type(), user.position());
                    }
                    continue;
                }
                mapping.elementOf(target).ifPresent(t -> targetFlow(element, t, group, user.type(),
                        BlockArguments.block(user.body(), "load_balancer").map(BlockValue::position)
                                .orElse(user.position())));
            }
        }
    }

    private void cloudFront() {
        for (Resource cdn : mapping.resources("aws_cloudfront_distribution")) {
            Element element = mapping.elementOf(cdn).orElseThrow();
            setOnce(element, IacFacts.INTERNET_FACING, cdn.address() + ": a CloudFront distribution serves the"
                    + " Internet", cdn.position());
            Optional<BlockValue> behaviour = BlockArguments.block(cdn.body(), "default_cache_behavior");
            boolean allowAll = behaviour.flatMap(b -> BlockArguments.text(b, "viewer_protocol_policy"))
                    .filter("allow-all"::equals).isPresent();
            entryFlow(element, "HTTPS", 443, cdn.type(), cdn.position(), "");
            if (allowAll) {
                entryFlow(element, "HTTP", 80, cdn.type(), behaviour.get().position(), cdn.address()
                        + ": default_cache_behavior viewer_protocol_policy = allow-all serves plaintext HTTP");
            }
            for (Element origin : mapping.referencedElements(cdn, "aws_s3_bucket", "aws_lb", "aws_alb", "aws_elb",
                    "aws_api_gateway_rest_api", "aws_apigatewayv2_api", "aws_lambda_function")) {
                mapping.flow(element, origin, "origin", cdn.type(),
                        BlockArguments.block(cdn.body(), "origin").map(BlockValue::position).orElse(cdn.position()));
            }
        }
    }

    private void restApis() {
        for (Resource api : mapping.resources("aws_api_gateway_rest_api")) {
            boolean isPrivate = BlockArguments.block(api.body(), "endpoint_configuration")
                    .map(b -> BlockArguments.texts(b, "types").contains("PRIVATE")).orElse(false);
            api(api, isPrivate, mapping.referencing(api, "aws_api_gateway_method"), "authorization",
                    "aws_api_gateway_integration");
        }
    }

    private void httpApis() {
        for (Resource api : mapping.resources("aws_apigatewayv2_api")) {
            api(api, false, mapping.referencing(api, "aws_apigatewayv2_route"), "authorization_type",
                    "aws_apigatewayv2_integration");
        }
    }

    /** An API: Internet-facing unless private, authenticated when every method or route has an authorizer. */
    private void api(Resource api, boolean isPrivate, List<Resource> methods, String authorization,
            String integrationType) {
        Element element = mapping.elementOf(api).orElseThrow();
        if (!isPrivate) {
            Resource open = methods.stream().filter(m -> BlockArguments.text(m.body(), authorization).orElse("NONE")
                    .equalsIgnoreCase("NONE")).findFirst().orElse(null);
            if (open != null) {
                IacFacts.set(element, IacFacts.INTERNET_FACING, open.address() + ": " + authorization + " = NONE on a"
                        + " public API (" + api.address() + ")", BlockArguments.at(open.body(), authorization));
            } else if (methods.isEmpty()) {
                IacFacts.set(element, IacFacts.INTERNET_FACING, api.address() + ": a public API", api.position());
            } else {
                Resource first = methods.get(0);
                String cause = first.address() + ": " + authorization + " = "
                        + BlockArguments.text(first.body(), authorization).orElse("");
                IacFacts.set(element, IacFacts.INTERNET_FACING, api.address() + ": a public API", api.position());
                IacFacts.set(element, IacFacts.AUTHENTICATED, cause + " (every method declares an authorizer)",
                        BlockArguments.at(first.body(), authorization));
                element.controls().set("authenticatesSource", true);
            }
            entryFlow(element, "HTTPS", 443, api.type(), api.position(), "");
        }
        for (Resource integration : mapping.referencing(api, integrationType)) {
            for (Element target : mapping.referencedElements(integration, "aws_lambda_function", "aws_lb",
                    "aws_alb", "aws_elb", "aws_sqs_queue", "aws_sns_topic", "aws_dynamodb_table")) {
                mapping.flow(element, target, "invokes", integration.type(), integration.position());
            }
        }
    }

    private void functionUrls() {
        for (Resource url : mapping.resources("aws_lambda_function_url")) {
            String auth = BlockArguments.text(url.body(), "authorization_type").orElse("NONE");
            for (Element function : mapping.referencedElements(url, "aws_lambda_function")) {
                String cause = url.address() + ": authorization_type = " + auth;
                setOnce(function, IacFacts.INTERNET_FACING, cause + " (a public function URL)", url.position());
                if (auth.equals("AWS_IAM")) {
                    setOnce(function, IacFacts.AUTHENTICATED, cause, BlockArguments.at(url.body(), "authorization_type"));
                    function.controls().set("authenticatesSource", true);
                }
                entryFlow(function, "HTTPS", 443, url.type(), url.position(), "");
            }
        }
    }

    private void eventSources() {
        for (Resource source : mapping.resources("aws_lambda_event_source_mapping", "aws_sns_topic_subscription",
                "aws_lambda_permission")) {
            for (Element function : mapping.referencedElements(source, "aws_lambda_function")) {
                for (Element from : mapping.referencedElements(source, "aws_sqs_queue", "aws_sns_topic",
                        "aws_s3_bucket", "aws_dynamodb_table")) {
                    mapping.flow(from, function, "triggers", source.type(), source.position());
                }
                for (Element api : mapping.referencedElements(source, "aws_api_gateway_rest_api",
                        "aws_apigatewayv2_api")) {
                    mapping.flow(api, function, "invokes", source.type(), source.position());
                }
            }
        }
        for (Resource notification : mapping.resources("aws_s3_bucket_notification")) {
            for (BlockValue target : notification.body().blocks("lambda_function")) {
                Element function = functionOf(notification, target).orElse(null);
                for (Element bucket : function == null ? List.<Element>of()
                        : mapping.referencedElements(notification, "aws_s3_bucket")) {
                    mapping.flow(bucket, function, "triggers", notification.type(), target.position());
                }
            }
        }
    }

    private Optional<Element> functionOf(Resource notification, BlockValue target) {
        var names = BlockArguments.refersTo(target, "lambda_function_arn");
        return mapping.referenced(notification, "aws_lambda_function").stream()
                .filter(f -> names.isEmpty() || names.contains(f.type() + "." + f.name()))
                .map(mapping::elementOf).flatMap(Optional::stream).findFirst();
    }
}
