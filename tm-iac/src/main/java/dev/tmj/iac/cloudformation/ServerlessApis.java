package dev.tmj.iac.cloudformation;

import dev.tmj.iac.IacFacts;
import dev.tmj.iac.IacModel;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SAM's entry points: a function's {@code Api} and {@code HttpApi} events (on the API they name, else on the API SAM
 * makes for the template, {@code ServerlessRestApi} / {@code ServerlessHttpApi}) and its {@code FunctionUrlConfig}.
 * An API is internet facing at its first event without an authorizer, and authenticated when every event has one
 * (its own {@code Auth.Authorizer}, else the API's {@code Auth.DefaultAuthorizer}; {@code NONE} is none).
 */
final class ServerlessApis {
    /** One event of a function on an API: where it is written and whether it declares an authorizer. */
    private record Event(String cause, SourcePosition at, boolean authenticated) {
    }

    private ServerlessApis() {
    }

    static void apply(TemplateMapping mapping) {
        Map<Element, List<Event>> events = new LinkedHashMap<>();
        for (TemplateResource function : mapping.resources("AWS::Serverless::Function")) {
            Element element = mapping.element(function.logicalId()).orElseThrow();
            Object events0 = function.property("Events").orElse(null);
            if (events0 instanceof Map<?, ?> declared) {
                for (Map.Entry<?, ?> entry : declared.entrySet()) {
                    String name = String.valueOf(entry.getKey());
                    if (entry.getValue() instanceof Map<?, ?> event) {
                        String type = String.valueOf(event.get("Type"));
                        if (type.equals("Api") || type.equals("HttpApi")) {
                            apiEvent(mapping, function, element, name, type, event, events);
                        }
                    }
                }
            }
            function.property("FunctionUrlConfig").filter(Map.class::isInstance).ifPresent(config ->
                    EntryPoints.functionUrl(mapping, element, function, ((Map<?, ?>) config).get("AuthType"),
                            function.positionOf("Properties.FunctionUrlConfig")));
        }
        events.forEach(ServerlessApis::exposed);
        for (TemplateResource api : mapping.resources("AWS::Serverless::Api", "AWS::Serverless::HttpApi")) {
            Element element = mapping.element(api.logicalId()).orElseThrow();
            if (!events.containsKey(element)) {
                mapping.flow(mapping.internet(), element, "HTTPS 443", api.type(), api.position(), "HTTPS", 443, true);
                boolean authorizer = api.property("Auth.DefaultAuthorizer").isPresent();
                TemplateMapping.fact(element, IacFacts.INTERNET_FACING, api.logicalId() + ": public API endpoint",
                        api.position());
                if (authorizer) {
                    TemplateMapping.fact(element, IacFacts.AUTHENTICATED, api.logicalId()
                            + ": Auth.DefaultAuthorizer", api.positionOf("Properties.Auth.DefaultAuthorizer"));
                }
            }
        }
    }

    private static void apiEvent(TemplateMapping mapping, TemplateResource function, Element element, String name,
            String type, Map<?, ?> event, Map<Element, List<Event>> events) {
        Map<?, ?> properties = event.get("Properties") instanceof Map<?, ?> p ? p : Map.of();
        String eventPath = "Properties.Events." + name;
        SourcePosition at = function.positionOf(eventPath);
        List<String> named = mapping.targetsOf(properties.get(type.equals("Api") ? "RestApiId" : "ApiId"), function,
                "Events." + name + ".Properties");
        TemplateResource explicit = named.isEmpty() ? null : mapping.template.resource(named.get(0)).orElse(null);
        Element api = explicit == null ? implicitApi(mapping, type, at)
                : mapping.element(explicit.logicalId()).orElseGet(() -> implicitApi(mapping, type, at));
        Object own = properties.get("Auth") instanceof Map<?, ?> auth ? auth.get("Authorizer") : null;
        Object fallback = explicit == null ? null : explicit.property("Auth.DefaultAuthorizer").orElse(null);
        Object authorizer = own != null ? own : fallback;
        boolean authenticated = authorizer != null && !"NONE".equals(authorizer)
                || properties.get("Auth") instanceof Map<?, ?> auth && TemplateMapping.isTrue(auth.get("ApiKeyRequired"));
        String route = TemplateMapping.text(properties.get("Method")).orElse("ANY").toUpperCase(java.util.Locale.ROOT)
                + " " + TemplateMapping.text(properties.get("Path")).orElse("/");
        String cause = function.logicalId() + ": Events." + name + " (" + type + " " + route + ")"
                + (authenticated ? " with authorizer " + authorizer : " has no authorizer");
        events.computeIfAbsent(api, a -> new ArrayList<>()).add(new Event(cause, at, authenticated));
        mapping.flow(mapping.internet(), api, "HTTPS 443", "AWS::Serverless::" + type, at, "HTTPS", 443, true);
        mapping.flow(api, element, "invokes", "AWS::Serverless::" + type, at, "HTTPS", 443, true);
    }

    private static Element implicitApi(TemplateMapping mapping, String type, SourcePosition at) {
        String name = type.equals("Api") ? "ServerlessRestApi" : "ServerlessHttpApi";
        return mapping.element(name).orElseGet(() -> {
            Element api = IacModel.element(mapping.model, ElementType.SERVER, name, "AWS::Serverless::" + type, at);
            api.set("description", "The " + type + " that SAM makes for the template's " + type + " events");
            api.set("inBoundary", mapping.account);
            mapping.put(name, api);
            return api;
        });
    }

    private static void exposed(Element api, List<Event> events) {
        for (Event event : events) {
            if (!event.authenticated()) {
                TemplateMapping.fact(api, IacFacts.INTERNET_FACING, event.cause(), event.at());
                return;
            }
        }
        TemplateMapping.fact(api, IacFacts.INTERNET_FACING, events.get(0).cause(), events.get(0).at());
        TemplateMapping.fact(api, IacFacts.AUTHENTICATED, events.get(0).cause(), events.get(0).at());
    }
}
