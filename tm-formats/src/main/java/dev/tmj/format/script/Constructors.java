package dev.tmj.format.script;

import static dev.tmj.format.script.ScriptValues.dotted;
import static dev.tmj.format.script.ScriptParser.unsupported;

import dev.tmj.model.Assumption;
import dev.tmj.model.Attribute;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import dev.tmj.model.Schemas;
import dev.tmj.model.SourceLocation;
import dev.tmj.model.TmjException;
import dev.tmj.python.Expr;
import dev.tmj.python.value.PyTuple;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calls a script may make: pytm's constructors with pytm's signatures ({@code Server(name, **attrs)},
 * {@code Dataflow(source, sink, name, **attrs)}, {@code TM(name, description, **attrs)}, {@code Data(name, ...)},
 * {@code Assumption(name, exclude=..., description=...)}, {@code Finding(threat_id=..., ...)} inside overrides)
 * and {@code tm.process()}, which is ignored.
 */
final class Constructors {
    private final ScriptInterpreter script;

    private final CallDispatch dispatch;

    Constructors(ScriptInterpreter script) {
        this.script = script;
        this.dispatch = new CallDispatch(script, this);
    }

    /** The constructed object, or null for {@code tm.process()}; see {@link CallDispatch}. */
    Object call(Expr.Call call) {
        return dispatch.call(call);
    }

    /**
     * A call of pytm's class, helper or constructor {@code symbol}; {@code *items} and {@code **settings} are
     * expanded first into the positional and keyword arguments they hold.
     */
    Object construct(PytmSymbol symbol, Expr.Call written) {
        Expr.Call call = expanded(written, symbol.name());
        return switch (symbol.kind()) {
            case ELEMENT -> element(symbol, call);
            case DATAFLOW -> dataflow(call);
            case DATA -> data(call);
            case TM -> tm(call);
            case ASSUMPTION -> assumption(call);
            case FINDING -> finding(call);
            case FLOW_HELPER -> symbol.name().equals("req_reply") ? requestAndReply(call) : reply(call);
            default -> throw script.error(call, unsupported("calls to '" + dotted(call.func())
                    + "' are not supported"));
        };
    }
    /**
     * The call with {@code *xs} and {@code **d} replaced by the values they hold, as Python passes them
     * ({@code Datastore("DB", isSQL=True, **settings)}), every argument evaluated in the order written; each
     * value keeps the position of its expression, or of its {@code *} or {@code **}.
     */
    private Expr.Call expanded(Expr.Call call, String callee) {
        boolean starred = call.args().stream().anyMatch(Expr.Starred.class::isInstance)
                || call.keywords().stream().anyMatch(keyword -> keyword.name() == null);
        if (!starred) {
            return call;
        }
        List<Expr> args = new ArrayList<>();
        for (Expr arg : call.args()) {
            if (arg instanceof Expr.Starred star) {
                for (Object item : script.builtins().iterate(script.evaluate(star.value()), star.value())) {
                    args.add(new Expr.Constant(item, star.line(), star.column()));
                }
            } else {
                args.add(evaluated(arg));
            }
        }
        List<Expr.Keyword> keywords = new ArrayList<>();
        for (Expr.Keyword keyword : call.keywords()) {
            if (keyword.name() != null) {
                keywords.add(new Expr.Keyword(keyword.name(), evaluated(keyword.value()), keyword.line(),
                        keyword.column()));
                continue;
            }
            Object settings = script.evaluate(keyword.value());
            if (!(settings instanceof Map<?, ?> map)) {
                throw script.error(keyword.value(), callee + "() argument after ** must be a mapping, not "
                        + dev.tmj.python.value.Py.typeName(settings));
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String name)) {
                    throw script.error(keyword.value(), "keywords must be strings");
                }
                keywords.add(new Expr.Keyword(name, new Expr.Constant(entry.getValue(), keyword.line(),
                        keyword.column()), keyword.line(), keyword.column()));
            }
        }
        return new Expr.Call(call.func(), List.copyOf(args), List.copyOf(keywords), call.line(), call.column());
    }

    /** An argument evaluated now: with {@code *} or {@code **} in a call, Python evaluates every argument in order. */
    private Expr evaluated(Expr arg) {
        return new Expr.Constant(script.evaluate(arg), arg.line(), arg.column());
    }

    private Element element(PytmSymbol symbol, Expr.Call call) {
        Bound bound = bind(call, symbol.name(), List.of("name"), 1);
        String name = string(bound, "name", symbol.name());
        Element element = script.model().add(symbol.elementType(), name);
        element.locatedAt(location(call));
        keywords(element, bound.rest());
        return element;
    }

    private Element dataflow(Expr.Call call) {
        Bound bound = bind(call, "Dataflow", List.of("source", "sink", "name"), 3);
        Element source = endpoint(bound, "source");
        Element sink = endpoint(bound, "sink");
        String name = string(bound, "name", "Dataflow");
        Element flow = script.model().dataflow(source, sink, name);
        flow.locatedAt(location(call));
        keywords(flow, bound.rest());
        return flow;
    }

    /**
     * pytm.flows' {@code req_reply(src, dest, req_name, reply_name=None)}: a request flow and the reply flow
     * back, named {@code "Reply to <req_name>"} unless {@code reply_name} is given; returns both as a tuple.
     */
    private PyTuple requestAndReply(Expr.Call call) {
        Bound bound = bind(call, "req_reply", List.of("src", "dest", "req_name", "reply_name"), 3);
        if (!bound.rest().isEmpty()) {
            Expr.Keyword unexpected = bound.rest().get(0);
            throw script.error(unexpected.line(), unexpected.column(),
                    "req_reply() got an unexpected keyword argument '" + unexpected.name() + "'");
        }
        Element source = endpoint(bound, "src", "req_reply");
        Element sink = endpoint(bound, "dest", "req_reply");
        String requestName = string(bound, "req_name", "req_reply");
        Expr replyExpr = bound.params().get("reply_name");
        Object replyName = replyExpr == null ? null : script.evaluate(replyExpr);
        if (replyName != null && !(replyName instanceof String)) {
            throw script.error(replyExpr, "req_reply() argument 'reply_name' must be a str, got "
                    + ScriptValues.describe(replyName));
        }
        Element request = script.model().dataflow(source, sink, requestName);
        request.locatedAt(location(call));
        // pytm: "if not reply_name", so an empty name gets the default too.
        String name = replyName == null || ((String) replyName).isEmpty() ? "Reply to " + requestName
                : (String) replyName;
        return ScriptValues.tuple(List.of(request, replyTo(request, name, List.of(), call)));
    }

    /**
     * pytm.flows' {@code reply(req, **kwargs)}: the reply flow back from the request's sink, named by
     * {@code name=} or {@code "Reply to <request>"}, the other keywords setting its attributes. Like pytm, it
     * returns the tuple {@code (req, reply)}.
     */
    private PyTuple reply(Expr.Call call) {
        Bound bound = bind(call, "reply", List.of("req"), 1);
        Expr requestExpr = bound.params().get("req");
        Object value = script.evaluate(requestExpr);
        if (!(value instanceof Element request) || !request.isDataflow()) {
            throw script.error(requestExpr, "reply() argument 'req' must be a Dataflow, got "
                    + ScriptValues.describe(value));
        }
        List<Expr.Keyword> attributes = new ArrayList<>(bound.rest());
        String name = "Reply to " + request.name();
        for (Expr.Keyword keyword : bound.rest()) {
            if (keyword.name().equals("name")) {
                Object given = script.evaluate(keyword.value());
                if (!(given instanceof String text)) {
                    throw script.error(keyword.value(), "reply() argument 'name' must be a str, got "
                            + ScriptValues.describe(given));
                }
                name = text;
                attributes.remove(keyword);
            }
        }
        return ScriptValues.tuple(List.of(request, replyTo(request, name, attributes, call)));
    }

    private Element replyTo(Element request, String name, List<Expr.Keyword> attributes, Expr.Call call) {
        Element reply = script.model().dataflow(request.sink(), request.source(), name);
        reply.locatedAt(location(call));
        keywords(reply, attributes);
        script.setAttribute(reply, "responseTo", request, call.line(), call.column());
        return reply;
    }

    private Data data(Expr.Call call) {
        Bound bound = bind(call, "Data", List.of("name"), 1);
        String name = string(bound, "name", "Data");
        Data data = script.model().data(name);
        data.locatedAt(location(call));
        keywords(data, bound.rest());
        return data;
    }

    private Model tm(Expr.Call call) {
        SourceLocation first = script.tmLocation();
        if (first != null) {
            throw script.error(call, "a script may create only one TM; the first is at line " + first.line());
        }
        Bound bound = bind(call, "TM", List.of("name", "description"), 1);
        String name = string(bound, "name", "TM");
        Model model = script.model();
        model.set("name", name);
        model.locatedAt(location(call));
        script.tmCreated(location(call));
        Expr description = bound.params().get("description");
        if (description != null) {
            script.setAttribute(model, "description", script.evaluate(description), description.line(),
                    description.column());
        }
        keywords(model, bound.rest());
        return model;
    }

    private Assumption assumption(Expr.Call call) {
        Bound bound = bind(call, "Assumption", List.of("name"), 1);
        String name = string(bound, "name", "Assumption");
        Set<String> exclude = Set.of();
        String description = "";
        for (Expr.Keyword keyword : bound.rest()) {
            Object value = script.evaluate(keyword.value());
            if (Schemas.ASSUMPTION.find(keyword.name()).isEmpty()) {
                script.extras().ignore("Assumption", Schemas.ASSUMPTION.names(), keyword.name(), keyword.line(),
                        keyword.column());
                continue;
            }
            try {
                Attribute attribute = Schemas.ASSUMPTION.attribute(keyword.name());
                Object converted = Coercion.toValue("Assumption(" + name + ")", attribute, value);
                if (attribute.name().equals("exclude")) {
                    @SuppressWarnings("unchecked")
                    Set<String> sids = (Set<String>) converted;
                    exclude = sids;
                } else {
                    description = (String) converted;
                }
            } catch (TmjException e) {
                throw script.error(keyword.line(), keyword.column(), e.getMessage());
            }
        }
        return new Assumption(name, exclude, description);
    }

    /**
     * A {@code Finding(...)} on its own: pytm builds the object and nobody keeps it, so it changes nothing.
     * Its arguments are still evaluated, so that a name the script never defined is an error as in Python.
     */
    void ignoredFinding(Expr.Call call) {
        if (call.args().size() > 1) {
            throw script.error(call.args().get(1), "Finding() takes at most 1 positional argument (element) but "
                    + call.args().size() + " were given");
        }
        call.args().forEach(script::evaluate);
        call.keywords().forEach(keyword -> script.evaluate(keyword.value()));
    }

    /** Whether a call is {@code Finding(...)} (by any name the script imported it as). */
    boolean isFinding(Expr.Call call) {
        if (call.func() instanceof Expr.Name name && script.isBound(name.id())) {
            return script.bound(name.id()) instanceof PytmSymbol symbol && symbol.kind() == PytmSymbol.Kind.FINDING;
        }
        return call.func() instanceof Expr.Attribute attribute && attribute.attr().equals("Finding")
                && script.evaluate(attribute.value()) instanceof PytmSymbol.Module module
                && script.moduleAttribute(module, attribute) instanceof PytmSymbol symbol
                && symbol.kind() == PytmSymbol.Kind.FINDING;
    }

    /**
     * {@code Finding(element, threat_id="SID", response=...)}: a value a script may keep in a name and put in an
     * element's {@code overrides} later, as pytm allows; the element given first is evaluated and, as in pytm's
     * overrides, not used.
     */
    private FindingOverride finding(Expr.Call call) {
        Bound bound = bind(call, "Finding", List.of("element"), 0);
        if (bound.params().containsKey("element")) {
            script.evaluate(bound.params().get("element"));
        }
        Expr.Keyword sid = bound.rest().stream().filter(k -> k.name().equals("threat_id")).findFirst()
                .orElseThrow(() -> script.error(call, "Finding() needs threat_id=\"SID\" to override a finding"));
        Object id = script.evaluate(sid.value());
        if (!(id instanceof String text)) {
            throw script.error(sid.value(), "Finding() argument 'threat_id' must be a str, got " + ScriptValues.describe(id));
        }
        FindingOverride override = FindingOverride.of(text);
        List<Expr.Keyword> others = new ArrayList<>(bound.rest());
        others.remove(sid);
        keywords(override, others);
        return override;
    }

    private void keywords(ModelObject target, List<Expr.Keyword> keywords) {
        for (Expr.Keyword keyword : keywords) {
            Object value = script.evaluate(keyword.value());
            script.setAttribute(target, keyword.name(), value, keyword.line(), keyword.column());
        }
    }

    private Element endpoint(Bound bound, String param) {
        return endpoint(bound, param, "Dataflow");
    }

    private Element endpoint(Bound bound, String param, String callee) {
        Expr expr = bound.params().get(param);
        Object value = script.evaluate(expr);
        if (!(value instanceof Element element)) {
            throw script.error(expr, callee + "() argument '" + param + "' must be an element, got "
                    + ScriptValues.describe(value));
        }
        return element;
    }

    private String string(Bound bound, String param, String callee) {
        Expr expr = bound.params().get(param);
        Object value = script.evaluate(expr);
        if (!(value instanceof String text)) {
            throw script.error(expr, callee + "() argument '" + param + "' must be a str, got "
                    + ScriptValues.describe(value));
        }
        return text;
    }

    private SourceLocation location(Expr.Call call) {
        return script.location(call.line(), call.column());
    }

    /** Arguments matched to the named parameters; the remaining keywords set attributes. */
    private record Bound(Map<String, Expr> params, List<Expr.Keyword> rest) {
    }

    private Bound bind(Expr.Call call, String callee, List<String> params, int required) {
        Set<String> seen = new HashSet<>();
        for (Expr.Keyword keyword : call.keywords()) {
            if (!seen.add(keyword.name())) {
                throw script.error(keyword.line(), keyword.column(), "keyword argument repeated: '" + keyword.name()
                        + "'");
            }
        }
        if (call.args().size() > params.size()) {
            Expr extra = call.args().get(params.size());
            throw script.error(extra, params.isEmpty()
                    ? callee + "() takes keyword arguments only, for example Finding(threat_id=\"INP02\", "
                            + "response=\"mitigated\")"
                    : callee + "() takes " + params.size() + " positional argument" + (params.size() == 1 ? "" : "s")
                            + " (" + String.join(", ", params) + ") but " + call.args().size() + " were given");
        }
        Map<String, Expr> bound = new LinkedHashMap<>();
        for (int i = 0; i < call.args().size(); i++) {
            bound.put(params.get(i), call.args().get(i));
        }
        List<Expr.Keyword> rest = new ArrayList<>();
        for (Expr.Keyword keyword : call.keywords()) {
            if (!params.contains(keyword.name())) {
                rest.add(keyword);
            } else if (bound.putIfAbsent(keyword.name(), keyword.value()) != null) {
                throw script.error(keyword.line(), keyword.column(), callee + "() got multiple values for argument '"
                        + keyword.name() + "'");
            }
        }
        for (String param : params.subList(0, required)) {
            if (!bound.containsKey(param)) {
                throw script.error(call, callee + "() missing required argument '" + param + "'");
            }
        }
        return new Bound(bound, rest);
    }
}
