package dev.tmj.iac.hcl;

import dev.tmj.iac.hcl.Expression.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the flat parts of a template into {@link Template.Part}s: applies the {@code ~} strip markers (the blanks
 * and newlines on that side of the interpolation or directive go), merges adjacent text, and nests
 * {@code %{if}…%{else}…%{endif}} and {@code %{for}…%{endfor}}.
 */
final class TemplateNesting {
    private final List<RawPart> parts;
    private final HclLexer lexer;
    private int next;

    private TemplateNesting(List<RawPart> parts, HclLexer lexer) {
        this.parts = parts;
        this.lexer = lexer;
    }

    static List<Template.Part> build(List<RawPart> parts, HclLexer lexer) {
        List<RawPart> stripped = applyStripMarkers(parts);
        TemplateNesting nesting = new TemplateNesting(stripped, lexer);
        List<Template.Part> result = new ArrayList<>();
        RawPart.Directive end = nesting.sequence(result);
        if (end != null) {
            throw lexer.error(end.line(), end.column(), "%{ " + end.keyword() + " } without a matching "
                    + (end.keyword().equals("endfor") ? "%{ for }" : "%{ if }"));
        }
        return List.copyOf(result);
    }

    private static List<RawPart> applyStripMarkers(List<RawPart> parts) {
        List<String> texts = new ArrayList<>();
        for (RawPart part : parts) {
            texts.add(part instanceof RawPart.Text text ? text.text.toString() : null);
        }
        for (int i = 0; i < parts.size(); i++) {
            boolean before = parts.get(i) instanceof RawPart.Interpolation in ? in.stripBefore()
                    : parts.get(i) instanceof RawPart.Directive d && d.stripBefore();
            boolean after = parts.get(i) instanceof RawPart.Interpolation in2 ? in2.stripAfter()
                    : parts.get(i) instanceof RawPart.Directive d2 && d2.stripAfter();
            if (before && i > 0 && texts.get(i - 1) != null) {
                texts.set(i - 1, texts.get(i - 1).stripTrailing());
            }
            if (after && i + 1 < parts.size() && texts.get(i + 1) != null) {
                texts.set(i + 1, texts.get(i + 1).stripLeading());
            }
        }
        List<RawPart> result = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (texts.get(i) == null) {
                result.add(parts.get(i));
            } else if (!texts.get(i).isEmpty()) {
                RawPart.Text text = new RawPart.Text();
                text.text.append(texts.get(i));
                result.add(text);
            }
        }
        return result;
    }

    /** Reads parts up to a directive that ends this sequence (else, endif, endfor), which it returns, or the end. */
    private RawPart.Directive sequence(List<Template.Part> into) {
        while (next < parts.size()) {
            RawPart part = parts.get(next++);
            if (part instanceof RawPart.Text text) {
                into.add(new Template.Text(text.text.toString()));
            } else if (part instanceof RawPart.Interpolation in) {
                into.add(new Template.Interpolation(in.expression()));
            } else if (part instanceof RawPart.Directive directive) {
                switch (directive.keyword()) {
                    case "if" -> into.add(ifDirective(directive));
                    case "for" -> into.add(forDirective(directive));
                    default -> {
                        return directive;
                    }
                }
            }
        }
        return null;
    }

    private Template.Part ifDirective(RawPart.Directive start) {
        List<Template.Part> then = new ArrayList<>();
        List<Template.Part> otherwise = new ArrayList<>();
        RawPart.Directive end = sequence(then);
        if (end != null && end.keyword().equals("else")) {
            end = sequence(otherwise);
        }
        if (end == null || !end.keyword().equals("endif")) {
            throw lexer.error(start.line(), start.column(), "expected %{ endif } to close this %{ if }");
        }
        return new Template.If(start.expression(), then, otherwise);
    }

    private Template.Part forDirective(RawPart.Directive start) {
        List<Template.Part> body = new ArrayList<>();
        RawPart.Directive end = sequence(body);
        if (end == null || !end.keyword().equals("endfor")) {
            throw lexer.error(start.line(), start.column(), "expected %{ endfor } to close this %{ for }");
        }
        return new Template.For(start.key(), start.value(), start.expression(), body);
    }
}
