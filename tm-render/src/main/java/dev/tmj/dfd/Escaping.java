package dev.tmj.dfd;

import java.util.List;

/**
 * Escaping for Graphviz DOT, so that any name draws as the text it is and {@code dot} accepts the file
 * (pytm 1.4.0 escaped nothing: a {@code "} broke the file, {@code &} or {@code <} broke HTML-like labels).
 */
final class Escaping {
    /** The most chars of text in one quoted piece of a long DOT string. */
    private static final int QUOTED_PIECE = 2_000;

    private Escaping() {
    }

    /**
     * The text with every control character that {@code textwrap} does not already turn into a space (and every
     * lone surrogate, and U+FFFE and U+FFFF, which XML does not allow) replaced by U+FFFD, so that the diagram
     * shows that something was there and the SVG stays well-formed XML.
     */
    static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            bad = Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                    || Character.getType(c) == Character.CONTROL && "\t\n\u000b\u000c\r".indexOf(c) < 0;
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Text on one line: whitespace that would break a line becomes a space. */
    static String oneLine(String text) {
        return visible(text).replaceAll("\\r\\n|[\\t\\n\\u000b\\u000c\\r\\u0085\\u2028\\u2029]", " ");
    }

    /**
     * A DOT double-quoted string of the lines joined by {@code \n} (Graphviz's centred line break). A
     * backslash is doubled, so that Graphviz's label escapes ({@code \n}, {@code \N}, {@code \G} ...) cannot be
     * formed by a name; a double quote is escaped.
     */
    static String quoted(List<String> lines) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.append("\\n");
            }
            appendQuoted(out, lines.get(i));
        }
        return out.append('"').toString();
    }

    /**
     * A DOT double-quoted string of one line of text. A long text is written as quoted pieces joined by DOT's
     * {@code +}, since {@code dot} rejects a quoted string of more than 16,384 bytes.
     */
    static String quoted(String text) {
        String line = oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 16).append('"');
        int pieceStart = 0;
        while (pieceStart < line.length()) {
            // At most 2,000 chars (a surrogate pair kept whole): escaped, at most 6,000 bytes of UTF-8.
            int pieceEnd = Math.min(line.length(), pieceStart + QUOTED_PIECE);
            if (pieceEnd < line.length() && Character.isHighSurrogate(line.charAt(pieceEnd - 1))) {
                pieceEnd--;
            }
            if (pieceStart > 0) {
                out.append("\" + \"");
            }
            appendQuoted(out, line.substring(pieceStart, pieceEnd));
            pieceStart = pieceEnd;
        }
        return out.append('"').toString();
    }

    /**
     * A backslash doubled, a double quote escaped, and an {@code &} that would start an entity ({@code &amp;},
     * {@code &#60;}, which Graphviz decodes in every label) written as {@code &amp;}, so the name shows as written.
     */
    private static void appendQuoted(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '"') {
                out.append('\\');
            }
            if (c == '&' && startsEntity(text, i + 1)) {
                out.append("&amp;");
                continue;
            }
            out.append(c);
        }
    }

    /** Whether the text from {@code from} reads as the rest of an entity: {@code #}, letters or digits, {@code ;}. */
    private static boolean startsEntity(String text, int from) {
        int i = from;
        while (i < text.length() && i - from < 32 && text.charAt(i) < 0x80
                && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '#' && i == from)) {
            i++;
        }
        return i > from && i < text.length() && text.charAt(i) == ';';
    }

    /**
     * The lines as the content of a Graphviz HTML-like label, joined by {@code <br/>}: XML's special
     * characters become entities, and a backslash is doubled because Graphviz also reads {@code \\} there.
     * No text at all (a name of only whitespace, which wraps to no line) becomes one space: Graphviz rejects
     * an empty {@code <i></i>} or {@code <b></b>}, which pytm writes for {@code Boundary(" ")}.
     */
    static String html(List<String> lines) {
        if (lines.stream().allMatch(String::isEmpty) && lines.size() <= 1) {
            return " ";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.append("<br/>");
            }
            String line = lines.get(i);
            for (int j = 0; j < line.length(); j++) {
                char c = line.charAt(j);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    case '\\' -> out.append("\\\\");
                    default -> out.append(c);
                }
            }
        }
        return out.toString();
    }
}
