package dev.tmj.report.html;

/**
 * A small JSON builder for data embedded in an HTML {@code <script type="application/json">} element. Besides
 * JSON's own escapes it writes {@code <}, {@code >}, {@code &}, {@code '} and the line and paragraph separators
 * as {@code \}{@code uXXXX} escapes, so that no string can close the element ({@code </script>}), open a comment
 * ({@code <!--}) or be read as markup; {@code JSON.parse} gives the same strings back.
 */
final class ScriptJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder();
    /** Whether a value was written at the current nesting level (so the next one needs a comma). */
    private boolean needsComma;

    ScriptJson beginObject() {
        separate();
        out.append('{');
        needsComma = false;
        return this;
    }

    ScriptJson endObject() {
        out.append('}');
        needsComma = true;
        return this;
    }

    ScriptJson beginArray() {
        separate();
        out.append('[');
        needsComma = false;
        return this;
    }

    ScriptJson endArray() {
        out.append(']');
        needsComma = true;
        return this;
    }

    ScriptJson name(String name) {
        separate();
        string(name);
        out.append(':');
        needsComma = false;
        return this;
    }

    ScriptJson value(String value) {
        separate();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        needsComma = true;
        return this;
    }

    ScriptJson value(int value) {
        separate();
        out.append(value);
        needsComma = true;
        return this;
    }

    private void separate() {
        if (needsComma) {
            out.append(',');
            needsComma = false;
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == '\u2028' || c == '\u2029'
                            || Character.isSurrogate(c) && !validSurrogate(s, i)) {
                        unicode(Character.isSurrogate(c) && !validSurrogate(s, i) ? '\ufffd' : c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Whether the surrogate at {@code i} is half of a well-formed pair (a lone one would not encode in UTF-8). */
    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private void unicode(char c) {
        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
                .append(HEX[c & 0xf]);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
