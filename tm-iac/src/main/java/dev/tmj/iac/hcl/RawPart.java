package dev.tmj.iac.hcl;

import java.util.ArrayList;
import java.util.List;

/** A template part as read, before strip markers are applied and directives nested ({@link TemplateNesting}). */
sealed interface RawPart {

    /** The same part with a {@code ~} before its closing brace. */
    RawPart strippingAfter();

    /** Literal text; in a heredoc, the offsets in {@code text} where its lines start. */
    final class Text implements RawPart {
        final StringBuilder text = new StringBuilder();
        final List<Integer> lineStarts = new ArrayList<>();

        @Override
        public RawPart strippingAfter() {
            return this;
        }
    }

    record Interpolation(Expression expression, boolean stripBefore, boolean stripAfter) implements RawPart {
        @Override
        public RawPart strippingAfter() {
            return new Interpolation(expression, stripBefore, true);
        }
    }

    /** {@code %{ keyword … }}: if (with expression), else, endif, for (key, value, expression), endfor. */
    record Directive(String keyword, String key, String value, Expression expression, int line, int column,
            boolean stripBefore, boolean stripAfter) implements RawPart {
        @Override
        public RawPart strippingAfter() {
            return new Directive(keyword, key, value, expression, line, column, stripBefore, true);
        }
    }

    /**
     * {@code <<-}: removes from every line the indentation that all its lines share. A line that is empty does not
     * count; a line that starts with an interpolation has none.
     */
    static void stripIndentation(List<RawPart> parts) {
        int common = Integer.MAX_VALUE;
        for (int p = 0; p < parts.size(); p++) {
            if (parts.get(p) instanceof Text text) {
                boolean last = p == parts.size() - 1;
                for (int start : text.lineStarts) {
                    int i = start;
                    while (i < text.text.length() && (text.text.charAt(i) == ' ' || text.text.charAt(i) == '\t')) {
                        i++;
                    }
                    boolean empty = i < text.text.length() ? text.text.charAt(i) == '\n' : last;
                    if (!empty) {
                        common = Math.min(common, i - start);
                    }
                }
            }
        }
        if (common == Integer.MAX_VALUE || common == 0) {
            return;
        }
        for (RawPart part : parts) {
            if (part instanceof Text text && !text.lineStarts.isEmpty()) {
                StringBuilder stripped = new StringBuilder(text.text.length());
                int from = 0;
                for (int start : text.lineStarts) {
                    stripped.append(text.text, from, start);
                    int i = start;
                    while (i < text.text.length() && i - start < common
                            && (text.text.charAt(i) == ' ' || text.text.charAt(i) == '\t')) {
                        i++;
                    }
                    from = i;
                }
                stripped.append(text.text, from, text.text.length());
                text.text.setLength(0);
                text.text.append(stripped);
            }
        }
    }
}
