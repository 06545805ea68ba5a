package dev.tmj.io;

/**
 * Text from a model, a threat library or an error, made safe to print as one line of a terminal or a CI log.
 * Names come from untrusted models: a newline followed by {@code ::error file=…::} would inject a GitHub workflow
 * command (Azure DevOps reads {@code ##vso[}), and an ANSI escape sequence would recolour or rewrite the log.
 * Every line tmj prints on stdout or stderr (the command line, tm-test's summary line), except the documents the
 * command line prints on request ({@code --dfd}, {@code --seq}, {@code --report}, {@code --json -}), goes through
 * {@link #line}: the one place where log text is escaped.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /**
     * The text with every control character escaped ({@code \n}, {@code \r}, {@code \e} and
     * {@code \xNN} or a backslash, u and four hex digits for the others: C0, DEL, C1, the Unicode line and paragraph separators and the
     * bidirectional overrides), and a leading {@code ::}, {@code ##[} or {@code ##vso[} (after blanks) escaped as {@code \x3a} or
     * {@code \x23}, so the result is one line that starts no CI command. A tab is harmless and kept.
     */
    public static String line(Object text) {
        return guardCommandStart(controls(String.valueOf(text)));
    }

    /**
     * The text with every control character escaped as {@link #line} escapes it, but no CI command start: for a
     * piece of a line, where {@code line(a + b)} is {@code line(controls(a) + controls(b))}. Text that needs no
     * escape is returned as it is.
     */
    public static String controls(String s) {
        StringBuilder escaped = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // printable ASCII, nearly every character of a log line, needs no look at the tables in escape
            String replacement = c >= 0x20 && c < 0x7f ? null : escape(c);
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (escaped != null) {
                escaped.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return escaped == null ? s : escaped.toString();
    }

    /** Several lines (a script's {@code print} output): each escaped by {@link #line}, the line breaks kept. */
    public static String lines(String text) {
        if (text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            out.append(line(line)).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case 0x1b:
                return "\\e";
            default:
                break;
        }
        if ((c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
            return String.format("\\x%02x", (int) c);
        }
        if (c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200e || c == 0x200f || c == 0x061c || c == 0xfeff) {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }

    private static String guardCommandStart(String s) {
        int start = 0;
        while (start < s.length() && s.charAt(start) == ' ') {
            start++;
        }
        if (s.startsWith("::", start)) {
            return s.substring(0, start) + "\\x3a" + s.substring(start + 1);
        }
        if (s.startsWith("##[", start) || s.startsWith("##vso[", start)) {
            return s.substring(0, start) + "\\x23" + s.substring(start + 1);
        }
        return s;
    }
}
