package dev.tmj.report.pytm;

import dev.tmj.python.value.Py;
import dev.tmj.python.value.PyError;
import dev.tmj.report.pytm.Parsed.Attr;
import dev.tmj.report.pytm.Parsed.BadStep;
import dev.tmj.report.pytm.Parsed.Broken;
import dev.tmj.report.pytm.Parsed.Field;
import dev.tmj.report.pytm.Parsed.Item;
import dev.tmj.report.pytm.Parsed.Literal;
import dev.tmj.report.pytm.Parsed.Node;
import dev.tmj.report.pytm.Parsed.Step;
import java.util.List;
import java.util.Map;

/**
 * pytm's {@code SuperFormatter} on top of Python's {@code string.Formatter.vformat}, step for step:
 * <ol>
 *   <li>a field's value is looked up ({@code KeyError}/{@code AttributeError} first), then converted
 *       ({@code !r !s !a});</li>
 *   <li>its format spec is itself formatted, in the same scope and one recursion level down (Python allows two:
 *       a field inside the spec of a field inside the spec of a top-level field is "Max string recursion
 *       exceeded"); this is why a loop body doubles its braces, and why an {@code if:} text is evaluated even
 *       when the condition is false;</li>
 *   <li>the formatted spec decides: {@code repeat...} renders the text after its first colon once per item with
 *       only {@code item} in scope; {@code call:} calls the value, or pytm's ReportUtils method named next, and
 *       renders a list result per item when a template follows; {@code if...}/{@code not...} emit the text after
 *       the first colon unchanged or nothing; anything else is a standard format spec.</li>
 * </ol>
 * Each {@code repeat}/{@code call} template starts again at the top recursion level, as pytm calls
 * {@code self.format} for each item. Loop bodies are parsed once per loop, not once per item, and output is
 * streamed, so rendering is linear in the size of the output.
 */
final class TemplateEvaluator {
    private static final int TOP_DEPTH = 2;

    private final String templateName;
    private final String written;
    private final Map<String, Object> names;

    TemplateEvaluator(String templateName, String written, Map<String, Object> names) {
        this.templateName = templateName;
        this.written = written;
        this.names = names;
    }

    /** A template's names: the report's at the top, only {@code item} inside a loop (where it may be None). */
    private record Scope(boolean top, Object item) {
        static final Scope TOP = new Scope(true, null);

        static Scope loop(Object item) {
            return new Scope(false, item);
        }
    }

    void renderTop(Parsed parsed, Sink sink) {
        render(parsed, Scope.TOP, TOP_DEPTH, sink);
    }

    private void render(Parsed parsed, Scope scope, int depth, Sink sink) {
        Source source = parsed.source;
        for (Node node : parsed.nodes) {
            if (node instanceof Literal literal) {
                sink.literal(source, literal.start(), literal.end());
            } else if (node instanceof Field field) {
                field(source, field, scope, depth, sink);
            } else {
                Broken broken = (Broken) node;
                throw error(source, broken.position(), broken.message());
            }
        }
    }

    private void field(Source source, Field field, Scope scope, int depth, Sink sink) {
        int origin = source.origin(field.open);
        Object value;
        try {
            value = lookup(source, field, scope);
            if (field.conversion != 0) {
                value = TemplateValues.convert(value, field.conversion);
            }
        } catch (Positioned e) {
            throw error(source, e.position, e.error);
        } catch (PyError e) {
            throw error(source, field.conversion != 0 && e.kind().equals("ValueError") ? field.conversionPosition
                    : field.open, e);
        }
        if (depth - 1 < 0) {
            throw error(source, field.open, "Max string recursion exceeded: Python formats the format spec of a"
                    + " field, and the spec's own fields, but no deeper; move the inner part into a repeat: or call:"
                    + " template");
        }
        Source spec = spec(source, field, scope, depth - 1);
        formatField(value, spec, origin, source, field, sink);
    }

    /** The field's format spec after its own fields were replaced (Python's recursive {@code _vformat}). */
    private Source spec(Source source, Field field, Scope scope, int depth) {
        Parsed.Spec spec = field.spec;
        if (spec == null) {
            Source raw = source.slice(field.specStart, field.specEnd);
            boolean braces = raw.text.indexOf('{') >= 0 || raw.text.indexOf('}') >= 0;
            spec = new Parsed.Spec(raw, braces ? Parsed.parse(raw) : null);
            field.spec = spec;
        }
        if (spec.parsed() == null) {
            return spec.source();
        }
        Sink.Builder builder = new Sink.Builder();
        render(spec.parsed(), scope, depth, builder);
        return builder.build(spec.source().origin(spec.source().length()));
    }

    private Object lookup(Source source, Field field, Scope scope) {
        if (field.positional) {
            throw new PyError("IndexError", "positional field: pytm's report passes named values only"
                    + " (tuple index out of range)");
        }
        Object value = name(field.first, scope);
        for (Step step : field.steps) {
            try {
                if (step instanceof Attr attr) {
                    value = TemplateValues.getattr(value, attr.name());
                } else if (step instanceof Item item) {
                    value = TemplateValues.getitem(value, item.key());
                } else {
                    throw PyError.value(((BadStep) step).message());
                }
            } catch (PyError e) {
                throw new Positioned(step.position(), e);
            }
        }
        return value;
    }

    /** A {@link PyError} that belongs to a position inside the field (an attribute step). */
    private static final class Positioned extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int position;
        final PyError error;

        Positioned(int position, PyError error) {
            super(null, null, false, false);
            this.position = position;
            this.error = error;
        }
    }

    private Object name(String name, Scope scope) {
        if (scope.top()) {
            if (names.containsKey(name)) {
                return names.get(name);
            }
            if (name.equals("item")) {
                throw new PyError("KeyError", "'item' is not defined here: it exists only inside a repeat: or call:"
                        + " template, and a field inside such a template must double its braces ({{item.name}})"
                        + " so that the enclosing field does not evaluate it first");
            }
            String hint = dev.tmj.model.Suggestions.closest(name, names.keySet())
                    .map(s -> " (did you mean '" + s + "'?)").orElse("");
            throw new PyError("KeyError", "'" + name + "' is not defined" + hint + "; the report's names are "
                    + String.join(", ", names.keySet()));
        }
        if (name.equals("item")) {
            return scope.item();
        }
        throw new PyError("KeyError", "'" + name + "' is not defined here: inside a repeat: or call: template only"
                + " 'item' is (pytm renders each item with item alone)"
                + (names.containsKey(name) ? "; use the outer name in the enclosing field's spec instead" : ""));
    }

    private void formatField(Object value, Source spec, int origin, Source source, Field field, Sink sink) {
        String s = spec.text;
        try {
            if (s.isEmpty()) {
                sink.value(Py.format(value, s), origin);
            } else if (s.startsWith("repeat")) {
                Source template = afterColon(spec);
                Parsed body = null;
                for (Object item : TemplateValues.repeatItems(value)) {
                    if (body == null) {
                        body = Parsed.parse(template);
                    }
                    render(body, Scope.loop(item), TOP_DEPTH, sink);
                }
            } else if (s.startsWith("call:")) {
                call(value, spec.slice(5, spec.length()), origin, sink);
            } else if (s.startsWith("if") || s.startsWith("not")) {
                Source text = afterColon(spec);
                Object condition = TemplateValues.callable(value) ? TemplateValues.call(value) : value;
                if (Py.truthy(condition) == s.startsWith("if")) {
                    sink.literal(text, 0, text.length());
                }
            } else {
                sink.value(Py.format(value, s), origin);
            }
        } catch (PyError e) {
            throw error(source, field.open, e);
        }
    }

    private void call(Object value, Source rest, int origin, Sink sink) {
        Object result;
        Source template;
        String what;
        if (TemplateValues.callable(value)) {
            Method method = (Method) value;
            result = method.call();
            template = rest;
            what = method.name() + "()";
        } else {
            int colon = rest.text.indexOf(':');
            String method = colon < 0 ? rest.text : rest.text.substring(0, colon);
            template = colon < 0 ? Source.EMPTY : rest.slice(colon + 1, rest.length());
            result = ReportUtils.call(method, value);
            what = method;
        }
        if (result instanceof List<?> items && !template.text.isEmpty()) {
            Parsed body = null;
            for (Object item : items) {
                if (body == null) {
                    body = Parsed.parse(template);
                }
                render(body, Scope.loop(item), TOP_DEPTH, sink);
            }
        } else if (result instanceof String text) {
            sink.value(text, origin);
        } else {
            throw PyError.type("sequence item: expected str instance, " + Py.typeName(result) + " found ("
                    + what + " gave a " + Py.typeName(result)
                    + (result instanceof List ? "; add a template to render each item: call:NAME:TEMPLATE)" : ")"));
        }
    }

    /** The text after the first colon of a spec, or nothing (Python's {@code partition(":")[2]}). */
    private static Source afterColon(Source spec) {
        int colon = spec.text.indexOf(':');
        return colon < 0 ? Source.EMPTY : spec.slice(colon + 1, spec.length());
    }

    private TemplateException error(Source source, int position, PyError e) {
        return error(source, position, e.kind() + ": " + e.getMessage());
    }

    private TemplateException error(Source source, int position, String message) {
        int at = Math.max(0, Math.min(source.origin(Math.min(position, source.length())), written.length()));
        return TemplateException.at(templateName, written, at, message);
    }
}
