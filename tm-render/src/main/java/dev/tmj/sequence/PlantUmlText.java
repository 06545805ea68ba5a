package dev.tmj.sequence;

/**
 * Turns model text into PlantUML text that PlantUML shows verbatim. PlantUML gives meaning to much of what a
 * name may hold: creole markup ({@code **bold**}, {@code //italic//}, {@code ""mono""}, {@code --strike--},
 * {@code __underline__}, {@code ~~wave~~}, the {@code ~} escape), HTML-like tags ({@code <b>},
 * {@code <color:red>}, {@code <img:...>}), links ({@code [[...]]}), {@code \n} line breaks, preprocessor
 * variables and functions ({@code $x}, {@code %date()}), directives at the start of a line ({@code !include},
 * {@code @enduml}), comments ({@code '}, {@code /'}) and, inside a note, a line that reads {@code end note}.
 *
 * <p>Only what PlantUML would read is written as an HTML numeric entity ({@code &#42;}), which PlantUML decodes
 * only when it draws the text, after markup and the preprocessor have run; everything else is written as pytm
 * writes it, so that {@code (*)}, {@code a/b}, {@code R&D}, {@code Web-App} or {@code a < b} read the same in
 * tmj's and pytm's text. Always an entity: {@code " \ ~ $ %} (quotes, line-break and creole escapes, the
 * preprocessor). An entity when they would start markup: {@code &} before {@code #} or a letter (an entity of
 * its own), {@code <} before anything but a space, a digit, {@code -}, {@code =} or the end (tags, icons,
 * {@code <U+0041>}), and {@code * / - _ = ' [ ] { }} next to their own kind ({@code **}, {@code //}, {@code --},
 * {@code __}, {@code ==}, {@code [[}, {@code {{}) or, for {@code /} and {@code '}, next to each other (comments).
 * Letters and marks outside ASCII stay as they are; characters that have no place in
 * an SVG text (controls, lone surrogates, non-characters) and the bidirectional overrides that could reorder what
 * a reader sees become U+FFFD. A line break in a name becomes PlantUML's {@code \n}; in a note it stays a line
 * break, and a note line whose first letter is an {@code e} has that letter written as an entity, so that no
 * line ({@code end note}, {@code endnote}, in any case and spacing) can end the note early.
 */
final class PlantUmlText {
    private static final char REPLACEMENT = '\uFFFD';

    private PlantUmlText() {
    }

    /** A name for {@code as "..."} or a message label: one PlantUML line, shown as written. */
    static String label(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                out.append("\\n");
            } else if (cp == '\n' || cp == '\u2028' || cp == '\u2029' || cp == '\u0085') {
                out.append("\\n");
            } else {
                if (i == Character.charCount(cp) && cp < 0x80 && cp > ' ' && cp != '(' && !Character.isLetterOrDigit(cp)) {
                    entity(out, cp); // = heading, * list, | table ... at the start of a label
                } else {
                    appendChar(out, cp, text, i - Character.charCount(cp), i);
                }
            }
        }
        if (text.isBlank()) {
            // PlantUML rejects an empty display name; a no-break space keeps the participant and shows nothing.
            out.append("&#160;");
        }
        return out.toString();
    }

    /** The body of a {@code note ... end note} block: its lines, none of which can end the block. */
    static String noteBody(String text) {
        String[] lines = text.split("\r\n|[\r\n\u2028\u2029\u0085]", -1);
        StringBuilder out = new StringBuilder(text.length() + 16 * lines.length);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                out.append('\n');
            }
            String line = lines[l];
            int i = 0;
            boolean first = true;
            while (i < line.length()) {
                int cp = line.codePointAt(i);
                i += Character.charCount(cp);
                if (first && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                    first = false;
                    // "end note", "endnote", "END NOTE" ... can no longer end the note; and what PlantUML reads at
                    // the start of a line (!include, @enduml, ' comments, lists, tables, headings) is text.
                    if (cp == 'e' || cp == 'E' || cp < 0x80 && !Character.isLetterOrDigit(cp) && cp >= 0x20) {
                        entity(out, cp);
                        continue;
                    }
                }
                appendChar(out, cp, line, i - Character.charCount(cp), i);
            }
        }
        return out.toString();
    }

    /** The code point {@code cp} of {@code text}, from index {@code start} to {@code end}. */
    private static void appendChar(StringBuilder out, int cp, String text, int start, int end) {
        if (cp == '\t') {
            out.append(' ');
        } else if (cp < 0x80 && cp >= 0x20 && cp != 0x7F) {
            int previous = start > 0 ? text.codePointBefore(start) : -1;
            int next = end < text.length() ? text.codePointAt(end) : -1;
            if (startsMarkup(cp, previous, next) || cp == '&' && isEntity(text, end)) {
                entity(out, cp);
            } else {
                out.appendCodePoint(cp);
            }
        } else if (isSafe(cp)) {
            out.appendCodePoint(cp);
        } else {
            out.append(REPLACEMENT);
        }
    }

    /** Whether a printable ASCII character, between these two, would be read by PlantUML rather than shown. */
    private static boolean startsMarkup(int cp, int previous, int next) {
        return switch (cp) {
            case '"', '\\', '~', '$', '%' -> true;
            case '&' -> next == '#';
            case '<' -> !(next == -1 || next == ' ' || next == '-' || next == '=' || next >= '0' && next <= '9');
            case '/' -> previous == '/' || next == '/' || previous == '\'' || next == '\'';
            case '\'' -> previous == '/' || next == '/' || previous == '\'' || next == '\'';
            case '*', '-', '_', '=', '[', ']', '{', '}' -> previous == cp || next == cp;
            default -> false;
        };
    }

    /** Whether {@code &} followed by the text from {@code from} would be read as an entity ({@code &amp;}). */
    private static boolean isEntity(String text, int from) {
        int i = from;
        while (i < text.length() && i - from < 32 && text.charAt(i) < 0x80 && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i > from && i < text.length() && text.charAt(i) == ';';
    }

    /** Characters outside ASCII written as themselves. */
    private static boolean isSafe(int cp) {
        if (cp <= 0x9F || cp >= 0xD800 && cp <= 0xDFFF) {
            return false; // C1 controls, lone surrogates
        }
        if ((cp & 0xFFFE) == 0xFFFE || cp >= 0xFDD0 && cp <= 0xFDEF) {
            return false; // non-characters
        }
        // Bidirectional embeddings, overrides and isolates reorder the text a reader sees.
        if (cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069 || cp == 0x200E || cp == 0x200F
                || cp == 0x061C) {
            return false;
        }
        return Character.isDefined(cp);
    }

    private static void entity(StringBuilder out, int cp) {
        out.append("&#").append(cp).append(';');
    }

    /**
     * The reverse of {@link #label} and {@link #noteBody} for the characters they encode: decodes numeric
     * entities and {@code \n}. For tests and for comparing with pytm's unescaped output.
     */
    static String decode(String escaped) {
        StringBuilder out = new StringBuilder(escaped.length());
        int i = 0;
        while (i < escaped.length()) {
            char c = escaped.charAt(i);
            if (c == '&' && i + 2 < escaped.length() && escaped.charAt(i + 1) == '#') {
                int end = escaped.indexOf(';', i);
                if (end > 0) {
                    out.appendCodePoint(Integer.parseInt(escaped.substring(i + 2, end)));
                    i = end + 1;
                    continue;
                }
            }
            if (c == '\\' && i + 1 < escaped.length() && escaped.charAt(i + 1) == 'n') {
                out.append('\n');
                i += 2;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
