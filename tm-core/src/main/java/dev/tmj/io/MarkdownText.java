package dev.tmj.io;

/**
 * Escapes model text for Markdown (CommonMark and GitHub Flavored Markdown) so that it shows as the text it is,
 * wherever a template or a writer puts it: in a paragraph, a heading, a list item or a table cell. The one Markdown
 * escaper: tm-render's Markdown report, tm-formats' CI summary and tm-integrations' tickets use it.
 * <ul>
 *   <li>{@code &}, {@code <} and {@code >} become entities: no HTML tag, comment or entity in model text
 *       renders, and no autolink ({@code <http://...>}) forms;</li>
 *   <li>the characters that start inline syntax get a backslash: {@code \ ` * _ [ ] { } # | ~ $}
 *       (code spans, emphasis, links and images, table cells, strikethrough, math, and the {@code {{...}}} of
 *       wiki and site templates);</li>
 *   <li>a line break becomes {@code <br>}, so a value never starts a new block (a heading, list, quote or table
 *       row) and never ends a table row;</li>
 *   <li>at the start of the value, which a template may place at the start of a line, {@code + - =} get a
 *       backslash and so does the {@code .} or {@code )} after leading digits when a blank follows (list items,
 *       setext underlines);
 *       leading blanks are dropped (they would make a code block);</li>
 *   <li>control characters other than tab are dropped.</li>
 * </ul>
 */
public final class MarkdownText {
    private MarkdownText() {
    }

    /** The value escaped. */
    public static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        escape(value, out);
        return out.toString();
    }

    /** The value escaped, appended to {@code out}. */
    public static void escape(String value, StringBuilder out) {
        int start = 0;
        while (start < value.length() && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        int digitsEnd = start;
        while (digitsEnd < value.length() && Character.isDigit(value.charAt(digitsEnd))) {
            digitsEnd++;
        }
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '{', '}', '#', '|', '~', '$' -> out.append('\\').append(c);
                case '\r' -> {
                    out.append("<br>");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> out.append("<br>");
                case '+', '-', '=' -> {
                    if (i == start) {
                        out.append('\\');
                    }
                    out.append(c);
                }
                case '.', ')' -> {
                    if (i == digitsEnd && digitsEnd > start
                            && (i + 1 == value.length() || Character.isWhitespace(value.charAt(i + 1)))) {
                        out.append('\\');
                    }
                    out.append(c);
                }
                default -> {
                    if (c >= 0x20 && c != 0x7f || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
    }
}
