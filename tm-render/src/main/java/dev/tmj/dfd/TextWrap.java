package dev.tmj.dfd;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code textwrap.wrap(text, width)} with its default settings, which pytm uses for every label:
 * tabs expanded, whitespace turned into spaces, words broken after hyphens, over-long words cut, whitespace
 * dropped at line ends. Widths count code points, as Python does.
 */
final class TextWrap {
    private static final String WS = "[\\t\\n\\x0b\\x0c\\r ]";
    private static final String NWS = "[^\\t\\n\\x0b\\x0c\\r ]";
    private static final String WORD_PUNCT = "[\\w!\"'&.,?]";
    private static final String LETTER = "[^\\d\\W]";
    /** textwrap.TextWrapper.wordsep_re (Python 3.7+). */
    private static final Pattern WORDSEP = Pattern.compile(
            "(" + WS + "+"
                    + "|(?<=" + WORD_PUNCT + ")-{2,}(?=\\w)"
                    + "|" + NWS + "+?(?:"
                    + "-(?:(?<=" + LETTER + "{2}-)|(?<=" + LETTER + "-" + LETTER + "-))(?=" + LETTER + "-?" + LETTER + ")"
                    + "|(?=" + WS + "|\\z)"
                    + "|(?<=" + WORD_PUNCT + ")(?=-{2,}\\w)"
                    + "))",
            Pattern.UNICODE_CHARACTER_CLASS);

    private TextWrap() {
    }

    /** The lines of {@code text} wrapped at {@code width} columns; no lines for blank text. */
    static List<String> wrap(String text, int width) {
        List<String> chunks = chunks(munge(text));
        List<String> lines = new ArrayList<>();
        int next = 0;
        while (next < chunks.size()) {
            List<String> line = new ArrayList<>();
            int length = 0;
            if (isBlank(chunks.get(next)) && !lines.isEmpty()) {
                next++;
            }
            while (next < chunks.size()) {
                int l = len(chunks.get(next));
                if (length + l > width) {
                    break;
                }
                line.add(chunks.get(next++));
                length += l;
            }
            if (next < chunks.size() && len(chunks.get(next)) > width) {
                String chunk = chunks.get(next);
                int spaceLeft = width < 1 ? 1 : width - length;
                int end = spaceLeft;
                if (len(chunk) > spaceLeft) {
                    String head = prefix(chunk, spaceLeft);
                    int hyphen = head.lastIndexOf('-');
                    if (hyphen > 0 && !head.substring(0, hyphen).chars().allMatch(c -> c == '-')) {
                        end = head.codePointCount(0, hyphen) + 1;
                    }
                }
                line.add(prefix(chunk, end));
                chunks.set(next, chunk.substring(prefix(chunk, end).length()));
            }
            if (!line.isEmpty() && isBlank(line.get(line.size() - 1))) {
                line.remove(line.size() - 1);
            }
            if (!line.isEmpty()) {
                lines.add(String.join("", line));
            }
        }
        return lines;
    }

    /** expandtabs(8), then every ASCII whitespace character becomes a space. */
    private static String munge(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                int spaces = 8 - column % 8;
                out.append(" ".repeat(spaces));
                column += spaces;
            } else if (c == '\n' || c == '\r') {
                out.append(' ');
                column = 0;
            } else if (c == '\u000b' || c == '\u000c') {
                out.append(' ');
                column++;
            } else {
                out.append(c);
                if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
        }
        return out.toString();
    }

    private static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        Matcher m = WORDSEP.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                chunks.add(text.substring(last, m.start()));
            }
            if (!m.group().isEmpty()) {
                chunks.add(m.group());
            }
            last = m.end();
        }
        if (last < text.length()) {
            chunks.add(text.substring(last));
        }
        return chunks;
    }

    private static boolean isBlank(String chunk) {
        return chunk.strip().isEmpty();
    }

    private static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String prefix(String s, int codePoints) {
        int n = Math.min(codePoints, len(s));
        return s.substring(0, s.offsetByCodePoints(0, n));
    }
}
