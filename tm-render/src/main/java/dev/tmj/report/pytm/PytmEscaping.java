package dev.tmj.report.pytm;

/**
 * How pytm's {@code TM.report} escapes threat and finding texts before it renders them: every {@code $} that is not
 * already escaped becomes {@code \$} (so that Markdown renderers with math support show it as a dollar sign), then
 * the text is HTML-escaped as Python's {@code html.escape(s, quote=True)} does ({@code & < > " '}).
 */
public final class PytmEscaping {
    private PytmEscaping() {
    }

    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '$' -> i > 0 && text.charAt(i - 1) == '\\' ? null : "\\$";
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#x27;";
                default -> null;
            };
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
